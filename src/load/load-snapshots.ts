/** Step pictures (public/snapshots/, from `npm run snapshots`) by language, relative to the page. */
export type SnapshotManifest = Partial<Record<'zh' | 'en', string[]>>;

/**
 * Loads the snapshot manifest if the build has one. It is optional: a build without snapshots
 * simply shows the text, so a missing file is not an error.
 */
export async function loadSnapshotManifest(): Promise<SnapshotManifest | undefined> {
  try {
    const response = await fetch(new URL('snapshots/manifest.json', document.baseURI));
    return response.ok ? ((await response.json()) as SnapshotManifest) : undefined;
  } catch {
    return undefined;
  }
}
