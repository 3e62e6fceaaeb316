import type {Map as MapLibreMap} from 'maplibre-gl';

/** Why the map could not be shown; the story text stays readable in every case. */
export type StoryMapErrorReason = 'webgl-unavailable' | 'map-failed';

/** Events of the story elements, by name. All bubble and cross shadow roots. */
export interface StoryMapEvents {
  /** The map drew its first complete frame (the first `idle`). */
  'story-map-ready': {map: MapLibreMap};
  /** The map cannot start or failed; the element shows a notice and the text. */
  'story-map-error': {reason: StoryMapErrorReason; message: string};
}

declare global {
  interface GlobalEventHandlersEventMap {
    'story-map-ready': CustomEvent<StoryMapEvents['story-map-ready']>;
    'story-map-error': CustomEvent<StoryMapEvents['story-map-error']>;
  }
}

/** Dispatches a typed story event that bubbles out of shadow roots to the host page. */
export function emit<K extends keyof StoryMapEvents>(target: EventTarget, type: K, detail: StoryMapEvents[K]): void {
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}
