import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {LAYER_NAMES} from '../../src/story/schema.ts';
import {HASH_THROTTLE_MS} from '../../src/components/hash-sync-controller.ts';
import {launchChromium, measureHeap, openPage, waitForMapReady} from './browser.ts';
import {highlightedOnMap, inside, scrollToStep, settleTileCache, stepBounds, visibleOnMap, waitForStep, zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');
const SLACK = 0.02;
const grow = ([w, s, e, n]: [number, number, number, number]): [number, number, number, number] => [w - SLACK, s - SLACK, e + SLACK, n + SLACK];
const stepById = (id: string) => zhStory.steps.find((s) => s.id === id) as (typeof zhStory.steps)[number];

async function expectStep(page: Page, id: string): Promise<void> {
  const state = await waitForStep(page, id);
  const step = stepById(id);
  expect(await visibleOnMap(page), id).toEqual(LAYER_NAMES.filter((layer) => step.layers.includes(layer)));
  expect((await highlightedOnMap(page)).sort(), id).toEqual([...step.highlight].sort());
  expect(inside(state.center, grow(stepBounds(step))), `${id}: centre ${state.center.join(', ')}`).toBe(true);
}

/** Resizes the page and waits until the story has framed its step again (once the resize settles, the step is entered anew). */
async function resizeAndReframe(page: Page, viewport: {width: number; height: number}): Promise<void> {
  const reframed = page.evaluate(() => new Promise((resolve) => document.addEventListener('story-step-enter', resolve, {once: true})));
  await page.setViewportSize(viewport);
  await reframed;
}

describe('rough reading', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('re-frames the step after a resize and a rotation during a flight', async () => {
    const {page} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await page.evaluate(() => document.querySelector('story-map')?.goTo('xingquan-railway'));
    // A rotation right after the phone-sized re-framing.
    await resizeAndReframe(page, {width: 390, height: 844});
    await resizeAndReframe(page, {width: 844, height: 390});
    await expectStep(page, 'xingquan-railway');
    await resizeAndReframe(page, {width: 1280, height: 800});
    await expectStep(page, 'xingquan-railway');
  }, 60_000);

  it('keeps the reader’s place in the text when a phone’s address bar slides in and out', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`, {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await waitForMapReady(page);
    await scrollToStep(page, 'energy', 0.5);
    await expectStep(page, 'energy');
    const before = await page.evaluate(() => window.scrollY);
    // The bar takes 56 px and gives them back. (Emulation resizes the small viewport too, which a
    // phone does not: the text moves a little, yet the step stays under the trigger line.)
    for (const height of [788, 844]) {
      await resizeAndReframe(page, {width: 390, height});
      expect(await page.evaluate(() => window.scrollY), `${height} px high`).toBe(before);
      await expectStep(page, 'energy');
    }
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('follows a deep-link jump made during a flight, and back/forward between deep links', async () => {
    const {page} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await page.evaluate(() => document.querySelector('story-map')?.goTo('ganshen-hsr'));
    await page.evaluate(() => (location.hash = '#meijiang'));
    await expectStep(page, 'meijiang');
    await page.goto(`${baseUrl}#anyuan`);
    await expectStep(page, 'anyuan');
    await page.goBack();
    await expectStep(page, 'meijiang');
    await page.goForward();
    await expectStep(page, 'anyuan');
  }, 60_000);

  it('keeps the address on the step through 150 step changes in a second, within Safari’s limit on history.replaceState', async () => {
    const {page, consoleErrors} = await openPage(browser, 'about:blank');
    // Safari's rule, played in Chromium: more than 100 replaceState calls in 30 s throw a SecurityError.
    await page.addInitScript(() => {
      const calls: number[] = [];
      const replaceState = History.prototype.replaceState;
      History.prototype.replaceState = function (...args: Parameters<History['replaceState']>) {
        const now = performance.now();
        calls.push(now);
        if (calls.filter((time) => now - time < 30_000).length > 100) throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
        replaceState.apply(this, args);
      };
      Object.assign(window, {__replaceStateCalls: calls});
    });
    await page.goto(`${baseUrl}#counties`);
    await waitForMapReady(page);
    const {last, elapsed, calls} = await page.evaluate(async () => {
      const element = document.querySelector('story-map');
      const ids = element?.steps ?? [];
      const callsBefore = (window as unknown as {__replaceStateCalls: number[]}).__replaceStateCalls.length;
      const start = performance.now();
      for (let change = 0; change < 150; change++) {
        element?.goTo(ids[change % ids.length] as string, {instant: true});
        await new Promise((resolve) => setTimeout(resolve, 4));
      }
      const elapsed = performance.now() - start;
      return {last: ids[149 % ids.length] as string, elapsed, calls: (window as unknown as {__replaceStateCalls: number[]}).__replaceStateCalls.length - callsBefore};
    });
    await page.waitForFunction((last) => location.hash === `#${last}`, last);
    expect(await page.evaluate(() => document.querySelector('story-map')?.currentStep)).toBe(last);
    // At most one write per throttle interval, plus the first.
    expect(calls).toBeLessThanOrEqual(Math.ceil(elapsed / HASH_THROTTLE_MS) + 1);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('never writes a step over an address the reader has just set', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await page.evaluate(() => {
      const element = document.querySelector('story-map');
      element?.goTo('energy', {instant: true});
      // Within the throttle interval: this step's address waits.
      element?.goTo('meijiang', {instant: true});
      location.hash = '#anyuan';
    });
    await expectStep(page, 'anyuan');
    // The scenario: past the time the waiting write was due.
    await page.waitForTimeout(HASH_THROTTLE_MS + 100);
    expect(await page.evaluate(() => [location.hash, document.querySelector('story-map')?.currentStep])).toEqual(['#anyuan', 'anyuan']);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('keeps the step the reader chose while a resize settles (embedded stepper)', async () => {
    const {page} = await openPage(browser, `${baseUrl}embed.html?mode=stepper`, {viewport: {width: 800, height: 900}});
    await waitForMapReady(page);
    const [first, second] = zhStory.steps.map((step) => step.id);
    expect(await page.evaluate(() => document.querySelector('story-map')?.currentStep)).toBe(first);
    const entered = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const ids: string[] = [];
          document.addEventListener('story-step-enter', (event) => {
            ids.push(event.detail.id);
            if (ids.length === 2) resolve(ids);
          });
          // A resize (a pym parent fitting the iframe to the new height), then Next at once.
          window.dispatchEvent(new Event('resize'));
          const stepper = document.querySelector('story-map')?.shadowRoot?.querySelector('story-stepper');
          stepper?.shadowRoot?.querySelectorAll('button')[1]?.click();
        }),
    );
    // Next, then the re-framing once the resize settles: of the step chosen, not the one before.
    expect(entered).toEqual([second, second]);
    expect(await page.evaluate(() => document.querySelector('story-map')?.currentStep)).toBe(second);
  }, 60_000);

  it('keeps its state when the tab goes to the background and comes back', async () => {
    const {page} = await openPage(browser, `${baseUrl}#energy`);
    await waitForMapReady(page);
    await expectStep(page, 'energy');
    const other = await page.context().newPage();
    await other.goto('about:blank');
    await other.bringToFront();
    // The scenario: a second in the background (not a wait for anything).
    await page.waitForTimeout(1000);
    await page.bringToFront();
    await scrollToStep(page, 'meijiang');
    await expectStep(page, 'meijiang');
  }, 60_000);

  it('7 full scroll round trips: no growth in event listeners or map layers, no requests, JS heap ≤ 1.05× that of the first trips', async () => {
    const {page} = await openPage(browser, baseUrl);
    await waitForMapReady(page);
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    const home = zhStory.steps[0]?.id as string;
    const measure = async () => {
      await settleTileCache(page, 'anyuan-solar', home);
      // Count what is still reachable: listeners on garbage awaiting collection do not leak.
      await session.send('HeapProfiler.collectGarbage');
      const {metrics} = await session.send('Performance.getMetrics');
      const listeners = metrics.find((m) => m.name === 'JSEventListeners')?.value ?? 0;
      const layers = await page.evaluate(() => document.querySelector('story-map')?.map?.getStyle().layers.length ?? 0);
      // Chrome re-requests a linked favicon on every history.replaceState (each step's deep link).
      const requests = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      return {listeners, layers, requests, heap: await measureHeap(session)};
    };
    const roundTrip = async () => {
      const ids = zhStory.steps.filter((_, index) => index % 3 === 0).map((s) => s.id);
      for (const id of [...ids, ...[...ids].reverse()]) {
        await scrollToStep(page, id, 0.5);
        await page.waitForTimeout(60);
      }
      await scrollToStep(page, home);
      await waitForStep(page, home);
    };
    const after: Awaited<ReturnType<typeof measure>>[] = [];
    for (let trip = 1; trip <= 7; trip++) {
      await roundTrip();
      if (trip !== 4) after.push(await measure());
    }
    const first = after[0] as (typeof after)[number];
    const last = after.at(-1) as (typeof after)[number];
    expect(last.listeners).toBeLessThanOrEqual(first.listeners);
    expect(last.layers).toBe(first.layers);
    expect(last.requests.slice(first.requests.length), 'requests during trips 2–7').toEqual([]);
    // Medians of trips 1–3 and 5–7: with the tile cache settled, the heap still steps up now and
    // then by ≈ 0.2 MB between two trips (once in 10 trips, cause not traced).
    const median = (samples: typeof after) => samples.map((sample) => sample.heap.retained).sort((a, b) => a - b)[1] as number;
    const early = median(after.slice(0, 3));
    const late = median(after.slice(3));
    const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    const heapLog = `retained ${(late / early).toFixed(3)}× (trips 1–3: ${after.slice(0, 3).map((a) => megabytes(a.heap.retained)).join(', ')}; 5–7: ${after.slice(3).map((a) => megabytes(a.heap.retained)).join(', ')}); V8 compiled code ${megabytes(first.heap.compiledCode)} → ${megabytes(last.heap.compiledCode)}`;
    console.info(heapLog);
    // V8 keeps compiling hot functions for many trips (≈ +0.85 MB of code from trip 1 to trip 7);
    // what must not grow is what the page keeps: tiles, features, listeners, DOM.
    expect(late / early, heapLog).toBeLessThanOrEqual(1.05);
  }, 300_000);
});
