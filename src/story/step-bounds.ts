/** West, south, east, north in degrees. */
export type BoundsTuple = [number, number, number, number];

/**
 * The bounds a step's `fit` frames — one id, several ids (their joint bounds) or a bbox as
 * given — from each feature's own bounds. Worked out when the story is checked, so the page
 * can frame a step before (or without) downloading the layers its fit names. Unknown ids are
 * skipped (the checker reports them).
 */
export function stepBounds(fit: string | readonly string[] | readonly number[], featureBounds: (id: string) => BoundsTuple | undefined): BoundsTuple | undefined {
  if (typeof fit !== 'string' && fit.length === 4 && fit.every((value) => typeof value === 'number')) {
    const [west, south, east, north] = fit as readonly number[];
    return [west as number, south as number, east as number, north as number];
  }
  const ids = typeof fit === 'string' ? [fit] : (fit as readonly string[]);
  const known = ids.map(featureBounds).filter((bounds): bounds is BoundsTuple => bounds !== undefined);
  if (known.length === 0) return undefined;
  return known.reduce((joint, [west, south, east, north]) => [Math.min(joint[0], west), Math.min(joint[1], south), Math.max(joint[2], east), Math.max(joint[3], north)]);
}
