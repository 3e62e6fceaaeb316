/**
 * How quickly our page answers the reader (#22: "no new long task > 50 ms of ours on a click, a
 * hover or a finder keystroke"), for `npm run bench`. On a page already opened at a deep link, it
 * waits for `<story-map>`'s `ready` and the step's idle map, then runs three phases, each ended by
 * an idle map: 60 mouse moves over the map, clicks on 5 county label points (each card closed
 * with Esc), and the finder (`/`, then "ganzhou" and "ruijin" typed a key at a time). In the page
 * it records `longtask` entries, Event Timing entries (`event`, durationThreshold 16: an event's
 * time from input to the next paint; entries of one tap or key share an `interactionId`, as INP
 * counts them) and long animation frames, whose scripts say whose code ran. Measures only.
 */
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import type {Position} from 'geojson';
import {waitForMapIdle, waitForStep} from './story-walk.ts';

export type Phase = 'hover' | 'click' | 'finder';
export const PHASES: readonly Phase[] = ['hover', 'click', 'finder'];

export interface PhaseResult {
  /** Long tasks (> 50 ms) that started during the phase. */
  longTasks: number;
  /** The longest of them (ms); 0 when there was none. */
  longestTaskMs: number;
  /**
   * The worst interaction: the longest Event Timing duration among the events of one tap or key
   * (ms, a multiple of 8; 0 when none reached 16 ms). A mouse move is no interaction, and Event
   * Timing has no entries for `mousemove`: on hover, the events that count are the pointer's
   * `over`/`out`/`enter`/`leave`.
   */
  worstInteractionMs: number;
  /** The longest Event Timing entry of the phase, interaction or not (ms; 0 when none reached 16 ms). */
  worstEventMs: number;
  /** What the longest entry was: its event type and its duration's parts (input delay, handlers, to the next paint). */
  worstEvent: string;
  /** Finder only: the worst interaction among the keys typed into the box, after `/` has opened it (ms). */
  worstTypedKeyMs?: number;
  /** Each long animation frame with blocking time: its length and the scripts that ran longest in it. */
  longFrames: string[];
  /** Clicks only: how many of the clicks opened a place card (of 5). */
  cardsOpened?: number;
}

/** Where the phases' mouse moves go: right of the text column, over the map. */
const HOVER = {moves: 60, everyMs: 16, x: [700, 1200], y: [200, 600]} as const;
export const CLICKS = 5;
const FINDER = {words: ['ganzhou', 'ruijin'], everyMs: 100, label: '查找地点'} as const;

/** What each phase does, for a table's rows. */
export const PHASE_LABELS: Record<Phase, string> = {
  hover: `${HOVER.moves} mouse moves over the map, ${HOVER.everyMs} ms apart`,
  click: `${CLICKS} clicks on county labels, each card closed with Esc`,
  finder: `the finder: “/”, then ${FINDER.words.map((word) => `“${word}”`).join(' and ')} typed a key every ${FINDER.everyMs} ms`,
};

/** What the page keeps: installed after `ready`, read once at the end. */
interface PageRecord {
  longTasks: {start: number; duration: number}[];
  events: {name: string; start: number; duration: number; processingStart: number; processingEnd: number; interactionId: number}[];
  frames: {start: number; duration: number; blocking: number; scripts: {name: string; duration: number}[]}[];
}

const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - performance.now())));
const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** The first `count` counties' label points ([lon, lat], geo/counties.geojson), in file order. */
function countyLabels(count: number): Position[] {
  const counties = JSON.parse(readFileSync(new URL('../../geo/counties.geojson', import.meta.url), 'utf8')) as {features: {properties: {label: Position}}[]};
  return counties.features.slice(0, count).map((feature) => feature.properties.label);
}

/** Where a [lon, lat] is on the page: projected by `<story-map>`'s map, plus its canvas's offset. */
export function onPage(page: Page, [lon, lat]: Position): Promise<[number, number]> {
  return page.evaluate(
    ([lon, lat]) => {
      const map = document.querySelector('story-map')?.map;
      const canvas = map?.getCanvas().getBoundingClientRect();
      const point = map?.project([lon as number, lat as number]);
      return [(canvas?.left ?? 0) + (point?.x ?? 0), (canvas?.top ?? 0) + (point?.y ?? 0)] as [number, number];
    },
    [lon, lat],
  );
}

async function hover(page: Page): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < HOVER.moves; i++) {
    // Left to right, and up and down twice: across the county labels and borders.
    const t = i / (HOVER.moves - 1);
    const x = HOVER.x[0] + (HOVER.x[1] - HOVER.x[0]) * t;
    const y = (HOVER.y[0] + HOVER.y[1]) / 2 + ((HOVER.y[1] - HOVER.y[0]) / 2) * Math.sin(t * 4 * Math.PI);
    await page.mouse.move(x, y);
    await sleepUntil(start + (i + 1) * HOVER.everyMs);
  }
}

/** Clicks each point; each opens a place card, which Esc closes. Returns how many cards opened. */
async function clicks(page: Page): Promise<number> {
  const card = page.locator('story-place-card');
  let opened = 0;
  for (const label of countyLabels(CLICKS)) {
    await page.mouse.click(...(await onPage(page, label)));
    opened += await card.waitFor({timeout: 5000}).then(
      () => 1,
      () => 0,
    );
    await waitForMapIdle(page);
    await page.keyboard.press('Escape');
    await card.waitFor({state: 'detached', timeout: 5000}).catch(() => undefined);
    await waitForMapIdle(page);
  }
  return opened;
}

/** Opens the finder with `/` and types into it; returns the page's time when typing began. */
async function finder(page: Page): Promise<number> {
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', {name: FINDER.label});
  await box.waitFor();
  // Typed before the box has the focus, a key would go to the page ("j" is the next step).
  await page.waitForFunction(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.getAttribute('role') === 'combobox';
  });
  await waitForMapIdle(page);
  const keys = FINDER.words.flatMap((word, i) => [...(i > 0 ? ['Control+A', 'Backspace'] : []), ...word]);
  const typing = await pageNow(page);
  const start = performance.now();
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    await sleepUntil(start + (i + 1) * FINDER.everyMs);
  }
  return typing;
}

/**
 * Runs the three phases on `page`, opened (not yet ready) at `#<step>` in a 1280 × 800 viewport,
 * and returns each phase's numbers. Throws when the browser lacks the entry types.
 */
export async function measureInteractions(page: Page, step: string): Promise<Record<Phase, PhaseResult>> {
  await page.waitForFunction(() => customElements.get('story-map') !== undefined, undefined, {timeout: 60_000});
  await page.evaluate(() => document.querySelector('story-map')?.ready);
  await waitForStep(page, step);
  const supported = await page.evaluate(() => {
    const record: PageRecord = {longTasks: [], events: [], frames: []};
    Object.assign(window, {__interactions: record});
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push({start: entry.startTime, duration: entry.duration});
    }).observe({type: 'longtask'});
    // Every event of 16 ms or more (the least the API allows; its default is 104). TypeScript's
    // DOM types do not know durationThreshold yet.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        const {name, startTime: start, duration, processingStart, processingEnd, interactionId} = entry;
        record.events.push({name, start, duration, processingStart, processingEnd, interactionId});
      }
    }).observe({type: 'event', durationThreshold: 16, buffered: true} as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as unknown as {startTime: number; duration: number; blockingDuration: number; scripts: {invoker: string; sourceURL: string; sourceFunctionName: string; duration: number}[]}[]) {
        if (frame.blockingDuration === 0) continue;
        const scripts = [...frame.scripts]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3)
          .map((script) => ({name: `${script.invoker} → ${script.sourceFunctionName || '(anonymous)'} in ${script.sourceURL.split('/').pop() || '(inline)'}`, duration: script.duration}));
        record.frames.push({start: frame.startTime, duration: frame.duration, blocking: frame.blockingDuration, scripts});
      }
    }).observe({type: 'long-animation-frame'});
    return {
      eventTiming: PerformanceObserver.supportedEntryTypes.includes('event') && 'interactionId' in PerformanceEventTiming.prototype,
      longTask: PerformanceObserver.supportedEntryTypes.includes('longtask'),
    };
  });
  if (!supported.eventTiming || !supported.longTask) throw new Error(`This Chromium lacks Event Timing with interactionId or long tasks: ${JSON.stringify(supported)}`);

  const windows = new Map<Phase, [number, number]>();
  let cardsOpened = 0;
  let typing = Number.POSITIVE_INFINITY;
  for (const phase of PHASES) {
    const start = await pageNow(page);
    if (phase === 'hover') await hover(page);
    if (phase === 'click') cardsOpened = await clicks(page);
    if (phase === 'finder') typing = await finder(page);
    await waitForMapIdle(page);
    // Event Timing reports an event after the paint that follows it: wait for the last ones.
    await page.waitForTimeout(500);
    windows.set(phase, [start, await pageNow(page)]);
  }
  const record = await page.evaluate(() => (window as unknown as {__interactions: PageRecord}).__interactions);

  const results = {} as Record<Phase, PhaseResult>;
  for (const [phase, [start, end]] of windows) {
    const within = <T extends {start: number}>(entries: T[]) => entries.filter((entry) => entry.start >= start && entry.start < end);
    const longTasks = within(record.longTasks);
    const events = within(record.events);
    const worst = events.reduce<(typeof events)[number] | undefined>((a, b) => (a && a.duration >= b.duration ? a : b), undefined);
    const worstInteraction = (from: number) => Math.max(0, ...events.filter((event) => event.interactionId > 0 && event.start >= from).map((event) => event.duration));
    results[phase] = {
      longTasks: longTasks.length,
      longestTaskMs: Math.max(0, ...longTasks.map((task) => task.duration)),
      worstInteractionMs: worstInteraction(start),
      worstEventMs: worst?.duration ?? 0,
      worstEvent: worst
        ? `${worst.name} ${worst.duration} ms: input delay ${(worst.processingStart - worst.start).toFixed(0)}, handlers ${(worst.processingEnd - worst.processingStart).toFixed(0)}, to the next paint ${(worst.start + worst.duration - worst.processingEnd).toFixed(0)}`
        : 'none ≥ 16 ms',
      longFrames: within(record.frames).map(
        (frame) => `${frame.duration.toFixed(0)} ms frame (${frame.blocking.toFixed(0)} ms blocking): ${frame.scripts.map((script) => `${script.name} ${script.duration.toFixed(0)} ms`).join('; ') || 'no script over 5 ms'}`,
      ),
      ...(phase === 'click' ? {cardsOpened} : {}),
      ...(phase === 'finder' ? {worstTypedKeyMs: worstInteraction(typing)} : {}),
    };
  }
  return results;
}
