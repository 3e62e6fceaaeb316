import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {LAYER_NAMES} from '../../src/story/schema.ts';
import {MAP_CODE_MARK} from '../../src/map/marks.ts';
import {launchChromium, saveScreenshot, waitForMapReady} from './browser.ts';
import {zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');

/** Opens a page and sorts the geo layers it downloaded into those asked for before its first picture and after. */
async function layerRequests(browser: Browser, url: string): Promise<{page: Page; beforeReady: string[]; afterReady: string[]}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  await page.addInitScript(() => document.addEventListener('story-map-ready', () => Object.assign(window, {__readyAt: performance.now()})));
  await page.goto(url);
  await waitForMapReady(page);
  // Every layer ends up loaded.
  await page.waitForFunction((count) => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.geojson')).length === count, LAYER_NAMES.length);
  const requests = await page.evaluate(() => {
    const readyAt = (window as unknown as {__readyAt: number}).__readyAt;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.geojson'))
      .map((entry) => ({layer: /\/([a-z]+)-[^/]*\.geojson$/.exec(entry.name)?.[1] ?? entry.name, before: entry.startTime < readyAt}));
  });
  return {
    page,
    beforeReady: requests.filter((r) => r.before).map((r) => r.layer).sort(),
    afterReady: requests.filter((r) => !r.before).map((r) => r.layer).sort(),
  };
}

describe('loading the geo layers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('downloads only the opening step’s layers before its first picture, the rest after', async () => {
    const opening = zhStory.steps[0]?.layers ?? [];
    const {page, beforeReady, afterReady} = await layerRequests(browser, baseUrl);
    expect(beforeReady).toEqual([...opening].sort());
    expect(afterReady).toEqual(LAYER_NAMES.filter((layer) => !opening.includes(layer)).sort());
    await page.context().close();
  });

  it('paints the story text before MapLibre’s code runs', async () => {
    const {page} = await layerRequests(browser, baseUrl);
    const order = await page.evaluate((mark) => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      mapCode: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
    }), MAP_CODE_MARK);
    expect(order.firstPaint).toBeLessThan(order.mapCode);
    await page.context().close();
  });

  it('downloads a deep-linked step’s layers first', async () => {
    const step = zhStory.steps.find((s) => s.draw !== undefined && s.layers.includes('stations'));
    expect(step).toBeDefined();
    const {page, beforeReady} = await layerRequests(browser, `${baseUrl}#${step?.id}`);
    expect(beforeReady).toEqual([...(step?.layers ?? [])].sort());
    await page.context().close();
  });

  it('hands every later layer to MapLibre after the first picture, before a step shows it', async () => {
    const {page} = await layerRequests(browser, baseUrl);
    const hidden = LAYER_NAMES.filter((layer) => !(zhStory.steps[0]?.layers ?? []).includes(layer));
    await page.waitForFunction((layers) => {
      const source = document.querySelector('story-map')?.map?.getSource('story')?.serialize() as {data?: {features?: {properties: {layer: string}}[]}} | undefined;
      const features = source?.data?.features ?? [];
      return layers.every((layer) => features.some((feature) => feature.properties.layer === layer));
    }, hidden);
    expect(await page.evaluate(() => document.querySelector('story-map')?.currentStep)).toBe(zhStory.steps[0]?.id);
    await page.context().close();
  });

  it('draws layers that arrived after the first picture when a step shows them', async () => {
    const {page} = await layerRequests(browser, baseUrl);
    const step = zhStory.steps.find((s) => s.layers.includes('counties') && s.layers.includes('projects'));
    await page.evaluate((id) => document.querySelector('story-map')?.goTo(id), step?.id as string);
    await page.waitForFunction(() => {
      const map = document.querySelector('story-map')?.map;
      return map !== undefined && map.areTilesLoaded() && ['counties', 'projects'].every((layer) => map.querySourceFeatures('story', {filter: ['==', ['get', 'layer'], layer]}).length > 0);
    });
    await saveScreenshot(page, 'loading-later-layers');
    await page.context().close();
  });
});
