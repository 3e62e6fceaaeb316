/**
 * The address of a step's picture relative to the page (committed in public/snapshots/, drawn by
 * `npm run snapshots`): the map's picture before the live map shows, and without WebGL.
 *
 * @example snapshotPath('zh', 1, 'counties') // 'snapshots/zh/02-counties.webp'
 */
export function snapshotPath(language: string, index: number, id: string): string {
  return `snapshots/${language}/${String(index + 1).padStart(2, '0')}-${id}.webp`;
}
