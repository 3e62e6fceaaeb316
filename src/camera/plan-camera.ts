import type {Bounds} from '../geo/bounds-of.ts';
import type {Camera} from '../story/schema.ts';
import type {Padding} from './text-padding.ts';

/** How the map should move for a step: a plain object, tested without WebGL. */
export type CameraPlan =
  | {kind: 'fit'; bounds: Bounds; padding: Padding; maxZoom: number; duration: number}
  | {kind: 'fly'; center: [number, number]; zoom: number; bearing: number; pitch: number; padding: Padding; duration: number};

/** Closest a fit may zoom: a single point or a small district still shows its surroundings. */
export const FIT_MAX_ZOOM = 10.5;
/** Flight time for a step change; long enough to follow, short enough for fast readers. */
export const FLIGHT_MS = 1600;

export interface PlanOptions {
  padding: Padding;
  reducedMotion: boolean;
}

/** What a step's camera aims at: its explicit camera, else the bounds of its `fit` (worked out when the story is checked). */
export function stepTarget(step: {camera?: Camera | undefined; bounds?: Bounds | undefined}): {bounds: Bounds} | {camera: Camera} | undefined {
  if (step.camera) return {camera: step.camera};
  return step.bounds ? {bounds: step.bounds} : undefined;
}

/**
 * The camera move for a step's target: a fit of its bounds, padded clear of the text, or its
 * explicit camera. With reduced motion the move is a jump (duration 0).
 *
 * @example planCamera({bounds: [114, 24.5, 116.6, 27.2]}, {padding, reducedMotion: false})
 * // → {kind: 'fit', bounds: [114, 24.5, 116.6, 27.2], padding, maxZoom: 10.5, duration: 1600}
 */
export function planCamera(target: {bounds: Bounds} | {camera: Camera}, options: PlanOptions): CameraPlan {
  const duration = options.reducedMotion ? 0 : FLIGHT_MS;
  if ('camera' in target) {
    const {center, zoom, bearing, pitch} = target.camera;
    return {kind: 'fly', center, zoom, bearing, pitch, padding: options.padding, duration};
  }
  return {kind: 'fit', bounds: target.bounds, padding: options.padding, maxZoom: FIT_MAX_ZOOM, duration};
}
