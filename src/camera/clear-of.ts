import type {Padding} from './text-padding.ts';

/** A box on the map, in pixels from the map frame's top left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The smallest map area a fit keeps, whatever covers the rest: MapLibre cannot fit into less. */
const MIN_AREA = 80;

/**
 * Padding that keeps a fitted target clear of boxes over the map (explore mode's toolbar, a place
 * card): each box is cut off from the side that leaves the most map, and `margin` is kept on
 * every side. Boxes outside the frame are ignored.
 *
 * @example clearOf({width: 1280, height: 800}, [{left: 10, top: 10, right: 330, bottom: 60}], 20)
 * // → {top: 80, right: 20, bottom: 20, left: 20} (a toolbar across the top left)
 */
export function clearOf(frame: {width: number; height: number}, boxes: readonly Box[], margin: number): Padding {
  const padding: Padding = {top: margin, right: margin, bottom: margin, left: margin};
  for (const box of boxes) {
    if (box.right <= 0 || box.bottom <= 0 || box.left >= frame.width || box.top >= frame.height || box.right <= box.left || box.bottom <= box.top) continue;
    const options: Padding[] = [
      {...padding, top: Math.max(padding.top, box.bottom + margin)},
      {...padding, bottom: Math.max(padding.bottom, frame.height - box.top + margin)},
      {...padding, left: Math.max(padding.left, box.right + margin)},
      {...padding, right: Math.max(padding.right, frame.width - box.left + margin)},
    ];
    const area = (p: Padding) => Math.max(0, frame.width - p.left - p.right) * Math.max(0, frame.height - p.top - p.bottom);
    const best = options.reduce((a, b) => (area(b) > area(a) ? b : a));
    if (frame.width - best.left - best.right >= MIN_AREA && frame.height - best.top - best.bottom >= MIN_AREA) Object.assign(padding, best);
  }
  return {top: Math.round(padding.top), right: Math.round(padding.right), bottom: Math.round(padding.bottom), left: Math.round(padding.left)};
}
