/** One `layout-shift` performance entry, as the bench keeps it. */
export interface LayoutShift {
  startTime: number;
  value: number;
  hadRecentInput: boolean;
}

/** A session window ends after this long without a shift… */
const SESSION_GAP_MS = 1000;
/** …or once it has lasted this long. */
const SESSION_MAX_MS = 5000;

/**
 * Cumulative layout shift as Chrome and Lighthouse report it: shifts right after an input do not
 * count; the others are grouped into session windows (a gap of 1 s ends one, and none lasts more
 * than 5 s), and the score is the largest window's sum.
 *
 * @example cumulativeLayoutShift([{startTime: 0, value: 0.1, hadRecentInput: false}, {startTime: 500, value: 0.05, hadRecentInput: false}, {startTime: 3000, value: 0.12, hadRecentInput: false}]) // → 0.15
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  let largest = 0;
  let sum = 0;
  let first = Number.NEGATIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const shift of [...shifts].filter((s) => !s.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - last > SESSION_GAP_MS || shift.startTime - first > SESSION_MAX_MS) {
      sum = 0;
      first = shift.startTime;
    }
    sum += shift.value;
    last = shift.startTime;
    largest = Math.max(largest, sum);
  }
  return largest;
}
