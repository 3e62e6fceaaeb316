/**
 * `npm run bench`: measures the built story against a bare-MapLibre baseline (bench/baseline/)
 * in one run, with headless Chromium on loopback, and prints a table of ratios. Numbers, not
 * pass/fail: CI runs it as a smoke check. Writes bench/results.json. Our page alone is also
 * measured answering the reader (hover, clicks, the finder: scripts/browser/interactions.ts), which
 * the baseline cannot do.
 *
 * Run `npm run build` first; the baseline is built here.
 */
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import type {AddressInfo} from 'node:net';
import {cpus} from 'node:os';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {preview} from 'vite';
import type {Browser, Page} from 'playwright-core';
import type {Map as MapLibreMap} from 'maplibre-gl';
import lighthouse from 'lighthouse';
import {launchChromium} from './browser/chromium.ts';
import {measureHeap} from './browser/heap.ts';
import {CLICKS, measureInteractions, PHASE_LABELS, PHASES} from './browser/interactions.ts';
import type {Phase, PhaseResult} from './browser/interactions.ts';
import {settleTileCache, zhStory} from './browser/story-walk.ts';
import {MAP_CODE_MARK} from '../src/map/marks.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const COLD_RUNS = 7;
/**
 * Scripted scrolls per page, alternating between the pages: one scroll's frame-time p95 on
 * software WebGL varied by ±20 % between runs of the same page (1.06, 1.38, 1.14 × the baseline).
 */
const SCROLL_RUNS = 5;
/** Reading speed for the scripted scroll, in pixels per second. */
const SCROLL_SPEED = 1200;

interface Target {
  name: 'ours' | 'baseline';
  url: string;
  /** Resolves in the page when the first map frame is complete; returns performance.now() then. */
  firstIdle: (page: Page) => Promise<number>;
  /** Before a heap measurement: puts the map's tile cache in a known state, where it can vary. */
  settle?: (page: Page) => Promise<void>;
}

/**
 * Init script for every page: tsx (esbuild keepNames) wraps named functions in `__name(...)`, so
 * page functions need it defined there too; and the time of our first map `idle`, taken in the
 * `story-map-ready` listener — synchronously, before the page's own `ready` handlers start
 * downloading the later layers (a bench `await ready` could run after them and count their bytes).
 */
const PAGE_SHIM = `globalThis.__name = globalThis.__name || ((fn) => fn);
document.addEventListener('story-map-ready', () => { globalThis.__storyReady ??= performance.now(); });`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function coldLoad(browser: Browser, target: Target): Promise<{bytes: number; jsBytes: number; fcp: number; mapCode: number; idle: number}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  await context.addInitScript(PAGE_SHIM);
  const page = await context.newPage();
  const bodies: Promise<{url: string; body: Buffer}>[] = [];
  page.on('response', (response) => {
    bodies.push(response.body().then((body) => ({url: response.url(), body})).catch(() => ({url: response.url(), body: Buffer.alloc(0)})));
  });
  await page.goto(target.url);
  const idle = await target.firstIdle(page);
  const {fcp, mapCode, laterRequests} = await page.evaluate(
    ({mark, idle}) => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      // The baseline has no mark: it runs MapLibre before anything else.
      mapCode: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
      // Asked for after the first frame (the layers later steps show): not part of its bytes.
      laterRequests: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime > idle)
        .map((entry) => entry.name),
    }),
    {mark: MAP_CODE_MARK, idle},
  );
  // Compressed only now: gzip on this machine's cores while the page loads would slow the page.
  const later = new Set(laterRequests);
  // One count per file: MapLibre's worker imports the file of code it shares with the page, which
  // the browser then revalidates from its cache instead of downloading again.
  const files = new Map((await Promise.all(bodies)).filter(({url}) => !later.has(url)).map(({url, body}) => [url, body]));
  const all = [...files].map(([url, body]) => ({url, gzip: gzipSync(body, {level: 9}).length}));
  await context.close();
  return {
    bytes: all.reduce((sum, r) => sum + r.gzip, 0),
    jsBytes: all.filter((r) => /\.m?js(\?|$)/.test(r.url)).reduce((sum, r) => sum + r.gzip, 0),
    fcp,
    mapCode,
    idle,
  };
}

/** Scrolls the whole page at reading speed; records long tasks, frame intervals and step response. */
async function scriptedScroll(browser: Browser, target: Target): Promise<{longTasks: number; ownLongTasks: number; rafP95: number; stepResponse: number}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  await context.addInitScript(PAGE_SHIM);
  const page = await context.newPage();
  await page.goto(target.url);
  await target.firstIdle(page);
  const result = await page.evaluate(async (speed) => {
    const map = (document.querySelector('story-map')?.map ?? (window as unknown as {__map: MapLibreMap}).__map) as MapLibreMap;
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
    const responses: number[] = [];
    let triggered: number | undefined;
    const onStep = () => (triggered = performance.now());
    document.addEventListener('story-step-enter', onStep);
    window.addEventListener('baseline-step', onStep);
    map.on('movestart', () => {
      if (triggered !== undefined) responses.push(performance.now() - triggered);
      triggered = undefined;
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
    return {longTasks, ownLongTasks, intervals, responses};
  }, SCROLL_SPEED);
  await context.close();
  return {longTasks: result.longTasks, ownLongTasks: result.ownLongTasks, rafP95: percentile(result.intervals.slice(5), 95), stepResponse: median(result.responses)};
}

/** Our page only, opened at a deep link: long tasks and Event Timing on hover, clicks and finder keys. */
async function interactions(browser: Browser, target: Target, step: string): Promise<Record<Phase, PhaseResult>> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  await context.addInitScript(PAGE_SHIM);
  const page = await context.newPage();
  await page.goto(`${target.url}#${step}`);
  try {
    return await measureInteractions(page, step);
  } finally {
    await context.close();
  }
}

/** JS heap after 5 fast round trips through the page relative to after the first: all of it, and without V8's compiled code. */
async function heapRatio(browser: Browser, target: Target): Promise<{total: number; retained: number}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  await context.addInitScript(PAGE_SHIM);
  const page = await context.newPage();
  await page.goto(target.url);
  await target.firstIdle(page);
  const session = await context.newCDPSession(page);
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
  await target.settle?.(page);
  const first = await measureHeap(session);
  for (let trip = 2; trip <= 5; trip++) await roundTrip();
  await target.settle?.(page);
  const last = await measureHeap(session);
  await context.close();
  return {total: last.total / first.total, retained: last.retained / first.retained};
}

/** Lighthouse's scores (0–100) with its default mobile preset, in the same Chromium. */
async function lighthouseScores(url: string): Promise<{performance: number; accessibility: number}> {
  const port = await freePort();
  const browser = await launchChromium({args: [`--remote-debugging-port=${port}`]});
  try {
    const result = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility']});
    const score = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? Number.NaN) * 100);
    return {performance: score('performance'), accessibility: score('accessibility')};
  } finally {
    await browser.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

execFileSync(`${root}node_modules/.bin/vite`, ['build', '--config', 'bench/vite.baseline.config.ts', '--logLevel', 'error'], {cwd: root, stdio: 'inherit'});
const ours = await preview({root, preview: {host: '127.0.0.1', port: 0}, logLevel: 'silent'});
const baseline = await preview({root, build: {outDir: 'dist-bench/baseline'}, preview: {host: '127.0.0.1', port: 0}, logLevel: 'silent'});
const targets: Target[] = [
  {
    name: 'ours',
    url: `${ours.resolvedUrls?.local[0] ?? ''}`,
    firstIdle: async (page) => {
      await page.waitForFunction(() => (window as unknown as {__storyReady?: number}).__storyReady !== undefined, undefined, {timeout: 60_000});
      return page.evaluate(() => (window as unknown as {__storyReady: number}).__storyReady);
    },
    // Our tile cache holds 4 tiles, and which ones depends on the flights' timing; the baseline's
    // holds every tile of the trip.
    settle: (page) => settleTileCache(page, 'anyuan-solar', zhStory.steps[0]?.id as string),
  },
  {
    name: 'baseline',
    url: `${baseline.resolvedUrls?.local[0] ?? ''}`,
    firstIdle: async (page) => {
      await page.waitForFunction(() => (window as unknown as {__idle?: number}).__idle !== undefined, undefined, {timeout: 60_000});
      return page.evaluate(() => (window as unknown as {__idle: number}).__idle);
    },
  },
];

const browser = await launchChromium();
const results: Record<string, Record<string, number | number[]>> = {};
let interactionRun: Record<Phase, PhaseResult> | undefined;
try {
  // Cold loads alternate between the pages: a machine that slows down during the run slows both.
  const coldLoads = new Map<Target, Awaited<ReturnType<typeof coldLoad>>[]>(targets.map((target) => [target, []]));
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const target of targets) coldLoads.get(target)?.push(await coldLoad(browser, target));
  }
  const scrolls = new Map<Target, Awaited<ReturnType<typeof scriptedScroll>>[]>(targets.map((target) => [target, []]));
  for (let run = 0; run < SCROLL_RUNS; run++) {
    for (const target of targets) scrolls.get(target)?.push(await scriptedScroll(browser, target));
  }
  // The baseline has no place card, pointer cursor or finder: ours alone, once.
  interactionRun = await interactions(browser, targets[0] as Target, 'counties');
  for (const target of targets) {
    const loads = coldLoads.get(target) ?? [];
    const runs = scrolls.get(target) ?? [];
    results[target.name] = {
      bytesKb: median(loads.map((l) => l.bytes)) / 1024,
      jsKb: median(loads.map((l) => l.jsBytes)) / 1024,
      fcpMs: median(loads.map((l) => l.fcp)),
      mapCodeMs: median(loads.map((l) => l.mapCode)),
      firstIdleMs: median(loads.map((l) => l.idle)),
      // Long tasks: the worst scroll, so one of ours in any run shows.
      longTasks: Math.max(...runs.map((r) => r.longTasks)),
      ownLongTasks: Math.max(...runs.map((r) => r.ownLongTasks)),
      rafP95Ms: median(runs.map((r) => r.rafP95)),
      rafP95RunsMs: runs.map((r) => r.rafP95),
      stepResponseMs: median(runs.map((r) => r.stepResponse)),
      ...Object.fromEntries(Object.entries(await heapRatio(browser, target)).map(([kind, ratio]) => [`heap_${kind}`, ratio])),
      ...Object.fromEntries(Object.entries(await lighthouseScores(target.url)).map(([category, score]) => [`lighthouse_${category}`, score])),
    };
  }
  // Each phase's numbers, as `hover_longTasks`, `click_worstInteractionMs` …; the texts are printed below.
  Object.assign(
    results.ours as object,
    Object.fromEntries(
      Object.entries(interactionRun).flatMap(([phase, run]) =>
        Object.entries(run)
          .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
          .map(([name, value]) => [`${phase}_${name}`, value]),
      ),
    ),
  );
} finally {
  await browser.close();
  await ours.close();
  await baseline.close();
}

const o = results.ours as Record<string, number>;
const b = results.baseline as Record<string, number>;
const perScroll = (runs: unknown) => (runs as number[]).map((ms) => ms.toFixed(0)).join(', ');
/** The baseline's cell for a measurement of ours alone. */
const NO_BASELINE = 'n/a: no such interactions';
const rows: [string, number, number | string, string, (ours: number, ratio: number) => boolean, number][] = [
  ['bytes to first map frame (kB gzip)', o.bytesKb as number, b.bytesKb as number, 'ratio ≤ 1.15', (_, r) => r <= 1.15, 1],
  ['  of which JavaScript (kB gzip)', o.jsKb as number, b.jsKb as number, 'info', () => true, 1],
  ['first contentful paint (ms, median of 7)', o.fcpMs as number, b.fcpMs as number, 'before MapLibre’s code has run', (value) => value < (o.mapCodeMs as number), 0],
  ['  MapLibre’s code has run (ms, median of 7)', o.mapCodeMs as number, Number.NaN, 'info', () => true, 0],
  ['first map idle (ms, median of 7)', o.firstIdleMs as number, b.firstIdleMs as number, 'ratio ≤ 1.15', (_, r) => r <= 1.15, 0],
  [`long tasks > 50 ms while scrolling (worst of ${SCROLL_RUNS})`, o.longTasks as number, b.longTasks as number, 'info', () => true, 0],
  ['  of which our code ran > 50 ms', o.ownLongTasks as number, Number.NaN, '0', (value) => value === 0, 0],
  [`rAF interval p95 while scrolling (ms, median of ${SCROLL_RUNS})`, o.rafP95Ms as number, b.rafP95Ms as number, 'ratio ≤ 1.1', (_, r) => r <= 1.1, 1],
  [`step trigger → camera move (ms, median of ${SCROLL_RUNS})`, o.stepResponseMs as number, b.stepResponseMs as number, '≤ 16.7 ms (one frame)', (value) => value <= 16.7, 1],
  ['JS heap after 5 round trips / after 1', o.heap_total as number, b.heap_total as number, '≤ 1.05', (value) => value <= 1.05, 3],
  ['  without V8 compiled code', o.heap_retained as number, b.heap_retained as number, '≤ 1.05', (value) => value <= 1.05, 3],
  ['Lighthouse performance (mobile preset)', o.lighthouse_performance as number, b.lighthouse_performance as number, 'info', () => true, 0],
  ['Lighthouse accessibility', o.lighthouse_accessibility as number, b.lighthouse_accessibility as number, 'info', () => true, 0],
  ...PHASES.flatMap((phase): (typeof rows)[number][] => [
    [`long tasks > 50 ms on ${PHASE_LABELS[phase]} (one run)`, o[`${phase}_longTasks`] as number, NO_BASELINE, 'no long task > 50 ms', (value) => value === 0, 0],
    ['  the longest (ms; 0: none)', o[`${phase}_longestTaskMs`] as number, NO_BASELINE, 'info', () => true, 0],
    phase === 'hover'
      ? ['  worst pointer event, Event Timing (ms; a mouse move has none)', o.hover_worstEventMs as number, NO_BASELINE, 'info', () => true, 0]
      : ['  worst interaction, Event Timing (ms, INP-like)', o[`${phase}_worstInteractionMs`] as number, NO_BASELINE, 'info', () => true, 0],
    ...(phase === 'finder' ? [['    of which the keys typed after “/” (ms)', o.finder_worstTypedKeyMs as number, NO_BASELINE, 'info', () => true, 0] as (typeof rows)[number]] : []),
  ]),
];
const lines = [
  `| metric | ours | baseline | ratio | target | pass |`,
  `|---|---|---|---|---|---|`,
  ...rows.map(([metric, ours, base, target, pass, digits]) => {
    const ratio = typeof base === 'string' || base === 0 ? Number.NaN : ours / base;
    const baseCell = typeof base === 'string' ? base : Number.isNaN(base) ? '–' : base.toFixed(digits);
    return `| ${metric} | ${ours.toFixed(digits)} | ${baseCell} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : '–'} | ${target} | ${pass(ours, ratio) ? 'yes' : 'no'} |`;
  }),
];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium (SwiftShader WebGL)`;
console.log(`npm run bench — ${new Date().toISOString().slice(0, 10)} — ${machine}\n`);
console.log(lines.join('\n'));
console.log(`\nrAF interval p95 of each scroll (ms): ours ${perScroll(o.rafP95RunsMs)}; baseline ${perScroll(b.rafP95RunsMs)}`);
// An Event Timing duration runs from the input to the next paint, in steps of 8 ms.
console.log(`Interactions (ours, #counties): ${o.click_cardsOpened} of ${CLICKS} clicks opened a place card; the longest event of each phase:`);
for (const phase of PHASES) {
  const run = interactionRun?.[phase];
  console.log(`  ${phase}: ${run?.worstEvent ?? '–'}`);
  for (const frame of run?.longFrames ?? []) console.log(`    long animation frame: ${frame}`);
}
writeFileSync(`${root}bench/results.json`, `${JSON.stringify({date: new Date().toISOString(), machine, results}, null, 2)}\n`);
