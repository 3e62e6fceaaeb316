import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchChromium, openPage, saveScreenshot, waitForMapReady} from './browser.ts';
import {inside, stepBounds, waitForStep, zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');
const ids = zhStory.steps.map((s) => s.id);
const current = (page: Page) => page.evaluate(() => document.querySelector('story-map')?.currentStep);

describe('briefing mode (?mode=present)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('steps through the story with what clickers and keyboards send', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}?mode=present`, {viewport: {width: 1920, height: 1080}});
    await waitForMapReady(page);
    expect(await current(page)).toBe(ids[0]);
    const sequence: [string, string | undefined][] = [
      ['PageDown', ids[1]],
      ['ArrowRight', ids[2]],
      ['Space', ids[3]],
      ['Enter', ids[4]],
      ['PageUp', ids[3]],
      ['ArrowLeft', ids[2]],
      ['End', ids.at(-1)],
      ['Home', ids[0]],
      ['ArrowDown', ids[1]],
    ];
    for (const [key, expected] of sequence) {
      await page.keyboard.press(key);
      expect(await current(page), `after ${key}`).toBe(expected);
    }
    const state = await waitForStep(page, ids[1] as string);
    expect(inside(state.center, stepBounds(zhStory.steps[1] as (typeof zhStory.steps)[number]).map((v, i) => v + (i < 2 ? -0.02 : 0.02)) as [number, number, number, number])).toBe(true);
    // One step per screen, with a counter.
    expect(await page.locator('.step:visible').count()).toBe(1);
    expect(await page.locator('story-map').locator('.present-counter').textContent()).toBe(`2 / ${ids.length}`);
    await saveScreenshot(page, 'briefing/present-1920');
    // A click on the map advances too.
    await page.mouse.click(1500, 500);
    expect(await current(page)).toBe(ids[2]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('draws the map labels larger than in reading mode, for a projector', async () => {
    const labelSizes = async (url: string) => {
      const {page} = await openPage(browser, url, {viewport: {width: 1920, height: 1080}});
      await waitForMapReady(page);
      const sizes = await page.evaluate(() => {
        const map = document.querySelector('story-map')?.map;
        return ['city-label', 'county-label', 'station-label'].map((id) => map?.getLayoutProperty(id, 'text-size') as number);
      });
      await page.context().close();
      return sizes;
    };
    const reading = await labelSizes(baseUrl);
    const presenting = await labelSizes(`${baseUrl}?mode=present`);
    presenting.forEach((size, index) => expect(size / (reading[index] as number)).toBeCloseTo(1.4));
    // Reading-mode labels are the style's own sizes; CJK at 12 px or more.
    expect(Math.min(...reading)).toBeGreaterThanOrEqual(12);
  }, 60_000);

  it('blacks the screen out with b, and any step key brings it back', async () => {
    const {page} = await openPage(browser, `${baseUrl}?mode=present`, {viewport: {width: 1920, height: 1080}});
    await waitForMapReady(page);
    await page.keyboard.press('b');
    expect(await page.locator('story-map').locator('.blackout').count()).toBe(1);
    expect(await page.locator('.step[data-current]').isVisible()).toBe(false);
    await saveScreenshot(page, 'briefing/blackout');
    await page.keyboard.press('PageDown');
    expect(await page.locator('story-map').locator('.blackout').count()).toBe(0);
    expect(await current(page)).toBe(ids[1]);
  }, 60_000);

  it('draws the railway by itself in a draw step, and p switches back to reading', async () => {
    const {page} = await openPage(browser, `${baseUrl}?mode=present#changgan-hsr`, {viewport: {width: 1920, height: 1080}});
    await waitForMapReady(page);
    await page.waitForFunction(() => document.querySelector('story-map')?.getMapState()?.drawing?.fraction === 1, undefined, {timeout: 10_000});
    await saveScreenshot(page, 'briefing/changgan-hsr-drawn');
    await page.keyboard.press('p');
    expect(await page.evaluate(() => document.querySelector('story-map')?.mode)).toBe('scroll');
    await waitForStep(page, 'changgan-hsr');
  }, 60_000);

  it('runs the whole briefing with the network cut: every request outside 127.0.0.1 blocked', async () => {
    const {page, consoleErrors, foreignRequests} = await openPage(browser, 'about:blank', {viewport: {width: 1920, height: 1080}, reducedMotion: 'reduce'});
    const blocked: string[] = [];
    await page.context().route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        blocked.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    await page.goto(`${baseUrl}?mode=present`);
    await waitForMapReady(page);
    for (const [index, id] of ids.entries()) {
      if (index > 0) await page.keyboard.press('PageDown');
      await waitForStep(page, id);
    }
    expect(await page.locator('story-map').locator('.present-counter').textContent()).toBe(`${ids.length} / ${ids.length}`);
    expect(blocked).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 180_000);

  it('keeps a speaker-notes window in step with the presenting window, both ways', async () => {
    const {page} = await openPage(browser, `${baseUrl}?mode=present`, {viewport: {width: 1920, height: 1080}});
    await waitForMapReady(page);
    const notes = await page.context().newPage();
    await notes.goto(`${baseUrl}?mode=notes`);
    const now = notes.locator('story-notes').locator('.now');
    await notes.waitForFunction((title) => document.querySelector('story-notes')?.shadowRoot?.querySelector('.now')?.textContent?.includes(title), zhStory.steps[0]?.title as string);
    await page.keyboard.press('PageDown');
    await notes.waitForFunction((title) => document.querySelector('story-notes')?.shadowRoot?.querySelector('.now')?.textContent?.includes(title), zhStory.steps[1]?.title as string);
    expect(await notes.locator('story-notes').locator('.notes').textContent()).toBe(zhStory.steps[1]?.notes);
    expect(await notes.locator('story-notes').locator('.next').textContent()).toContain(zhStory.steps[2]?.title as string);
    expect(await now.textContent()).toContain(`2/${ids.length}`);
    await notes.locator('story-notes').getByRole('button', {name: '下一步'}).click();
    await page.waitForFunction((id) => document.querySelector('story-map')?.currentStep === id, ids[2]);
    await saveScreenshot(notes, 'briefing/speaker-notes');
  }, 60_000);
});
