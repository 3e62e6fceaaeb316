import type {Page} from 'playwright-core';
import {readFileSync} from 'node:fs';
import type {FeatureCollection} from 'geojson';
import {indexFeatures} from '../../src/geo/feature-index.ts';
import type {GeoLayers} from '../../src/geo/layers.ts';
import {LAYER_NAMES} from '../../src/story/schema.ts';
import type {Step} from '../../src/story/schema.ts';
import type {LayerName} from '../../src/story/schema.ts';
import {MAP_LAYERS, MARKS_SOURCE, STORY_SOURCE} from '../../src/map/style.ts';

/** The story walk the bench shares with these tests. */
export {settleTileCache, stories, waitForMapIdle, waitForStep, zhStory} from '../../scripts/browser/story-walk.ts';

const geo = Object.fromEntries(
  LAYER_NAMES.map((name) => [name, JSON.parse(readFileSync(new URL(`../../geo/${name}.geojson`, import.meta.url), 'utf8')) as FeatureCollection]),
) as unknown as GeoLayers;
export const featureIndex = indexFeatures(geo);
/** Every feature id of the map's sources, for "nothing else is highlighted" checks. */
export const allIds: string[] = [...featureIndex.keys()];

/** The bounds a step frames, [west, south, east, north]. */
export function stepBounds(step: Step): [number, number, number, number] {
  if (step.camera) {
    const [lon, lat] = step.camera.center;
    return [lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01];
  }
  return step.bounds as [number, number, number, number];
}

/** Scrolls like a reader so the step sits `progress` (0–1) through the element's trigger line. */
export async function scrollToStep(page: Page, id: string, progress = 0.1): Promise<void> {
  await page.evaluate(
    ({id, progress}) => {
      const element = document.getElementById(id) as HTMLElement;
      const rect = element.getBoundingClientRect();
      const line = document.querySelector('story-map')?.triggerLine ?? Number.NaN;
      window.scrollTo({top: window.scrollY + rect.top - line + progress * rect.height, behavior: 'instant'});
    },
    {id, progress},
  );
}

/**
 * The story layers MapLibre draws right now, read from the map itself (each map layer's
 * `visibility`), not from the element's record of what it asked for.
 */
export function visibleOnMap(page: Page): Promise<LayerName[]> {
  return page.evaluate(
    (layers) => {
      const map = document.querySelector('story-map')?.map;
      return Object.entries(layers)
        .filter(([, ids]) => ids.every((id) => map?.getLayer(id) !== undefined && map.getLayoutProperty(id, 'visibility') !== 'none'))
        .map(([name]) => name);
    },
    MAP_LAYERS,
  ) as Promise<LayerName[]>;
}

/** Ids whose feature state is highlighted on the map right now, in whichever source draws them. */
export function highlightedOnMap(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ids, sources}) => {
      const map = document.querySelector('story-map')?.map;
      return ids.filter((id) => sources.some((source) => map?.getFeatureState({source, id}).highlight === true));
    },
    {ids: allIds, sources: [STORY_SOURCE, MARKS_SOURCE]},
  );
}

export function inside([lon, lat]: [number, number], [west, south, east, north]: [number, number, number, number]): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
