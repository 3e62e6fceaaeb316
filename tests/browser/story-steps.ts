import type {Page} from 'playwright-core';
import {readFileSync} from 'node:fs';
import type {FeatureCollection} from 'geojson';
import {checkAllStories, loadStoryContext} from '../../scripts/check-story.ts';
import {indexFeatures} from '../../src/geo/feature-index.ts';
import type {GeoLayers} from '../../src/geo/layers.ts';
import {LAYER_NAMES} from '../../src/story/schema.ts';
import type {Step, Story} from '../../src/story/schema.ts';
import type {StoryMapState} from '../../src/components/story-map.ts';
import {MARKS_SOURCE, STORY_SOURCE} from '../../src/map/style.ts';

/** The real stories, parsed in Node: the browser tests walk the same step list as the app. */
export const stories: Story[] = checkAllStories(loadStoryContext()).stories;
export const zhStory = stories.find((s) => s.language === 'zh') as Story;

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

/** Scrolls like a reader so the step sits `progress` (0–1) through the trigger line. */
export async function scrollToStep(page: Page, id: string, progress = 0.1): Promise<void> {
  await page.evaluate(
    ({id, progress}) => {
      const element = document.getElementById(id) as HTMLElement;
      const rect = element.getBoundingClientRect();
      window.scrollTo({top: window.scrollY + rect.top - window.innerHeight * 0.5 + progress * rect.height, behavior: 'instant'});
    },
    {id, progress},
  );
}

/**
 * Puts MapLibre's tile caches (4 tiles per source) in a known state before a heap measurement:
 * jumps (reduced motion, no flight) to `away` and back to `home`, so the caches hold `away`'s
 * tiles, whatever tiles the flights before happened to load. The retained heap after the same
 * round trip sat at two levels ≈ 0.9 MB apart with the caches' content, which would fake or hide
 * a leak. Restoring the reader's motion setting re-frames `home` (a move on the spot): waited for.
 */
export async function settleTileCache(page: Page, away: string, home: string): Promise<void> {
  const setReducedMotion = (on: boolean) =>
    page.evaluate((on) => {
      const element = document.querySelector('story-map');
      const before = element?.reducedMotion ?? false;
      if (element) element.reducedMotion = on;
      return before;
    }, on);
  const before = await setReducedMotion(true);
  for (const id of [away, home]) {
    await page.evaluate((id) => document.querySelector('story-map')?.goTo(id), id);
    await waitForStep(page, id);
  }
  await setReducedMotion(before);
  await waitForStep(page, home);
}

/** Waits until the step is current and the map has finished moving and drawing. */
export async function waitForStep(page: Page, id: string): Promise<StoryMapState> {
  await page.waitForFunction((id) => document.querySelector('story-map')?.currentStep === id, id, {timeout: 15_000});
  await waitForMapIdle(page);
  return (await page.evaluate(() => document.querySelector('story-map')?.getMapState())) as StoryMapState;
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = document.querySelector('story-map')?.map;
      return map !== undefined && !map.isMoving() && map.loaded();
    },
    undefined,
    {timeout: 15_000, polling: 100},
  );
  // Two frames of stillness: a move that was about to start has started by now.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForFunction(() => {
    const map = document.querySelector('story-map')?.map;
    return map !== undefined && !map.isMoving() && map.loaded();
  });
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
