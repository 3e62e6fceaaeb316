/** The relative path of a step's picture, inside public/ and, once built, inside dist/ (shared by snapshots, handout and tests). */
export function snapshotPath(language: string, index: number, id: string): string {
  return `snapshots/${language}/${String(index + 1).padStart(2, '0')}-${id}.webp`;
}
