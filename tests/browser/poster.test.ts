import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchChromium, openPage, saveScreenshot} from './browser.ts';
import {zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');

/** The poster's picture, whether it has loaded, and whether it is shown (not hidden, not under the live map's canvas). */
const poster = (page: Page) =>
  page.evaluate(() => {
    const image = document.querySelector<HTMLImageElement>('story-map > img.map-poster');
    const slot = document.querySelector('story-map')?.shadowRoot?.querySelector('slot[name="poster"]');
    const canvas = document.querySelector('story-map')?.map?.getCanvas();
    return {
      src: image?.getAttribute('src') ?? '',
      loaded: (image?.complete ?? false) && (image?.naturalWidth ?? 0) > 0,
      shown: image !== null && slot?.hasAttribute('hidden') === false && (canvas === undefined || getComputedStyle(canvas).visibility === 'hidden'),
    };
  });

describe('the map’s picture before the live map (#23)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('waits for the reader: no MapLibre code, no map data and no map until the first move; a scroll then starts the live map at the step in view', async () => {
    const {page, consoleErrors} = await openPage(browser, 'about:blank', {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    const mapRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/maplibre-[^/]*\.js$|\.geojson$/.test(request.url())) mapRequests.push(request.url());
    });
    await page.addInitScript(() => document.addEventListener('story-map-ready', () => Object.assign(window, {__readyAt: performance.now()})));
    await page.goto(baseUrl);
    await expect.poll(() => poster(page)).toEqual({src: 'snapshots/zh/01-intro.webp', loaded: true, shown: true});
    await page.waitForTimeout(2000);
    expect(mapRequests).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('story-map')?.map === undefined)).toBe(true);
    // The reader's thumb: the page scrolls by a screen and a half.
    await page.evaluate(() => window.scrollBy(0, innerHeight * 1.5));
    await page.evaluate(() => document.querySelector('story-map')?.ready);
    expect(mapRequests.some((url) => /maplibre-/.test(url))).toBe(true);
    const inView = await page.evaluate(() => {
      const line = document.querySelector('story-map')?.triggerLine ?? 0;
      return [...document.querySelectorAll<HTMLElement>('.step[data-step]')].filter((step) => step.getBoundingClientRect().top <= line).at(-1)?.id ?? '';
    });
    expect(await page.evaluate(() => document.querySelector('story-map')?.currentStep)).toBe(inView || zhStory.steps[0]?.id);
    // Its first picture had the data of the step in view, not of the opening the reader left.
    const layersBeforeReady = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.geojson') && entry.startTime < (window as unknown as {__readyAt: number}).__readyAt)
        .map((entry) => /\/([a-z]+)-[^/]*\.geojson$/.exec(entry.name)?.[1] ?? entry.name)
        .sort(),
    );
    expect(layersBeforeReady).toEqual([...(zhStory.steps.find((step) => step.id === inView)?.layers ?? [])].sort());
    expect(inView).not.toBe(zhStory.steps[0]?.id);
    expect((await poster(page)).shown).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('opens explore mode when its button is pressed before the live map is up: the press starts the map', async () => {
    const {page, consoleErrors} = await openPage(browser, baseUrl);
    await expect.poll(() => poster(page)).toEqual({src: 'snapshots/zh/01-intro.webp', loaded: true, shown: true});
    expect(await page.evaluate(() => document.querySelector('story-map')?.map === undefined)).toBe(true);
    await page.locator('story-map .explore-toggle').first().click();
    await page.waitForFunction(() => document.querySelector('story-map')?.getAttribute('exploring') === 'screen');
    expect(await page.evaluate(() => document.querySelector('story-map')?.getMapState()?.explore.on)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('starts the live map at once, without a move, for a deep link and for a briefing', async () => {
    for (const address of ['#counties', '?mode=present']) {
      const {page, consoleErrors} = await openPage(browser, `${baseUrl}${address}`);
      await page.evaluate(() => document.querySelector('story-map')?.ready);
      expect(await page.evaluate(() => document.querySelector('story-map')?.getMapState()?.step), address).toBe(address === '#counties' ? 'counties' : zhStory.steps[0]?.id);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    }
  }, 60_000);

  for (const viewport of [{width: 1280, height: 800}, {width: 390, height: 844}]) {
    it(`shows the picture of the step in view while MapLibre's code is still on its way, then the live map (${viewport.width}×${viewport.height})`, async () => {
      const {page, consoleErrors} = await openPage(browser, 'about:blank', {viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600});
      // A slow network for MapLibre's code only: the reader scrolls before the map can start.
      let release = () => {};
      const arrived = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/maplibre-[^/]*\.js$/, async (route) => {
        await arrived;
        await route.continue();
      });
      await page.goto(baseUrl);
      await expect.poll(() => poster(page)).toEqual({src: 'snapshots/zh/01-intro.webp', loaded: true, shown: true});
      for (const id of ['counties', 'changgan-hsr', 'meijiang']) {
        const index = zhStory.steps.findIndex((step) => step.id === id);
        await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({block: 'start'}), id);
        const expected = `snapshots/zh/${String(index + 1).padStart(2, '0')}-${id}.webp`;
        await expect.poll(() => poster(page), {timeout: 5000}).toEqual({src: expected, loaded: true, shown: true});
        // The reading bar counts the step pictured.
        expect(await page.locator('story-progress .count').textContent()).toContain(`${index + 1} / ${zhStory.steps.length}`);
      }
      await saveScreenshot(page, `poster/before-map-${viewport.width}`);
      release();
      await page.evaluate(() => document.querySelector('story-map')?.ready);
      expect(await page.evaluate(() => document.querySelector('story-map')?.currentStep)).toBe('meijiang');
      expect((await poster(page)).shown).toBe(false);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    }, 60_000);
  }
});
