import type {Page} from 'playwright-core';
import type {Story} from '../../src/story/schema.ts';
import type {StoryMapState} from '../../src/components/story-map.ts';
import {checkAllStories, loadStoryContext} from '../check-story.ts';

/** The real stories, parsed in Node: the browser tests walk the same step list as the app. */
export const stories: Story[] = checkAllStories(loadStoryContext()).stories;
export const zhStory = stories.find((s) => s.language === 'zh') as Story;

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
