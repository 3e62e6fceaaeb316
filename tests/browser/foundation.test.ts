import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {palette} from '../../src/map/palette.ts';
import {colourShare, launchChromium, openPage, saveScreenshot, startLiveMap, storyEvents, waitForMapReady} from './browser.ts';

const baseUrl = inject('baseUrl');

describe('the built page with WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws Ganzhou’s counties offline, with no console errors', async () => {
    const {page, consoleErrors, foreignRequests} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    const png = await saveScreenshot(page, 'foundation-desktop');

    expect(await colourShare(browser, png, palette.countyFill)).toBeGreaterThan(0.1);
    const counties = await page.evaluate(() => {
      const features = document.querySelector('story-map')?.map?.querySourceFeatures('story', {filter: ['all', ['==', ['get', 'layer'], 'counties'], ['!=', ['geometry-type'], 'Point']]}) ?? [];
      return new Set(features.map((feature) => feature.id)).size;
    });
    expect(counties).toBe(18);
    expect((await storyEvents(page)).map((e) => e.type)).toEqual(['story-map-ready']);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('exposes a read-only `map` and a `ready` promise', async () => {
    const {page} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    const api = await page.evaluate(() => {
      const element = document.querySelector('story-map');
      const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'map');
      return {
        hasMap: typeof element?.map?.getCenter === 'function',
        mapHasSetter: descriptor?.set !== undefined,
        readyIsPromise: element?.ready instanceof Promise,
      };
    });
    expect(api).toEqual({hasMap: true, mapHasSetter: false, readyIsPromise: true});
  });

  it('lets the mouse wheel over the map scroll the page, not the map', async () => {
    const {page} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    const before = await page.evaluate(() => document.querySelector('story-map')?.map?.getZoom());
    await page.mouse.move(1000, 400);
    await page.mouse.wheel(0, 600);
    await page.waitForFunction(() => window.scrollY > 0);
    const after = await page.evaluate(() => document.querySelector('story-map')?.map?.getZoom());
    expect(after).toBe(before);
  });

  it('lets a touch drag over the map scroll the page, not the map', async () => {
    const {page} = await openPage(browser, baseUrl, {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});
    await waitForMapReady(page);
    const before = await page.evaluate(() => document.querySelector('story-map')?.map?.getCenter().toArray());
    // A finger drags upward over the map, which takes the top 56 % of a phone's screen.
    const session = await page.context().newCDPSession(page);
    await session.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x: 200, y: 400}]});
    for (let step = 1; step <= 10; step++) {
      await session.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: [{x: 200, y: 400 - step * 30}]});
    }
    await session.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
    await page.waitForFunction(() => window.scrollY > 100);
    const after = await page.evaluate(() => document.querySelector('story-map')?.map?.getCenter().toArray());
    expect(after).toEqual(before);
    await saveScreenshot(page, 'foundation-phone-scrolled');
  });
  it('does not shift the text when its script arrives late (layout shift < 0.01, phone and desktop)', async () => {
    for (const viewport of [{width: 390, height: 844}, {width: 1280, height: 800}]) {
      const context = await browser.newContext({viewport});
      const page = await context.newPage();
      // A slow network: the text is read (and painted) well before the element is upgraded.
      await page.route(/\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, {__shifts: shifts});
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {value: number; hadRecentInput: boolean}[]) if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({type: 'layout-shift', buffered: true});
      });
      await page.goto(baseUrl);
      await waitForMapReady(page);
      const shift = await page.evaluate(() => (window as unknown as {__shifts: number[]}).__shifts.reduce((sum, value) => sum + value, 0));
      expect(shift, `${viewport.width}×${viewport.height}`).toBeLessThan(0.01);
      await context.close();
    }
  }, 60_000);
});

describe('the built page without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({webgl: false});
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the opening picture until the reader moves, then the story text with a notice, and emits story-map-error', async () => {
    const {page, consoleErrors} = await openPage(browser, baseUrl);
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('story-map > img.map-poster')?.complete);
    expect(await page.evaluate(() => document.querySelector('story-map')?.hasAttribute('map-unavailable'))).toBe(false);
    await startLiveMap(page);
    await page.waitForFunction(() => document.querySelector('story-map')?.hasAttribute('map-unavailable'));
    await saveScreenshot(page, 'foundation-no-webgl');

    const notice = page.locator('story-map').locator('.notice[role="status"]');
    expect(await notice.textContent()).toContain('WebGL');
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('h1').textContent()).toContain('赣州');
    const events = await storyEvents(page);
    expect(events).toEqual([{type: 'story-map-error', detail: expect.objectContaining({reason: 'webgl-unavailable'})}]);
    expect(consoleErrors).toEqual([]);
  });
});
