import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import type {StoryMapState} from '../../src/components/story-map.ts';
import {axeViolations, launchChromium, openPage, openPageWithAxe, saveScreenshot, waitForMapReady} from './browser.ts';
import {featureIndex, visibleOnMap, waitForMapIdle, waitForStep, zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');

const state = (page: Page) => page.evaluate(() => document.querySelector('story-map')?.getMapState()) as Promise<StoryMapState>;
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** A one-finger drag, as a phone sends it (playwright's touchscreen only taps). */
async function touchDrag(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x: from[0], y: from[1]}]});
  for (let i = 1; i <= 10; i++) {
    const point = {x: from[0] + ((to[0] - from[0]) * i) / 10, y: from[1] + ((to[1] - from[1]) * i) / 10};
    await cdp.send('Input.dispatchTouchEvent', {type: 'touchMove', touchPoints: [point]});
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
  await cdp.detach();
}

/** The element that has the focus, through shadow roots: its tag, class and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const root = element?.getRootNode();
    const host = root instanceof ShadowRoot ? root.host.localName : '';
    return {host, tag: element?.localName ?? '', className: element?.className ?? '', text: element?.textContent?.trim() ?? ''};
  });

/** A small seeded generator (mulberry32), so the "random" steps are the same on every run and can be told apart. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('explore mode and the place finder (#22)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('while reading, a wheel and a one-finger drag over the map scroll the page and leave the map alone', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    const before = await state(page);
    const top = await scrollY(page);
    // Over the map, right of the text column.
    await page.mouse.move(1000, 400);
    await page.mouse.wheel(0, 150);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(top);
    const after = await state(page);
    expect(after.step).toBe('counties');
    expect(after.zoom).toBe(before.zoom);
    expect(consoleErrors).toEqual([]);
    await page.context().close();

    const phone = await openPage(browser, `${baseUrl}#counties`, {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await waitForMapReady(phone.page);
    await waitForStep(phone.page, 'counties');
    const phoneBefore = await state(phone.page);
    const phoneTop = await scrollY(phone.page);
    // On the map at the top of the screen (the split layout).
    await touchDrag(phone.page, [200, 400], [200, 300]);
    await expect.poll(() => scrollY(phone.page)).toBeGreaterThan(phoneTop + 50);
    expect((await state(phone.page)).zoom).toBe(phoneBefore.zoom);
    expect(phone.consoleErrors).toEqual([]);
    await phone.page.context().close();
  }, 60_000);

  it('while exploring, the wheel zooms the map and a drag pans it; the page stays where it was', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    const top = await scrollY(page);
    await page.locator('.explore-toggle').click();
    await expect.poll(async () => (await state(page)).explore.on).toBe(true);
    // Every switchable layer shows, every railway drawn.
    const exploring = await state(page);
    expect(exploring.visibleLayers).toEqual(['land', 'provinces', 'ganzhou', 'counties', 'rivers', 'expressways', 'railways', 'stations', 'cities', 'projects']);
    expect(exploring.drawnRailways.sort()).toEqual([...featureIndex.values()].filter((entry) => entry.layer === 'railways').map((entry) => String(entry.feature.id)).sort());
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await state(page)).zoom).toBeGreaterThan(exploring.zoom + 0.2);
    const zoomed = await state(page);
    await page.mouse.move(640, 400);
    await page.mouse.down();
    await page.mouse.move(500, 300, {steps: 8});
    await page.mouse.up();
    await expect.poll(async () => (await state(page)).center[0]).toBeGreaterThan(zoomed.center[0]);
    expect(await scrollY(page)).toBe(top);
    expect((await state(page)).step).toBe('counties');
    // The layer switcher: railways off, then on.
    await page.locator('.explore summary').click();
    await page.getByRole('checkbox', {name: '铁路'}).uncheck();
    expect((await state(page)).visibleLayers).not.toContain('railways');
    await page.getByRole('checkbox', {name: '铁路'}).check();
    expect((await state(page)).visibleLayers).toContain('railways');
    await saveScreenshot(page, 'explore/desktop');
    expect(consoleErrors).toEqual([]);
    await page.context().close();

    const phone = await openPage(browser, `${baseUrl}#counties`, {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await waitForMapReady(phone.page);
    await waitForStep(phone.page, 'counties');
    const phoneTop = await scrollY(phone.page);
    await phone.page.locator('.explore-toggle').click();
    await expect.poll(async () => (await state(phone.page)).explore.on).toBe(true);
    const phoneBefore = await state(phone.page);
    await touchDrag(phone.page, [200, 600], [200, 350]);
    await expect.poll(async () => (await state(phone.page)).center[1]).toBeLessThan(phoneBefore.center[1]);
    expect(await scrollY(phone.page)).toBe(phoneTop);
    expect(phone.consoleErrors).toEqual([]);
    await phone.page.context().close();
  }, 60_000);

  it('Back to the story restores getMapState() exactly, for 5 seeded random steps', async () => {
    const {page, consoleErrors} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    const random = seeded(22);
    const picked = Array.from({length: 5}, () => zhStory.steps[Math.floor(random() * zhStory.steps.length)]?.id as string);
    for (const id of picked) {
      await page.evaluate((id) => document.querySelector('story-map')?.goTo(id, {instant: true}), id);
      await waitForStep(page, id);
      await waitForMapIdle(page);
      const before = await state(page);
      await page.locator('.explore-toggle').click();
      await expect.poll(async () => (await state(page)).explore.on).toBe(true);
      await page.mouse.move(900, 400);
      await page.mouse.wheel(0, -200);
      await page.mouse.down();
      await page.mouse.move(800, 350, {steps: 5});
      await page.mouse.up();
      await page.keyboard.press('/');
      await page.keyboard.type('龙南');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await state(page)).explore.place).toBe('longnan');
      await waitForMapIdle(page);
      await page.getByRole('button', {name: '回到故事'}).click();
      await expect.poll(async () => (await state(page)).explore.on).toBe(false);
      await waitForMapIdle(page);
      expect(await state(page), id).toEqual(before);
      expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    }
    expect(new Set(picked).size).toBeGreaterThan(2);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('finds 瑞金市 first by 瑞金, ruijin, Ruijin and ruìjīn', async () => {
    const {page, consoleErrors} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    await page.keyboard.press('/');
    const input = page.getByRole('combobox', {name: '查找地点'});
    await expect.poll(async () => (await focused(page)).tag).toBe('input');
    // Opened over the first step, before the other layers have arrived: they show as they come.
    await expect.poll(() => visibleOnMap(page), {timeout: 10_000}).toEqual(['land', 'provinces', 'ganzhou', 'counties', 'rivers', 'expressways', 'railways', 'stations', 'cities', 'projects']);
    for (const query of ['瑞金', 'ruijin', 'Ruijin', 'ruìjīn']) {
      await input.fill(query);
      const first = page.locator('story-finder [role="option"]').first();
      await expect.poll(() => first.textContent()).toMatch(/^\s*瑞金市/);
    }
    await saveScreenshot(page, 'explore/finder');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('keyboard alone: "/", type, ↓, Enter opens the card; Tab into it; a story link lands on that step exactly', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    await page.keyboard.press('/');
    await page.keyboard.type('meijiang');
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('story-finder').evaluate((finder) => {
      const input = finder.shadowRoot?.querySelector('input');
      return finder.shadowRoot?.getElementById(input?.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '';
    });
    expect(active).toMatch(/梅江/);
    await page.keyboard.press('Enter');
    const card = page.locator('story-place-card h2');
    await card.waitFor();
    const name = (await card.textContent()) ?? '';
    expect(active.trim().startsWith(name)).toBe(true);
    const live = page.locator('.map-frame > [aria-live="polite"]');
    await expect.poll(() => live.textContent()).toContain(`已定位：${name}`);
    // The card is next in the tab order: its close button, then its links.
    let target = await focused(page);
    for (let presses = 0; presses < 6 && !(target.host === 'story-place-card' && target.tag === 'a'); presses++) {
      await page.keyboard.press('Tab');
      target = await focused(page);
    }
    expect(target.host).toBe('story-place-card');
    expect(target.tag).toBe('a');
    const stepId = zhStory.steps.find((step) => step.title === target.text)?.id as string;
    expect(stepId).toBeDefined();
    await page.keyboard.press('Enter');
    await waitForStep(page, stepId);
    await waitForMapIdle(page);
    const landed = await state(page);
    expect(landed.explore).toEqual({on: false, place: null});
    // The same step, reached directly.
    await page.evaluate(() => document.querySelector('story-map')?.goTo('intro', {instant: true}));
    await waitForStep(page, 'intro');
    await page.evaluate((id) => document.querySelector('story-map')?.goTo(id, {instant: true}), stepId);
    await waitForStep(page, stepId);
    await waitForMapIdle(page);
    const direct = await state(page);
    expect({...landed, center: undefined, bounds: undefined, zoom: undefined}).toEqual({...direct, center: undefined, bounds: undefined, zoom: undefined});
    expect(landed.zoom).toBeCloseTo(direct.zoom, 9);
    landed.center.forEach((value, index) => expect(value).toBeCloseTo(direct.center[index] as number, 9));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('a phone explores full screen: the toolbar on top, the found place clear of the card sheet', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`, {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    await page.locator('.explore-toggle').click();
    await page.getByRole('combobox', {name: '查找地点'}).fill('宁都');
    await page.locator('story-finder [role="option"]').first().click();
    await page.locator('story-place-card h2').waitFor();
    await waitForMapIdle(page);
    const [toolbar, sheet, place] = await page.evaluate(() => {
      const root = document.querySelector('story-map')?.shadowRoot;
      const map = document.querySelector('story-map')?.map;
      const point = map?.project([115.96, 26.47]);
      return [root?.querySelector('.explore')?.getBoundingClientRect().bottom ?? 0, root?.querySelector('story-place-card')?.getBoundingClientRect().top ?? 0, point?.y ?? 0];
    });
    expect(sheet).toBeGreaterThan(844 / 2);
    expect(place, 'the county is between the toolbar and the sheet').toBeGreaterThan(toolbar);
    expect(place).toBeLessThan(sheet);
    await saveScreenshot(page, 'explore/phone');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('inside an embed, explore mode uses cooperative gestures: a one-finger drag scrolls the host page', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}embed-demo.html`, {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await page.waitForFunction(() => document.getElementById('stepper')?.shadowRoot?.querySelector('story-map')?.map !== undefined);
    await page.evaluate(() => document.getElementById('stepper')?.shadowRoot?.querySelector('story-map')?.ready);
    await page.evaluate(() => document.getElementById('stepper')?.scrollIntoView({block: 'center', behavior: 'instant'}));
    await page.locator('#stepper').getByRole('button', {name: 'Explore the map'}).click();
    const inner = () =>
      page.evaluate(() => {
        const storyMap = document.getElementById('stepper')?.shadowRoot?.querySelector('story-map');
        const box = storyMap?.map?.getCanvas().getBoundingClientRect();
        return {on: storyMap?.getMapState()?.explore.on, cooperative: storyMap?.map?.cooperativeGestures.isEnabled(), center: storyMap?.getMapState()?.center, box: box && {x: box.x + box.width / 2, y: box.y + box.height / 2}};
      });
    await expect.poll(async () => (await inner()).on).toBe(true);
    const before = await inner();
    expect(before.cooperative).toBe(true);
    const top = await scrollY(page);
    const {x, y} = before.box as {x: number; y: number};
    await touchDrag(page, [x, y + 40], [x, y - 60]);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(top + 30);
    expect((await inner()).center).toEqual(before.center);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('in a briefing, "/" finds a place for a projector-sized card, and the clicker still moves the story on', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}?mode=present#counties`, {viewport: {width: 1920, height: 1080}});
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    await page.keyboard.press('/');
    await page.keyboard.type('ganxian');
    await page.keyboard.press('Enter');
    const heading = page.locator('story-place-card h2');
    await heading.waitFor();
    expect(await heading.textContent()).toBe('赣县区');
    expect(await heading.evaluate((h2) => parseFloat(getComputedStyle(h2).fontSize))).toBeGreaterThanOrEqual(26);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'explore/briefing');
    // A clicker's click on the map: the next step, out of explore mode.
    const next = zhStory.steps[zhStory.steps.findIndex((step) => step.id === 'counties') + 1]?.id as string;
    await page.mouse.click(1500, 900);
    await waitForStep(page, next);
    expect((await state(page)).explore).toEqual({on: false, place: null});
    await page.keyboard.press('PageDown');
    await waitForStep(page, zhStory.steps[zhStory.steps.findIndex((step) => step.id === next) + 1]?.id as string);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('has no axe-core violations in explore mode with a card open (desktop and phone)', async () => {
    for (const viewport of [{width: 1280, height: 800}, {width: 390, height: 844}]) {
      const {page} = await openPageWithAxe(browser, `${baseUrl}#place=ganzhou-inland-port`, {viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600});
      try {
        await waitForMapReady(page);
        await page.locator('story-place-card h2').waitFor();
        await page.getByRole('combobox', {name: '查找地点'}).fill('ganzhou');
        await page.locator('.explore summary').click();
        expect(await axeViolations(page), `${viewport.width}×${viewport.height}`).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  }, 60_000);
});
