/**
 * The step a page opens on, when the address says: the deep-linked step (`#id`), else the
 * `start` step. `undefined` when neither names a step — the page then takes the step in view.
 */
export function openingStep(steps: readonly string[], address: {hash?: string | undefined; start?: string | undefined}): number | undefined {
  for (const id of [address.hash, address.start]) {
    const index = id === undefined ? -1 : steps.indexOf(id);
    if (index >= 0) return index;
  }
  return undefined;
}
