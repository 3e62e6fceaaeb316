/**
 * What the step pictures in public/snapshots/ are drawn from, as one hash: each step's map state,
 * the geo/ data, the code that styles and frames the map, MapLibre's version and the picture size.
 * `npm run snapshots` writes it into the manifest; a data test recomputes it, so committed pictures
 * that no longer show what the map would draw are an error, not a quiet difference.
 */
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {Story} from '../src/story/schema.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the pictures live: served as they are (Vite copies public/ into dist/), committed like geo/. */
export const SNAPSHOT_DIR = 'public/snapshots';
/** The browser viewport the pictures are taken in: the embed's 16:9 step mode fills 1138 × 640 of it. */
export const SNAPSHOT_VIEWPORT = {width: 1138, height: 900} as const;

/** The code whose changes change the pictures: the style, the colours, how a step is applied and framed. */
const SOURCES = ['src/map/style.ts', 'src/map/palette.ts', 'src/map/map-view.ts', 'src/geo/draw-railway.ts', 'src/camera/plan-camera.ts', 'src/camera/text-padding.ts'];

/** The hash of everything a story's step pictures are drawn from. */
export function snapshotInputs(stories: readonly Story[]): string {
  const hash = createHash('sha256');
  const maplibre = JSON.parse(readFileSync(`${root}node_modules/maplibre-gl/package.json`, 'utf8')) as {version: string};
  hash.update(JSON.stringify({maplibre: maplibre.version, viewport: SNAPSHOT_VIEWPORT}));
  for (const story of stories) {
    const steps = story.steps.map(({id, layers, highlight, fit, bounds, camera, draw, drawn}) => ({id, layers, highlight, fit, bounds, camera, draw, drawn}));
    hash.update(JSON.stringify({language: story.language, steps}));
  }
  for (const file of readdirSync(`${root}geo`).filter((name) => name.endsWith('.geojson')).sort()) hash.update(readFileSync(`${root}geo/${file}`));
  for (const file of SOURCES) hash.update(readFileSync(`${root}${file}`));
  return hash.digest('hex').slice(0, 16);
}
