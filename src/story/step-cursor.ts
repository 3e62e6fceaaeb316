/**
 * Which step a story shows, where a navigation is headed, and which step a page opens on: the
 * one place that clamps step indexes, for the map, the progress bar and the speaker notes.
 */

/**
 * `index` kept inside a story of `count` steps; -1 for a story without steps.
 *
 * @example clampStep(7, 5) // → 4
 */
export function clampStep(index: number, count: number): number {
  return count === 0 ? -1 : Math.min(count - 1, Math.max(0, index));
}

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

/** The step a `#hash` names, decoded; '' when it is empty or not valid percent-encoding. */
export function stepInHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

/** The address's prefix of a place deep link: `#place=<feature-id>`, or `?place=` in the query. */
export const PLACE_PREFIX = 'place=';

/**
 * The place an address names, `#place=<id>` first, then `?place=<id>`; `undefined` when none does.
 *
 * @example placeInAddress('#place=meijiang-headworks', '') // → 'meijiang-headworks'
 */
export function placeInAddress(hash: string, search: string): string | undefined {
  const fromHash = stepInHash(hash);
  if (fromHash.startsWith(PLACE_PREFIX)) return fromHash.slice(PLACE_PREFIX.length) || undefined;
  return new URLSearchParams(search).get('place') || undefined;
}

/**
 * The current step of a story and the navigation in progress. A jump (a key,
 * a link, a deep link) scrolls past other steps; their scroll triggers must not take the story
 * there, so while it runs only the target's trigger counts.
 */
export class StepCursor {
  /** The step shown; -1 before the first. */
  current = -1;
  #navigatingTo: number | undefined;

  /** A navigation to `index` started: other steps' scroll triggers are ignored until it arrives. */
  navigate(index: number): void {
    this.#navigatingTo = index;
  }

  /** The navigation ends where the reader already is: scroll triggers count again. */
  arrived(): void {
    this.#navigatingTo = undefined;
  }

  /** Whether a scroll trigger for `index` may make it current; the target's own trigger ends the navigation. */
  accepts(index: number): boolean {
    if (this.#navigatingTo !== undefined && index !== this.#navigatingTo) return false;
    this.#navigatingTo = undefined;
    return true;
  }

  /** The step `offset` steps from the current one in a story of `count` steps, or `undefined` past either end. */
  neighbour(offset: number, count: number): number | undefined {
    const index = this.current + offset;
    return index >= 0 && index < count ? index : undefined;
  }
}
