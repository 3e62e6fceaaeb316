/**
 * The story's closed vocabularies, as plain constants: the app imports these at run time
 * without the schema library (src/story/schema.ts builds the checker from them).
 */

/** The map's layers a step can show, in drawing order (bottom to top); geo/ has one file each. */
export const LAYER_NAMES = ['land', 'provinces', 'ganzhou', 'counties', 'rivers', 'expressways', 'railways', 'stations', 'cities', 'projects'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

/** Story languages. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Symbols a legend entry can show. */
export const LEGEND_SYMBOLS = [
  'county',
  'county-highlight',
  'prefecture',
  'province',
  'high-speed-rail',
  'railway',
  'station',
  'expressway',
  'river',
  'city',
  'power',
  'water',
  'industry',
  'village',
  'school',
  'park',
  /** A position known only roughly: a soft disc of its uncertainty around the highlighted point. */
  'estimated',
  /**
   * Sources disagree on where a place is: a hollow ring around each of its candidate sites. A step
   * that shows a candidate site needs this entry (the story checker asks for it).
   */
  'disputed',
] as const;
export type LegendSymbol = (typeof LEGEND_SYMBOLS)[number];

/** Camera limits a step may ask for: zoom 3–16 keeps the region's data legible. */
export const CAMERA_LIMITS = {minZoom: 3, maxZoom: 16, maxPitch: 60} as const;

/**
 * Story display modes: `scroll` for readers; `present`, one step per screen for briefings;
 * `stepper`, a map with previous/next for iframes (where scroll triggers are unreliable);
 * `step`, one fixed step.
 */
export const STORY_MODES = ['scroll', 'present', 'stepper', 'step'] as const;
export type StoryMode = (typeof STORY_MODES)[number];
