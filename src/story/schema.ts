import {z} from 'zod';
import {CAMERA_LIMITS, LANGUAGES, LAYER_NAMES, LEGEND_SYMBOLS} from './names.ts';
import type {Language, LayerName} from './names.ts';

/**
 * The single definition of a story. Authors write Markdown (docs/story-format.md); each step's
 * ```map block is checked against {@link mapBlockSchema}, the front matter against
 * {@link frontMatterSchema}. The doc comments here become the JSON Schema's descriptions.
 */

export {CAMERA_LIMITS, LANGUAGES, LAYER_NAMES, LEGEND_SYMBOLS} from './names.ts';
export type {Language, LayerName, LegendSymbol} from './names.ts';

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);
const id = z.string().describe('A feature id from geo/ (county, project, railway, station, river, expressway, city, province or `ganzhou`).');

export const frontMatterSchema = z
  .strictObject({
    title: text('title').describe('The story title.'),
    subtitle: z.string().optional().describe('One line under the title.'),
    language: z.enum(LANGUAGES).describe('The language of this file: `zh` or `en`; must match the file name.'),
    byline: text('byline').describe('The source article and its authors.'),
    credits: z.array(text('a credit line')).min(1).describe('Lines crediting the article, reporters, photographers and data sources.'),
    attribution: text('attribution').optional().describe('The short credit line drawn on the map (data sources, © OpenStreetMap contributors, the article). Without it the map shows none.'),
  })
  .describe('Front matter of a story file.');

const bbox = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .describe('A bounding box [west, south, east, north] in degrees.');

export const cameraSchema = z
  .strictObject({
    center: z.tuple([z.number(), z.number()]).describe('[longitude, latitude] in degrees.'),
    zoom: z.number().min(CAMERA_LIMITS.minZoom).max(CAMERA_LIMITS.maxZoom).describe(`Zoom level, ${CAMERA_LIMITS.minZoom}–${CAMERA_LIMITS.maxZoom}.`),
    bearing: z.number().min(-180).max(180).default(0).describe('Rotation in degrees, −180–180 (0 = north up).'),
    pitch: z.number().min(0).max(CAMERA_LIMITS.maxPitch).default(0).describe(`Tilt in degrees, 0–${CAMERA_LIMITS.maxPitch}.`),
  })
  .describe('An explicit camera.');

export const legendEntrySchema = z.strictObject({
  symbol: z.enum(LEGEND_SYMBOLS).describe('The symbol drawn beside the label.'),
  label: text('label').describe('What the symbol stands for in this step.'),
});

export const imageSchema = z
  .strictObject({
    src: text('src').describe('Image path relative to the story folder.'),
    alt: text('alt').describe('Alternative text: what the image shows, for screen readers.'),
    credit: text('credit').describe('Photographer or source.'),
  })
  .describe('An optional image; alt text and credit are required.');

export const mapBlockSchema = z
  .strictObject({
    fit: z
      .union([id, z.array(id).min(1), bbox])
      .optional()
      .describe('What the camera frames: a feature id, a list of ids, or a bbox [west, south, east, north].'),
    camera: cameraSchema.optional(),
    layers: z.array(z.enum(LAYER_NAMES)).min(1).describe('The visible layers.'),
    highlight: z.array(id).default([]).describe('Feature ids shown in the accent colour.'),
    draw: id.optional().describe('A railway drawn progressively as the reader scrolls through the step.'),
    drawn: z.array(id).default([]).describe('Railways shown fully drawn (told in earlier steps).'),
    caption: z.string().optional().describe('One line shown with the map.'),
    source: z.string().optional().describe('Where the step’s facts come from.'),
    notes: z.string().optional().describe('Speaker notes for briefings; not shown to readers.'),
    legend: z.array(legendEntrySchema).default([]).describe('What is on screen.'),
    image: imageSchema.optional(),
  })
  .refine((block) => (block.fit === undefined) !== (block.camera === undefined), {
    message: 'give exactly one of `fit` or `camera`',
    path: ['fit'],
  })
  .describe('The complete map state of one step.');

export type FrontMatter = z.infer<typeof frontMatterSchema>;
/** What an author writes in a ```map block (defaults optional). */
export type MapBlockInput = z.input<typeof mapBlockSchema>;
/** A checked map block, defaults filled in. */
export type MapBlock = z.infer<typeof mapBlockSchema>;
export type Camera = z.infer<typeof cameraSchema>;
export type LegendEntry = z.infer<typeof legendEntrySchema>;

/** Inline Markdown, kept as data: rendered by components as Lit templates, never as HTML. */
export type Inline =
  | {type: 'text'; text: string}
  | {type: 'strong' | 'em'; children: Inline[]}
  | {type: 'code'; text: string}
  | {type: 'link'; href: string; children: Inline[]}
  | {type: 'break'};

/** Block Markdown of a step's text. */
export type Block = {type: 'paragraph'; children: Inline[]} | {type: 'list'; ordered: boolean; items: Inline[][]};

/** One step of a checked story: its heading, chapter, map state and text. */
export interface Step extends MapBlock {
  id: string;
  title: string;
  /** The chapter (`# Heading`) the step belongs to. */
  chapter: string;
  body: Block[];
  /** What `fit` frames, [west, south, east, north]: worked out from geo/ when the story is checked. */
  bounds?: [number, number, number, number];
  /** 1-based line of the step's heading in its file. */
  line: number;
}

/** A place the reader can find or tap: a named feature of one of geo/'s story layers. */
export interface PlaceEntry {
  /** The feature's id in geo/. */
  id: string;
  /** The geo layer it is drawn from: counties, cities, projects, stations, railways, expressways or rivers. */
  layer: LayerName;
  zh: string;
  en: string;
  /** Pinyin of `zh` derived at build time: lower case, no tone marks (ü as u), no spaces, e.g. "ruijinshi". */
  pinyin: string;
  /** Ids of the steps that show or name the place, in story order. */
  steps: string[];
}

/** A checked story, as the app uses it. */
export interface Story extends FrontMatter {
  file: string;
  chapters: string[];
  steps: Step[];
  /**
   * Every place the reader can find, with the steps that show or name it (src/story/place-index.ts).
   * The checker always sets it; it is optional only so that hand-made stories in tests may leave it out.
   */
  places?: PlaceEntry[];
}

/** What the page needs of a step at run time: its map state and labels (the text is in the HTML). */
export type StepState = Omit<Step, 'body' | 'line'>;

/** The story data embedded in the page for the map and its chrome. */
export interface StoryData {
  language: Language;
  title: string;
  /** The map's credit line, from the front matter. */
  attribution?: string | undefined;
  chapters: string[];
  steps: StepState[];
  /** Every place the reader can find or tap, with the steps that show or name it: worked out when the story is checked. */
  places: PlaceEntry[];
}

