import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {LAYER_NAMES} from '../../src/story/schema.ts';
import {MAP_CODE_MARK} from '../../src/map/marks.ts';
import {launchChromium, openPage, saveScreenshot, startLiveMap, waitForMapReady} from './browser.ts';
import {visibleOnMap, waitForStep, zhStory} from './story-steps.ts';

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

/** Waits until MapLibre's sources hold features of each of `layers`. */
async function waitForLayersInMap(page: Page, layers: readonly string[]): Promise<void> {
  await page.waitForFunction((layers) => {
    const map = document.querySelector('story-map')?.map;
    const features = ['story', 'marks'].flatMap((id) => (map?.getSource(id)?.serialize() as {data?: {features?: {properties: {layer: string}}[]}} | undefined)?.data?.features ?? []);
    return layers.every((layer) => features.some((feature) => feature.properties.layer === layer));
  }, layers);
}

/**
 * Opens the story and records the map canvas's visibility in every frame from the map's creation
 * to `story-map-ready`, and at `ready`. `prepare` runs before the page loads and may return a step
 * to run while it loads.
 */
async function canvasUntilReady(
  browser: Browser,
  prepare: (page: Page) => Promise<(() => Promise<void>) | undefined>,
): Promise<{page: Page; canvas: {before: string[]; atReady: string}}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  await page.addInitScript(() => {
    const record = {before: [] as string[], atReady: ''};
    Object.assign(window, {__canvas: record});
    let ready = false;
    document.addEventListener('story-map-ready', (event) => {
      ready = true;
      record.atReady = getComputedStyle((event as CustomEvent<{map: {getCanvas(): HTMLCanvasElement}}>).detail.map.getCanvas()).visibility;
    });
    const frame = () => {
      if (ready) return;
      const map = document.querySelector('story-map')?.map;
      if (map) record.before.push(getComputedStyle(map.getCanvas()).visibility);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const whileLoading = await prepare(page);
  await page.goto(baseUrl);
  await whileLoading?.();
  await waitForMapReady(page);
  const canvas = await page.evaluate(() => (window as unknown as {__canvas: {before: string[]; atReady: string}}).__canvas);
  return {page, canvas};
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

  it('keeps the map’s canvas hidden until its first complete picture, and shows it then', async () => {
    const {page, canvas} = await canvasUntilReady(browser, async () => undefined);
    // MapLibre draws several frames before its first complete one; none of them shows. (The first
    // picture takes about 1.3 s here; after 3 s the canvas would show anyway.)
    expect(canvas.before.length).toBeGreaterThan(1);
    expect(new Set(canvas.before)).toEqual(new Set(['hidden']));
    expect(canvas.atReady).toBe('visible');
    await page.context().close();
  });

  it('keeps it hidden through an empty first picture when the data comes after the style', async () => {
    // The geo files are held until MapLibre has drawn its style with empty sources and gone idle.
    const {page, canvas} = await canvasUntilReady(browser, async (page) => {
      const gate: {open?: () => void} = {};
      const released = new Promise<void>((resolve) => (gate.open = resolve));
      await page.route('**/*.geojson', async (route) => {
        await released;
        await route.continue();
      });
      return async () => {
        await startLiveMap(page);
        await page.waitForFunction(() => document.querySelector('story-map')?.map?.loaded() === true);
        gate.open?.();
      };
    });
    expect(canvas.before.length).toBeGreaterThan(1);
    expect(new Set(canvas.before)).toEqual(new Set(['hidden']));
    expect(canvas.atReady).toBe('visible');
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
    await waitForLayersInMap(page, hidden);
    expect(await page.evaluate(() => document.querySelector('story-map')?.currentStep)).toBe(zhStory.steps[0]?.id);
    await page.context().close();
  });

  it('re-lays out the land and county tiles only for steps that show or hide one of their layers', async () => {
    const {page} = await layerRequests(browser, `${baseUrl}#zhongji-factory`);
    // Every layer is in the map first: adding one re-lays out its source, as it should.
    await waitForLayersInMap(page, LAYER_NAMES);
    await page.waitForFunction(() => document.querySelector('story-map')?.map?.loaded());
    // A tile that loads again after the step began, having loaded before it, was laid out again.
    const relaidOut = (id: string) =>
      page.evaluate(async (id) => {
        const element = document.querySelector('story-map');
        const map = element?.map;
        if (!element || !map) return {story: -1, marks: -1};
        const counts = {story: 0, marks: 0};
        const start = performance.now();
        const count = (event: {sourceId?: string; tile?: {timeAdded: number}}) => {
          if (event.tile && event.tile.timeAdded < start && (event.sourceId === 'story' || event.sourceId === 'marks')) counts[event.sourceId]++;
        };
        map.on('sourcedata', count);
        element.goTo(id);
        // The step's flight starts once its legend has rendered.
        await element.updateComplete;
        await new Promise((resolve) => (map.isMoving() ? map.once('moveend', resolve) : resolve(undefined)));
        await new Promise((resolve) => (map.loaded() ? resolve(undefined) : map.once('idle', resolve)));
        map.off('sourcedata', count);
        return counts;
      }, id);
    // Same base layers, different railways, stations, project labels and highlights.
    for (const id of ['ruijin-etdz', 'ruijin-innovation', 'ruijin-industries', 'selenium-land', 'changgan-hsr', 'ganshen-hsr']) {
      expect(zhStory.steps.some((step) => step.id === id), id).toBe(true);
      expect((await relaidOut(id)).story, id).toBe(0);
    }
    // The probe sees re-layouts: showing the rivers re-lays out the story tiles.
    expect((await relaidOut('meijiang')).story).toBeGreaterThan(0);
    await page.context().close();
  });

  it('compiles no GPU program after the first picture: every later step draws with the programs it compiled', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const page = await context.newPage();
    // Each compiled program is linked once (software WebGL stalls a frame for each).
    await page.addInitScript(() => {
      const link = WebGL2RenderingContext.prototype.linkProgram;
      WebGL2RenderingContext.prototype.linkProgram = function (program) {
        Object.assign(window, {__links: ((window as unknown as {__links?: number}).__links ?? 0) + 1});
        link.call(this, program);
      };
    });
    await page.goto(baseUrl);
    await waitForMapReady(page);
    const links = () => page.evaluate(() => (window as unknown as {__links?: number}).__links ?? 0);
    const atFirstPicture = await links();
    expect(atFirstPicture).toBeGreaterThan(0);
    for (const step of zhStory.steps) {
      await page.evaluate((id) => document.querySelector('story-map')?.goTo(id, {instant: true}), step.id);
      await waitForStep(page, step.id);
      expect(await links(), step.id).toBe(atFirstPicture);
    }
    await context.close();
  }, 180_000);

  it('draws layers that arrived after the first picture when a step shows them', async () => {
    const {page} = await layerRequests(browser, baseUrl);
    const step = zhStory.steps.find((s) => s.layers.includes('counties') && s.layers.includes('projects'));
    await page.evaluate((id) => document.querySelector('story-map')?.goTo(id), step?.id as string);
    await page.waitForFunction(() => {
      const map = document.querySelector('story-map')?.map;
      const drawn = (source: string, layer: string) => map?.querySourceFeatures(source, {filter: ['==', ['get', 'layer'], layer]}).length ?? 0;
      return map !== undefined && map.areTilesLoaded() && drawn('story', 'counties') > 0 && drawn('marks', 'projects') > 0;
    });
    expect(await visibleOnMap(page)).toEqual(expect.arrayContaining(['counties', 'projects']));
    await saveScreenshot(page, 'loading-later-layers');
    await page.context().close();
  });
});

describe('loading MapLibre', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('downloads the code the page and its worker both run once, in one file both import', async () => {
    const {page} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    const workerUrl = page.workers().map((worker) => worker.url()).find((url) => /\/maplibre-worker-[^/]*\.js$/.test(url));
    expect(workerUrl).toBeDefined();
    // Chromium lists the worker's module imports among the page's resources, after the worker file.
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .map((entry) => ({url: entry.name, size: (entry as PerformanceResourceTiming).decodedBodySize})),
    );
    const workerAt = scripts.findIndex((script) => script.url === workerUrl);
    const pageScripts = scripts.slice(0, workerAt);
    const workerImports = scripts.slice(workerAt + 1);
    const shared = pageScripts.find((script) => /\/maplibre-shared-[^/]*\.js$/.test(script.url));
    expect(shared).toBeDefined();
    expect(workerImports.map((script) => script.url)).toContain(shared?.url);
    // What only the worker runs is a small part of what it shares with the page.
    expect(scripts[workerAt]?.size ?? Infinity).toBeLessThan((shared?.size ?? 0) / 4);
    await page.context().close();
  });
});
