import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Route} from 'playwright-core';
import {MAP_CODE_MARK} from '../../src/map/marks.ts';
import {launchChromium, openPage, startLiveMap, waitForMapReady} from './browser.ts';
import {waitForStep} from './story-steps.ts';

const baseUrl = inject('baseUrl');
/** A basemap "server" the tests answer through request interception: nothing leaves the machine. */
const BASEMAP = 'https://basemap.example/style.json';

describe('an opt-in remote basemap', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is drawn under the story’s layers when it loads', async () => {
    const {page, consoleErrors} = await openPage(browser, 'about:blank');
    await page.route(BASEMAP, (route) =>
      route.fulfill({json: {version: 8, sources: {}, layers: [{id: 'basemap-background', type: 'background', paint: {'background-color': '#fffbe6'}}]}}),
    );
    await page.goto(`${baseUrl}?basemap=${encodeURIComponent(BASEMAP)}#counties`);
    await waitForMapReady(page);
    const layers = await page.evaluate(() => document.querySelector('story-map')?.map?.getStyle().layers.map((l) => l.id));
    expect(layers?.[0]).toBe('basemap-background');
    expect(layers).toContain('county-fill');
    expect(layers).not.toContain('land');
    await waitForStep(page, 'counties');
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('shows a basemap whose tiles are slow as they come, after 3 s', async () => {
    const {page, consoleErrors} = await openPage(browser, 'about:blank');
    await page.route(BASEMAP, (route) =>
      route.fulfill({json: {version: 8, sources: {tiles: {type: 'raster', tiles: ['https://basemap.example/tiles/{z}/{x}/{y}.png'], tileSize: 256}}, layers: [{id: 'basemap-tiles', type: 'raster', source: 'tiles'}]}}),
    );
    // A tile server that accepts the requests and never answers: the first picture never completes.
    await page.route('https://basemap.example/tiles/**', () => undefined);
    await page.goto(`${baseUrl}?basemap=${encodeURIComponent(BASEMAP)}`);
    await startLiveMap(page);
    // Timed in the page. MapLibre's code runs before the map (and its 3 s) starts, and the map is
    // first seen (checked every 20 ms) after: the first bounds the wait from below, the second
    // from above. A canvas still hidden after 10 s fails at once.
    const shown = await page.evaluate(
      (mark) =>
        new Promise<{hiddenAtFirst: boolean; sinceMapCode: number; sinceSeen: number; tilesLoaded: boolean | undefined}>((resolve, reject) => {
          const giveUp = setTimeout(() => reject(new Error('the canvas was still hidden after 10 s')), 10_000);
          const poll = setInterval(() => {
            const map = document.querySelector('story-map')?.map;
            if (!map) return;
            clearInterval(poll);
            const seen = performance.now();
            const canvas = map.getCanvas();
            const hiddenAtFirst = canvas.style.visibility === 'hidden';
            const check = () => {
              if (canvas.style.visibility === 'hidden') return false;
              const now = performance.now();
              clearTimeout(giveUp);
              resolve({hiddenAtFirst, sinceMapCode: now - (performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN), sinceSeen: now - seen, tilesLoaded: map.areTilesLoaded()});
              return true;
            };
            if (!check()) new MutationObserver(check).observe(canvas, {attributes: true, attributeFilter: ['style']});
          }, 20);
        }),
      MAP_CODE_MARK,
    );
    expect(shown.hiddenAtFirst).toBe(true);
    expect(shown.sinceMapCode).toBeGreaterThanOrEqual(3000);
    expect(shown.sinceSeen).toBeLessThan(4000);
    expect(shown.tilesLoaded).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('falls back to the embedded style when the basemap does not answer within 5 s', async () => {
    const {page, consoleErrors} = await openPage(browser, 'about:blank');
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // A server that accepts the request and never answers.
    await page.route(BASEMAP, () => undefined);
    const started = Date.now();
    await page.goto(`${baseUrl}?basemap=${encodeURIComponent(BASEMAP)}#counties`);
    await waitForMapReady(page);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
    expect(await page.evaluate(() => document.querySelector('story-map')?.map?.getStyle().layers[0]?.id)).toBe('background');
    expect(warnings.some((w) => w.includes('no answer within 5000 ms'))).toBe(true);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it.each([
    ['unreachable (404)', (route: Route) => route.fulfill({status: 404, body: 'not found'})],
    ['not a style', (route: Route) => route.fulfill({json: {hello: 'world'}})],
  ])('falls back to the embedded style when %s, telling the developer, not the reader', async (_, answer) => {
    const {page, consoleErrors} = await openPage(browser, 'about:blank');
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.route(BASEMAP, answer);
    await page.goto(`${baseUrl}?basemap=${encodeURIComponent(BASEMAP)}#counties`);
    await waitForMapReady(page);
    const layers = await page.evaluate(() => document.querySelector('story-map')?.map?.getStyle().layers.map((l) => l.id));
    expect(layers?.[0]).toBe('background');
    expect(layers).toContain('land');
    expect(warnings.some((w) => w.includes('using the embedded style'))).toBe(true);
    expect(await page.locator('story-map').locator('.notice').count()).toBe(0);
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
  }, 60_000);
});
