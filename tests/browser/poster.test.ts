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
