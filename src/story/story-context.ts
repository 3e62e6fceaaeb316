import type {LayerName} from './names.ts';
import type {BoundsTuple} from './step-bounds.ts';

/** A feature a story may name, as the checker knows it from geo/. */
export interface FeatureRef {
  id: string;
  layer: LayerName;
  name_zh: string;
  name_en: string;
  /**
   * Pinyin of `name_zh` (lower case, no tone marks, no spaces: "ruijinshi"), derived when geo/ is
   * loaded for the checker (scripts/check-story.ts), so the browser never converts. Hand-made
   * contexts in tests may leave it out.
   */
  pinyin?: string;
  geometry: string;
  /** The feature's own bounds, [west, south, east, north]. */
  bounds: BoundsTuple;
  /** For a project, the county it lies in. */
  county?: {id: string; name_zh: string; name_en: string};
  /**
   * Set when sources disagree on where this is (`disputed` in geo/): the feature is one of several
   * candidate sites of one place, and a step that shows one must show them all.
   */
  disputed?: {
    /** The disputed place, shared by its candidate sites (`candidate_of` in geo/sources/projects.csv). */
    place: string;
    /** Every candidate site's id, this one included, in geo/'s order. */
    candidates: readonly string[];
  };
}

/** What the checker knows about the map: its features and the region every view must stay in. */
export interface StoryContext {
  features: ReadonlyMap<string, FeatureRef>;
  /** [west, south, east, north]. */
  region: readonly [number, number, number, number];
}
