import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import length from '@turf/length';
import type {Browser, Page} from 'playwright-core';
import type {Feature, FeatureCollection, LineString} from 'geojson';
import {LAYER_NAMES} from '../../src/story/schema.ts';
import {axeViolations, launchChromium, openPage, openPageWithAxe, saveScreenshot, waitForMapReady} from './browser.ts';
import {featureIndex, highlightedOnMap, inside, scrollToStep, stepBounds, visibleOnMap, waitForMapIdle, waitForStep, zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');
const SLACK = 0.02;
const grow = ([w, s, e, n]: [number, number, number, number]): [number, number, number, number] => [w - SLACK, s - SLACK, e + SLACK, n + SLACK];
const stepById = (id: string) => {
  const step = zhStory.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};

/** The drawn part of the railway as the map holds it, measured in Node. */
async function drawnShare(page: Page, railwayId: string): Promise<number> {
  const data = (await page.evaluate(() => {
    const source = document.querySelector('story-map')?.map?.getSource('railway-drawing') as unknown as {serialize(): {data: FeatureCollection}};
    return source.serialize().data;
  })) as FeatureCollection;
  const railway = featureIndex.get(railwayId)?.feature as Feature<LineString>;
  const drawn = data.features.find((feature): feature is Feature<LineString> => feature.geometry.type === 'LineString');
  return drawn ? length(drawn) / length(railway) : 0;
}

/** The legend's km counter: its text, and the text's own width (the paragraph's box is as wide as the legend); empty and 0 without one. */
async function legendCounter(page: Page): Promise<{text: string; width: number}> {
  return page.evaluate(() => {
    const counter = document.querySelector('story-map')?.shadowRoot?.querySelector('story-legend')?.shadowRoot?.querySelector('.counter');
    if (!counter) return {text: '', width: 0};
    const text = document.createRange();
    text.selectNodeContents(counter);
    return {text: counter.textContent ?? '', width: text.getBoundingClientRect().width};
  });
}

/**
 * For each reading control (the chapter menu, the first arrow button, the motion switch — or the
 * elements in story-progress that `selector` names), whether a pointer at its centre reaches it.
 */
async function reachableControls(page: Page, selector?: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const host = document.querySelector('story-map');
    const progress = host?.shadowRoot?.querySelector('story-progress');
    const controls = selector
      ? [progress?.shadowRoot?.querySelector(selector)]
      : [progress?.shadowRoot?.querySelector('summary'), progress?.shadowRoot?.querySelector('button[aria-label]'), host?.shadowRoot?.querySelector('.motion input')];
    return controls.map((control) => {
      if (!control) return 'missing';
      const box = control.getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      // The element a pointer at the control's centre reaches, through the shadow roots.
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      return hit !== null && control.contains(hit) ? 'reachable' : `covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
    });
  }, selector);
}

describe('the scrollytelling experience', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws 昌赣高铁 in proportion to the reader’s progress through its step, and un-draws it going back', async () => {
    const {page} = await openPage(browser, `${baseUrl}#transport-hub`);
    await waitForMapReady(page);
    const counterWidths = new Set<number>();
    for (const progress of [0, 0.5, 1, 0.5]) {
      await scrollToStep(page, 'changgan-hsr', progress === 1 ? 0.999 : progress + 0.001);
      await waitForStep(page, 'changgan-hsr');
      await page.waitForFunction((p) => Math.abs((document.querySelector('story-map')?.getMapState()?.drawing?.fraction ?? -1) - p) < 0.03, progress);
      await waitForMapIdle(page);
      const state = await page.evaluate(() => document.querySelector('story-map')?.getMapState());
      expect(state?.drawing?.id).toBe('changgan-hsr');
      expect(state?.drawing?.km).toBeCloseTo(progress * 415.7, -1);
      expect(await drawnShare(page, 'changgan-hsr')).toBeCloseTo(progress, 1);
      counterWidths.add((await legendCounter(page)).width);
      await saveScreenshot(page, `draw/changgan-hsr-${Math.round(progress * 100)}`);
    }
    // The km counter keeps its width as the line grows: the legend around it does not jitter.
    expect([...counterWidths]).toHaveLength(1);
    expect([...counterWidths][0]).toBeGreaterThan(0);
  }, 120_000);

  it('after 200 seeded random fast jumps, always ends in exactly the state of the step in view', async () => {
    const {page} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    let seed = 20241127;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let jump = 1; jump <= 200; jump++) {
      const step = zhStory.steps[Math.floor(random() * zhStory.steps.length)];
      await scrollToStep(page, step?.id as string, random());
      if (random() < 0.3) await page.waitForTimeout(Math.floor(random() * 40));
      if (jump % 50 === 0) {
        const inView = await page.evaluate(() => {
          const line = window.innerHeight / 2;
          const steps = [...document.querySelectorAll<HTMLElement>('.step[data-step]')];
          return steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1)?.id ?? steps[0]?.id;
        });
        const state = await waitForStep(page, inView as string);
        const expected = stepById(inView as string);
        expect(await visibleOnMap(page)).toEqual(LAYER_NAMES.filter((layer) => expected.layers.includes(layer)));
        expect((await highlightedOnMap(page)).sort()).toEqual([...expected.highlight].sort());
        expect(inside(state.center, grow(stepBounds(expected))), `${expected.id} after ${jump} jumps`).toBe(true);
        expect(state.drawing?.id ?? null).toBe(expected.draw ?? null);
      }
    }
  }, 240_000);

  it('honours prefers-reduced-motion: jumps instead of flights, lines fully drawn', async () => {
    const {page} = await openPage(browser, baseUrl, {reducedMotion: 'reduce'});
    await waitForMapReady(page);
    expect(await page.evaluate(() => document.querySelector('story-map')?.reducedMotion)).toBe(true);
    await page.evaluate(() => document.querySelector('story-map')?.goTo('ganshen-hsr'));
    // A jump: on target in the next frame, with no flight in progress.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.evaluate(() => document.querySelector('story-map')?.map?.isMoving())).toBe(false);
    const state = await waitForStep(page, 'ganshen-hsr');
    expect(inside(state.center, grow(stepBounds(stepById('ganshen-hsr'))))).toBe(true);
    // The official 436.37 km, in the state and in the legend: not rounded up past it.
    expect(state.drawing).toMatchObject({id: 'ganshen-hsr', fraction: 1, km: 436.37});
    expect((await legendCounter(page)).text).toBe('436.37 / 436.37 km');
    await saveScreenshot(page, 'reduced-motion-ganshen-hsr');
  }, 60_000);

  it('jumps, with no flight, when the page calls goTo(id, {instant: true}); flies without it', async () => {
    const {page} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    const afterGoTo = (instant: boolean) =>
      page.evaluate(async (instant) => {
        const host = document.querySelector('story-map');
        host?.goTo('ganshen-hsr', {instant});
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return {moving: host?.map?.isMoving(), center: host?.getMapState()?.center as [number, number]};
      }, instant);
    const jump = await afterGoTo(true);
    expect(jump.moving).toBe(false);
    expect(inside(jump.center, grow(stepBounds(stepById('ganshen-hsr'))))).toBe(true);
    await page.evaluate((id) => document.querySelector('story-map')?.goTo(id, {instant: true}), zhStory.steps[0]?.id ?? '');
    const flight = await afterGoTo(false);
    expect(flight.moving).toBe(true);
  }, 60_000);

  it('follows the system setting when it changes while the story is open', async () => {
    const {page} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    const toggle = page.locator('story-map').getByRole('checkbox');
    await page.evaluate(() => document.querySelector('story-map')?.goTo('ganshen-hsr'));
    // Reading with motion, the railway draws with the scroll: the step has only just begun.
    expect((await waitForStep(page, 'ganshen-hsr')).drawing?.fraction).toBeLessThan(1);
    await page.emulateMedia({reducedMotion: 'reduce'});
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect((await waitForStep(page, 'ganshen-hsr')).drawing).toMatchObject({id: 'ganshen-hsr', fraction: 1});
    await page.emulateMedia({reducedMotion: 'no-preference'});
    await expect.poll(() => toggle.isChecked()).toBe(false);
    expect((await waitForStep(page, 'ganshen-hsr')).drawing?.fraction).toBeLessThan(1);
    // The latest choice wins: the reader's switch, then the system's setting again.
    await toggle.check();
    await page.emulateMedia({reducedMotion: 'reduce'});
    // Media queries are re-evaluated with the next frame: two changes within one would cancel out.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.emulateMedia({reducedMotion: 'no-preference'});
    await expect.poll(() => toggle.isChecked()).toBe(false);
  }, 60_000);

  it('lets the reader turn motion off with a visible toggle', async () => {
    const {page} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    const toggle = page.locator('story-map').getByRole('checkbox');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    expect(await page.evaluate(() => document.querySelector('story-map')?.hasAttribute('reduced-motion'))).toBe(true);
  }, 60_000);

  it('moves step by step from the keyboard', async () => {
    const {page} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    const next = zhStory.steps[2] as (typeof zhStory.steps)[number];
    await page.keyboard.press('j');
    const state = await waitForStep(page, next.id);
    expect(inside(state.center, grow(stepBounds(next))), `${next.id} after j`).toBe(true);
    // The step's text takes the focus, so a screen reader reads it next.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(next.id);
    await page.keyboard.press('k');
    expect((await waitForStep(page, 'counties')).step).toBe('counties');
    await page.locator('story-map').getByRole('button', {name: '下一步'}).click();
    expect((await waitForStep(page, next.id)).step).toBe(next.id);
  }, 60_000);

  it('announces each step’s map state in words to screen readers', async () => {
    const {page} = await openPage(browser, `${baseUrl}#energy`);
    await waitForMapReady(page);
    await waitForStep(page, 'energy');
    const live = await page.locator('story-map').locator('[aria-live="polite"]').textContent();
    expect(live).toContain('华能秦煤瑞金电厂');
    expect(live).toContain('位置为示意');
  }, 60_000);

  it('keeps the progress bar, chapter menu and motion switch (in the key on a phone) above a card scrolling past them (desktop and phone)', async () => {
    for (const viewport of [{width: 1280, height: 800}, {width: 390, height: 844}]) {
      const {page} = await openPage(browser, `${baseUrl}#counties`, {viewport});
      try {
        await waitForMapReady(page);
        // The card's top just under the window's top edge: it passes under the controls.
        await page.evaluate(() => window.scrollTo({top: window.scrollY + (document.getElementById('counties')?.getBoundingClientRect().top ?? 0) - 5, behavior: 'instant'}));
        // On a phone the motion switch is in the key's panel.
        if (viewport.width <= 600) await page.locator('story-key').getByRole('button').click();
        expect(await reachableControls(page), `${viewport.width}×${viewport.height}`).toEqual(['reachable', 'reachable', 'reachable']);
        // The chapter menu opens over the card too.
        await page.locator('story-progress').locator('summary').click();
        expect(await reachableControls(page, 'details button'), `${viewport.width}×${viewport.height}, chapter menu`).toEqual(['reachable']);
        await saveScreenshot(page, `controls-over-card-${viewport.width}`);
      } finally {
        await page.context().close();
      }
    }
  }, 60_000);

  it('tells the English story with English labels on en.html', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}en.html#counties`);
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toMatch(/Ganzhou/);
    expect(await page.evaluate(() => document.querySelector('story-map')?.map?.getLayoutProperty('county-label', 'text-field'))).toEqual(['get', 'name_en']);
    expect(await page.locator('story-map').getByRole('button', {name: 'Next step'}).count()).toBe(1);
    await saveScreenshot(page, 'english-counties');
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('has no axe-core accessibility violations (desktop, and a phone with the key open)', async () => {
    for (const viewport of [{width: 1280, height: 800}, {width: 390, height: 844}]) {
      const {page} = await openPageWithAxe(browser, `${baseUrl}#changgan-hsr`, {viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600});
      try {
        await waitForMapReady(page);
        await waitForStep(page, 'changgan-hsr');
        if (viewport.width < 600) await page.locator('story-key').getByRole('button').click();
        expect(await axeViolations(page), `${viewport.width}×${viewport.height}`).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  }, 60_000);
});
