import type {Map as MapLibreMap} from 'maplibre-gl';

/** Why the map could not be shown; the story text stays readable in every case. */
export type StoryMapErrorReason = 'webgl-unavailable' | 'map-failed' | 'context-lost' | 'data-failed';

/** Events of the story elements, by name. All bubble and cross shadow roots. */
export interface StoryMapEvents {
  /** The map drew its first complete frame (the first `idle`). */
  'story-map-ready': {map: MapLibreMap};
  /** The map cannot start or failed; the element shows a notice and the text. */
  'story-map-error': {reason: StoryMapErrorReason; message: string};
  /** A step became the current one (scrolled to, jumped to, or opened by a deep link). */
  'story-step-enter': {id: string; index: number};
  /** The reader's progress (0–1) through the current step. */
  'story-step-progress': {id: string; index: number; progress: number};
  /** The reader asked to go to a step (chapter navigation, next/previous). */
  'story-navigate': {id: string};
  /** The presenter asked for the speaker-notes window (key `s` in briefing mode); the page opens it. */
  'story-speaker-notes': Record<string, never>;
  /** A place's card opened (a tap on the map, `openPlace`, a deep link); `kind` is its geo layer. */
  'story-place-select': {id: string; kind: string};
  /** The reader asked for a place's card (a link in another card). */
  'story-place-open': {id: string};
  /** The reader chose a place in the finder (`<story-finder>`). */
  'story-place-find': {id: string};
  /** The reader closed the place card. */
  'story-place-close': Record<string, never>;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'story-map-ready': CustomEvent<StoryMapEvents['story-map-ready']>;
    'story-map-error': CustomEvent<StoryMapEvents['story-map-error']>;
    'story-step-enter': CustomEvent<StoryMapEvents['story-step-enter']>;
    'story-step-progress': CustomEvent<StoryMapEvents['story-step-progress']>;
    'story-navigate': CustomEvent<StoryMapEvents['story-navigate']>;
    'story-speaker-notes': CustomEvent<StoryMapEvents['story-speaker-notes']>;
    'story-place-select': CustomEvent<StoryMapEvents['story-place-select']>;
    'story-place-open': CustomEvent<StoryMapEvents['story-place-open']>;
    'story-place-find': CustomEvent<StoryMapEvents['story-place-find']>;
    'story-place-close': CustomEvent<StoryMapEvents['story-place-close']>;
  }
}

/** Dispatches a typed story event that bubbles out of shadow roots to the host page. */
export function emit<K extends keyof StoryMapEvents>(target: EventTarget, type: K, detail: StoryMapEvents[K]): void {
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}
