/**
 * `npm run bench`: measures the built story against the fair baseline (bench/baseline/: the same
 * picture at every step with bare MapLibre; docs/decisions/0010-fair-baseline.md) in one run, with
 * headless Chromium on loopback, measuring both pages the same way, and prints a table of ratios
 * and targets (issue #23). Numbers, not pass/fail: CI runs it as a smoke check and it exits 0.
 * Writes bench/results.json. Our page alone is also measured answering the reader (hover, clicks,
 * the finder: scripts/browser/interactions.ts), which the baseline cannot do.
 *
 * Run `npm run build` first; the baseline is built here. `npm run bench -- --only=load,scroll`
 * runs some of the parts (load, scroll, heap, lighthouse, interactions) and writes no results file.
 */
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {cpus} from 'node:os';
import {fileURLToPath} from 'node:url';
import {preview} from 'vite';
import type {Browser, Page} from 'playwright-core';
import {benchRows, formatTable} from './browser/bench-report.ts';
import type {Results} from './browser/bench-report.ts';
import {launchChromium} from './browser/chromium.ts';
import {measureHeap} from './browser/heap.ts';
import {CLICKS, measureInteractions, PHASES} from './browser/interactions.ts';
import type {Phase, PhaseResult} from './browser/interactions.ts';
import {cumulativeLayoutShift} from './browser/layout-shift.ts';
import type {LayoutShift} from './browser/layout-shift.ts';
import {medianOfRuns, PRESETS, runLighthouse} from './browser/lighthouse.ts';
import type {LighthouseResult, Preset} from './browser/lighthouse.ts';
import {gzipSizes, largestBodies, recordBodies} from './browser/page-bytes.ts';
import {firstVisiblePixels, installProbe, probeTime, probeTimeIfAny, readerMoves, waitForPageMapIdle} from './browser/page-probe.ts';
import type {ProbeWindow} from './browser/page-probe.ts';
import {median, percentile} from './browser/stats.ts';
import {settleTileCache, zhStory} from './browser/story-walk.ts';
import {MAP_CODE_MARK} from '../src/map/marks.ts';
import {palette} from '../src/map/palette.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const COLD_RUNS = 7;
/**
 * Scripted scrolls per page, alternating between the pages: one scroll's frame-time p95 on
 * software WebGL varied by ±20 % between runs of the same page (1.06, 1.38, 1.14 × the baseline).
 */
const SCROLL_RUNS = 5;
/** Reading speed for the scripted scroll, in pixels per second. */
const SCROLL_SPEED = 1200;
/** Lighthouse runs per page and preset; the table shows each number's median. */
const LIGHTHOUSE_RUNS = 3;
/** Both pages' map background: "more than the background" is what first visible map pixels waits for. */
const MAP_BACKGROUND = palette.provinceFill;
/** The far step each heap measurement jumps to and back from, so the tile caches hold its tiles. */
const AWAY = 'anyuan-solar';
const HOME = zhStory.steps[0]?.id as string;
const VIEWPORT = {width: 1280, height: 800};

const PARTS = ['load', 'scroll', 'heap', 'lighthouse', 'interactions'] as const;
type Part = (typeof PARTS)[number];
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const parts = new Set<Part>(onlyArg ? (onlyArg.slice('--only='.length).split(',') as Part[]) : PARTS);
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`npm run bench: unknown part "${part}"; the parts are ${PARTS.join(', ')}.`);

interface Target {
  name: 'ours' | 'baseline';
  url: string;
  /** Resolves when the page's first map picture is complete; returns performance.now() then. */
  firstIdle: (page: Page) => Promise<number>;
  /** Before a heap measurement: jumps to {@link AWAY} and back without a flight, so the tile caches hold the same tiles. */
  settle: (page: Page) => Promise<void>;
}

/** A page in a fresh context, with the probe (scripts/browser/page-probe.ts), watching pixels only when asked. */
async function open(browser: Browser, options: {pixels?: boolean} = {}): Promise<Page> {
  const context = await browser.newContext({viewport: VIEWPORT});
  await installProbe(context, options.pixels ? {pixelsOver: MAP_BACKGROUND} : {});
  return context.newPage();
}

async function coldLoad(browser: Browser, target: Target): Promise<{bytes: number; jsBytes: number; fcp: number; mapCode: number; firstPixels: number; firstPicture: number; moveToLive: number; idle: number}> {
  const page = await open(browser, {pixels: true});
  const responses = recordBodies(page);
  await page.goto(target.url);
  await readerMoves(page);
  const idle = await target.firstIdle(page);
  const firstPixels = await firstVisiblePixels(page).catch(() => Number.NaN);
  const poster = await probeTimeIfAny(page, 'posterPainted');
  const firstMove = await probeTime(page, 'firstMove');
  const {fcp, mapCode, laterOnly} = await page.evaluate(
    ({mark, idle}) => {
      const resources = performance.getEntriesByType('resource');
      const early = new Set(resources.filter((entry) => entry.startTime <= idle).map((entry) => entry.name));
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
        // The baseline has no mark: it runs MapLibre before anything else.
        mapCode: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
        // Asked for only after the first picture (the layers later steps show): not part of its bytes.
        laterOnly: resources.filter((entry) => entry.startTime > idle && !early.has(entry.name)).map((entry) => entry.name),
      };
    },
    {mark: MAP_CODE_MARK, idle},
  );
  const later = new Set(laterOnly);
  const bodies = largestBodies(await responses(), (url) => !later.has(url));
  await page.context().close();
  // Compressed only now: gzip on this machine's cores while the page loads would slow the page.
  const all = gzipSizes(bodies);
  return {
    bytes: all.reduce((sum, r) => sum + r.gzip, 0),
    jsBytes: all.filter((r) => /\.m?js(\?|$)/.test(r.url)).reduce((sum, r) => sum + r.gzip, 0),
    fcp,
    mapCode,
    firstPixels,
    // What the map area shows first: our poster (the opening step's picture) or the live canvas.
    firstPicture: Math.min(poster ?? Number.POSITIVE_INFINITY, firstPixels),
    // A baseline already idle when the reader moves waited for nothing.
    moveToLive: Math.max(0, idle - firstMove),
    idle,
  };
}

interface ScrollResult {
  longTasks: number;
  ownLongTasks: number;
  rafP95: number;
  stepResponse: number;
  stepFrame: number;
  cls: number;
  distance: number;
}

/** Scrolls the whole page at reading speed; records long tasks, frame intervals, step response and layout shifts. */
async function scriptedScroll(browser: Browser, target: Target): Promise<ScrollResult> {
  const page = await open(browser);
  await page.goto(target.url);
  await readerMoves(page);
  await target.firstIdle(page);
  const result = await page.evaluate(async (speed) => {
    const map = (window as unknown as ProbeWindow).__pageMap();
    if (!map) throw new Error('no map');
    let longTasks = 0;
    new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({type: 'longtask'});
    // A long task is ours when our scripts ran > 50 ms in it; MapLibre is a file of its own.
    let ownLongTasks = 0;
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as unknown as {blockingDuration: number; scripts: {sourceURL: string; duration: number}[]}[]) {
        const ownScripts = frame.scripts.filter((script) => !/\/maplibre-[^/]*\.js/.test(script.sourceURL));
        if (frame.blockingDuration > 0 && ownScripts.reduce((sum, script) => sum + script.duration, 0) > 50) ownLongTasks++;
      }
    }).observe({type: 'long-animation-frame'});
    const shifts: LayoutShift[] = [];
    const shiftObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as LayoutShift[]) shifts.push({startTime: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput});
    });
    shiftObserver.observe({type: 'layout-shift'});
    // From a step's trigger to the camera's start (`movestart`, inside the call that moves it) and
    // to the first frame MapLibre renders of the move.
    const responses: number[] = [];
    const firstFrames: number[] = [];
    let triggered: number | undefined;
    let moving = false;
    const onStep = () => {
      triggered = performance.now();
      moving = false;
    };
    document.addEventListener('story-step-enter', onStep);
    window.addEventListener('baseline-step', onStep);
    map.on('movestart', () => {
      if (triggered === undefined || moving) return;
      responses.push(performance.now() - triggered);
      moving = true;
    });
    map.on('render', () => {
      if (triggered === undefined || !moving) return;
      firstFrames.push(performance.now() - triggered);
      triggered = undefined;
      moving = false;
    });
    const intervals: number[] = [];
    const end = document.documentElement.scrollHeight - innerHeight;
    await new Promise<void>((resolve) => {
      let last = performance.now();
      const frame = (now: number) => {
        intervals.push(now - last);
        window.scrollBy(0, (speed * (now - last)) / 1000);
        last = now;
        if (scrollY >= end - 2) resolve();
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    // Shifts are reported after the frame that made them.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const entry of shiftObserver.takeRecords() as unknown as LayoutShift[]) shifts.push({startTime: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput});
    return {longTasks, ownLongTasks, intervals, responses, firstFrames, shifts, distance: end};
  }, SCROLL_SPEED);
  await page.context().close();
  return {
    longTasks: result.longTasks,
    ownLongTasks: result.ownLongTasks,
    rafP95: percentile(result.intervals.slice(5), 95),
    stepResponse: median(result.responses),
    stepFrame: median(result.firstFrames),
    cls: cumulativeLayoutShift(result.shifts),
    distance: result.distance,
  };
}

/** Our page only, opened at a deep link: long tasks and Event Timing on hover, clicks and finder keys. */
async function interactions(browser: Browser, target: Target, step: string): Promise<Record<Phase, PhaseResult>> {
  const page = await open(browser);
  await page.goto(`${target.url}#${step}`);
  try {
    return await measureInteractions(page, step);
  } finally {
    await page.context().close();
  }
}

/** JS heap after 5 fast round trips through the page relative to after the first: all of it, and without V8's compiled code. */
async function heapRatio(browser: Browser, target: Target): Promise<{total: number; retained: number}> {
  const page = await open(browser);
  await page.goto(target.url);
  await readerMoves(page);
  await target.firstIdle(page);
  const session = await page.context().newCDPSession(page);
  const roundTrip = () =>
    page.evaluate(async () => {
      const end = document.documentElement.scrollHeight;
      for (let y = 0; y <= end; y += innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      for (let y = end; y >= 0; y -= innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    });
  await roundTrip();
  await target.settle(page);
  const first = await measureHeap(session);
  for (let trip = 2; trip <= 5; trip++) await roundTrip();
  await target.settle(page);
  const last = await measureHeap(session);
  await page.context().close();
  return {total: last.total / first.total, retained: last.retained / first.retained};
}

execFileSync(`${root}node_modules/.bin/vite`, ['build', '--config', 'bench/vite.baseline.config.ts', '--logLevel', 'error'], {cwd: root, stdio: 'inherit'});
const ours = await preview({root, preview: {host: '127.0.0.1', port: 0}, logLevel: 'silent'});
const baseline = await preview({root, build: {outDir: 'dist-bench/baseline'}, preview: {host: '127.0.0.1', port: 0}, logLevel: 'silent'});
const targets: Target[] = [
  {
    name: 'ours',
    url: `${ours.resolvedUrls?.local[0] ?? ''}`,
    // `story-map-ready`: the first idle after the opening step is applied, when its canvas shows.
    firstIdle: (page) => probeTime(page, 'storyReady'),
    // Jumps with reduced motion (no flight), then restores the reader's setting.
    settle: (page) => settleTileCache(page, AWAY, HOME),
  },
  {
    name: 'baseline',
    url: `${baseline.resolvedUrls?.local[0] ?? ''}`,
    firstIdle: (page) => probeTime(page, 'mapIdle'),
    settle: async (page) => {
      for (const id of [AWAY, HOME]) {
        await page.evaluate((id) => (window as unknown as {baseline: {goTo(id: string, options: {instant: boolean}): void}}).baseline.goTo(id, {instant: true}), id);
        await waitForPageMapIdle(page);
      }
    },
  },
];

const browser = await launchChromium();
const results: Record<string, Results> = {ours: {}, baseline: {}};
let interactionRun: Record<Phase, PhaseResult> | undefined;
const perRun = (values: number[], digits = 0) => values.map((value) => value.toFixed(digits)).join(', ');
const notes: string[] = [];
try {
  // Cold loads and scrolls alternate between the pages: a machine that slows down during the run slows both.
  if (parts.has('load')) {
    const loads = new Map<Target, Awaited<ReturnType<typeof coldLoad>>[]>(targets.map((target) => [target, []]));
    for (let run = 0; run < COLD_RUNS; run++) for (const target of targets) loads.get(target)?.push(await coldLoad(browser, target));
    for (const [target, runs] of loads) {
      Object.assign(results[target.name] as Results, {
        bytesKb: median(runs.map((l) => l.bytes)) / 1024,
        jsKb: median(runs.map((l) => l.jsBytes)) / 1024,
        fcpMs: median(runs.map((l) => l.fcp)),
        mapCodeMs: median(runs.map((l) => l.mapCode)),
        firstPixelsMs: median(runs.map((l) => l.firstPixels)),
        firstPixelsRunsMs: runs.map((l) => l.firstPixels),
        firstPictureMs: median(runs.map((l) => l.firstPicture)),
        moveToLiveMs: median(runs.map((l) => l.moveToLive)),
        firstIdleMs: median(runs.map((l) => l.idle)),
        firstIdleRunsMs: runs.map((l) => l.idle),
      });
      notes.push(
        `${target.name}: each cold load's first map picture (ms) ${perRun(runs.map((l) => l.firstPicture))}; first visible live-map pixels ${perRun(runs.map((l) => l.firstPixels))}; ` +
          `first map idle ${perRun(runs.map((l) => l.idle))}; reader's first move → live map ${perRun(runs.map((l) => l.moveToLive))}`,
      );
    }
  }
  if (parts.has('scroll')) {
    const scrolls = new Map<Target, ScrollResult[]>(targets.map((target) => [target, []]));
    for (let run = 0; run < SCROLL_RUNS; run++) for (const target of targets) scrolls.get(target)?.push(await scriptedScroll(browser, target));
    for (const [target, runs] of scrolls) {
      Object.assign(results[target.name] as Results, {
        // Long tasks and layout shift: the worst scroll, so one in any run shows.
        longTasks: Math.max(...runs.map((r) => r.longTasks)),
        ownLongTasks: Math.max(...runs.map((r) => r.ownLongTasks)),
        rafP95Ms: median(runs.map((r) => r.rafP95)),
        rafP95RunsMs: runs.map((r) => r.rafP95),
        stepFrameMs: median(runs.map((r) => r.stepFrame)),
        stepFrameRunsMs: runs.map((r) => r.stepFrame),
        stepResponseMs: median(runs.map((r) => r.stepResponse)),
        readingCls: Math.max(...runs.map((r) => r.cls)),
        readingClsRuns: runs.map((r) => r.cls),
        scrollDistancePx: median(runs.map((r) => r.distance)),
      });
      notes.push(
        `${target.name}: scroll distance ${median(runs.map((r) => r.distance))} px; each scroll's rAF interval p95 (ms) ${perRun(runs.map((r) => r.rafP95))}, ` +
          `step trigger → first frame median (ms) ${perRun(runs.map((r) => r.stepFrame), 1)}, layout shift ${perRun(runs.map((r) => r.cls), 3)}`,
      );
    }
  }
  if (parts.has('heap')) {
    for (const target of targets) {
      const ratio = await heapRatio(browser, target);
      Object.assign(results[target.name] as Results, {heap_total: ratio.total, heap_retained: ratio.retained});
    }
  }
  if (parts.has('lighthouse')) {
    const runs = new Map<string, LighthouseResult[]>();
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
      for (const preset of PRESETS) for (const target of targets) runs.set(`${target.name} ${preset}`, [...(runs.get(`${target.name} ${preset}`) ?? []), await runLighthouse(target.url, preset)]);
    }
    for (const [key, presetRuns] of runs) {
      const [name, preset] = key.split(' ') as [Target['name'], Preset];
      const m = medianOfRuns(presetRuns);
      Object.assign(results[name] as Results, {
        [`lighthouse_${preset}_performance`]: m.performance,
        [`lighthouse_${preset}_accessibility`]: m.accessibility,
        [`lighthouse_${preset}_lcpS`]: m.lcpMs / 1000,
        [`lighthouse_${preset}_tbtMs`]: m.tbtMs,
        [`lighthouse_${preset}_cls`]: m.cls,
        [`lighthouse_${preset}_speedIndexS`]: m.speedIndexMs / 1000,
      });
      notes.push(`${name}: Lighthouse ${preset} performance of each run ${perRun(presetRuns.map((r) => r.performance))}; LCP (ms) ${perRun(presetRuns.map((r) => r.lcpMs))}; TBT (ms) ${perRun(presetRuns.map((r) => r.tbtMs))}`);
    }
  }
  if (parts.has('interactions')) {
    // The baseline has no place card, pointer cursor or finder: ours alone, once.
    interactionRun = await interactions(browser, targets[0] as Target, 'counties');
    // Each phase's numbers, as `hover_longTasks`, `click_worstInteractionMs` …; the texts are printed below.
    for (const [phase, run] of Object.entries(interactionRun)) {
      for (const [name, value] of Object.entries(run)) if (typeof value === 'number') (results.ours as Results)[`${phase}_${name}`] = value;
    }
  }
} finally {
  await browser.close();
  await ours.close();
  await baseline.close();
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium (SwiftShader WebGL)`;
console.log(`npm run bench${onlyArg ? ` ${onlyArg}` : ''} — ${new Date().toISOString().slice(0, 10)} — ${machine}\n`);
console.log(formatTable(benchRows(results.ours as Results, results.baseline as Results, {coldRuns: COLD_RUNS, scrollRuns: SCROLL_RUNS, lighthouseRuns: LIGHTHOUSE_RUNS})));
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
if (interactionRun) {
  // An Event Timing duration runs from the input to the next paint, in steps of 8 ms.
  console.log(`Interactions (ours, #counties): ${interactionRun.click.cardsOpened} of ${CLICKS} clicks opened a place card; the longest event of each phase:`);
  for (const phase of PHASES) {
    const run = interactionRun[phase];
    console.log(`  ${phase}: ${run.worstEvent}`);
    for (const frame of run.longFrames) console.log(`    long animation frame: ${frame}`);
  }
}
if (!onlyArg) writeFileSync(`${root}bench/results.json`, `${JSON.stringify({date: new Date().toISOString(), machine, results}, null, 2)}\n`);
