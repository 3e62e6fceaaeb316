/** Which way an arrow key moves through the finder's options. */
export type FinderDirection = 'down' | 'up';

/**
 * The index of the option an arrow key makes active among `count` options, wrapping past either
 * end. With none active (`undefined`, or an index the options no longer have), down goes to the
 * first option and up to the last, as in the APG combobox; with no options, none is active.
 *
 * @example nextActive(undefined, 'down', 5) // 0
 * @example nextActive(undefined, 'up', 5) // 4
 * @example nextActive(4, 'down', 5) // 0 (wraps)
 * @example nextActive(0, 'up', 5) // 4 (wraps)
 */
export function nextActive(active: number | undefined, direction: FinderDirection, count: number): number | undefined {
  if (count <= 0) return undefined;
  if (active === undefined || active < 0 || active >= count) return direction === 'down' ? 0 : count - 1;
  return (active + (direction === 'down' ? 1 : count - 1)) % count;
}
