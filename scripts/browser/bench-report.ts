/**
 * `npm run bench`'s table: each metric for our page and the baseline, their ratio, the target
 * (issue #23) and whether ours meets it. Numbers, not a verdict on the build: the bench exits 0.
 */
import {PHASE_LABELS, PHASES} from './interactions.ts';
import {PRESETS} from './lighthouse.ts';

/** One page's results, by name (see scripts/bench.ts); a part not run leaves its names out. */
export type Results = Record<string, number | number[] | undefined>;

/** Counts the runs behind each row says. */
export interface RunCounts {
  coldRuns: number;
  scrollRuns: number;
  lighthouseRuns: number;
}

interface Row {
  metric: string;
  ours: number | undefined;
  /** The baseline's number, or why it has none. */
  baseline: number | string | undefined;
  target: string;
  /** Whether ours meets the target; absent for a row that is information only. */
  pass?: (ours: number, ratio: number, baseline: number) => boolean;
  digits: number;
}

/** The baseline's cell for a measurement of ours alone. */
const NO_BASELINE = 'n/a: no such interactions';

export function benchRows(o: Results, b: Results, runs: RunCounts): Row[] {
  const num = (results: Results, name: string) => results[name] as number | undefined;
  const both = (name: string) => ({ours: num(o, name), baseline: num(b, name)});
  const lighthouseRows = PRESETS.flatMap((preset): Row[] => {
    const lh = (name: string) => both(`lighthouse_${preset}_${name}`);
    const mobile = preset === 'mobile';
    return [
      {metric: `Lighthouse ${preset} preset: performance (median of ${runs.lighthouseRuns})`, ...lh('performance'), target: mobile ? '≥ 90' : 'info', ...(mobile ? {pass: (v: number) => v >= 90} : {}), digits: 0},
      {metric: '  largest contentful paint (s)', ...lh('lcpS'), target: mobile ? '≤ 2.5 s' : 'info', ...(mobile ? {pass: (v: number) => v <= 2.5} : {}), digits: 2},
      {metric: '  total blocking time (ms)', ...lh('tbtMs'), target: mobile ? '≤ 200 ms' : 'info', ...(mobile ? {pass: (v: number) => v <= 200} : {}), digits: 0},
      {metric: '  cumulative layout shift', ...lh('cls'), target: 'info', digits: 3},
      {metric: '  Speed Index (s)', ...lh('speedIndexS'), target: 'info', digits: 2},
      {metric: '  accessibility', ...lh('accessibility'), target: '100', pass: (v) => v === 100, digits: 0},
    ];
  });
  return [
    {metric: 'bytes to first map frame (kB gzip)', ...both('bytesKb'), target: 'ratio ≤ 1.10', pass: (_, r) => r <= 1.1, digits: 1},
    {metric: '  of which JavaScript (kB gzip)', ...both('jsKb'), target: 'info', digits: 1},
    {metric: `first contentful paint (ms, median of ${runs.coldRuns})`, ...both('fcpMs'), target: 'before MapLibre’s code has run', pass: (v) => v < (num(o, 'mapCodeMs') ?? Number.NaN), digits: 0},
    {metric: `  MapLibre’s code has run (ms, median of ${runs.coldRuns})`, ours: num(o, 'mapCodeMs'), baseline: Number.NaN, target: 'info', digits: 0},
    {metric: `first map picture: our poster or the live canvas (ms, median of ${runs.coldRuns})`, ...both('firstPictureMs'), target: 'info', digits: 0},
    {metric: `first visible map pixels, live canvas (ms, median of ${runs.coldRuns})`, ...both('firstPixelsMs'), target: 'ratio ≤ 1.00', pass: (_, r) => r <= 1, digits: 0},
    {metric: `first map idle (ms, median of ${runs.coldRuns})`, ...both('firstIdleMs'), target: 'ratio ≤ 1.10', pass: (_, r) => r <= 1.1, digits: 0},
    {metric: `  reader's first move (at first paint) → live map (ms, median of ${runs.coldRuns})`, ...both('moveToLiveMs'), target: 'info', digits: 0},
    {metric: `long tasks > 50 ms while scrolling (worst of ${runs.scrollRuns})`, ...both('longTasks'), target: 'info', digits: 0},
    {metric: '  of which our code ran > 50 ms', ours: num(o, 'ownLongTasks'), baseline: Number.NaN, target: '0', pass: (v) => v === 0, digits: 0},
    {metric: `rAF interval p95 while scrolling (ms, median of ${runs.scrollRuns})`, ...both('rafP95Ms'), target: 'ratio ≤ 1.10', pass: (_, r) => r <= 1.1, digits: 1},
    {metric: `step trigger → first rendered frame of the move (ms, median of ${runs.scrollRuns})`, ...both('stepFrameMs'), target: '≤ 16.7 ms (one frame)', pass: (v) => v <= 16.7, digits: 1},
    {metric: `  step trigger → camera move starts (ms, median of ${runs.scrollRuns})`, ...both('stepResponseMs'), target: 'info', digits: 1},
    {metric: `cumulative layout shift while reading (worst of ${runs.scrollRuns} scrolls)`, ...both('readingCls'), target: '≤ 0.01', pass: (v) => v <= 0.01, digits: 3},
    {metric: 'JS heap the page retains after 5 round trips / after 1 (without V8 compiled code)', ...both('heap_retained'), target: '≤ 1.05 and ≤ the baseline’s', pass: (v, _, base) => v <= 1.05 && v <= base, digits: 3},
    {metric: '  with V8 compiled code', ...both('heap_total'), target: 'info', digits: 3},
    ...lighthouseRows,
    ...PHASES.flatMap((phase): Row[] => [
      {metric: `long tasks > 50 ms on ${PHASE_LABELS[phase]} (one run)`, ours: num(o, `${phase}_longTasks`), baseline: NO_BASELINE, target: 'no long task > 50 ms', pass: (v) => v === 0, digits: 0},
      {metric: '  the longest (ms; 0: none)', ours: num(o, `${phase}_longestTaskMs`), baseline: NO_BASELINE, target: 'info', digits: 0},
      phase === 'hover'
        ? {metric: '  worst pointer event, Event Timing (ms; a mouse move has none)', ours: num(o, 'hover_worstEventMs'), baseline: NO_BASELINE, target: 'info', digits: 0}
        : {metric: '  worst interaction, Event Timing (ms, INP-like)', ours: num(o, `${phase}_worstInteractionMs`), baseline: NO_BASELINE, target: 'info', digits: 0},
      ...(phase === 'finder' ? [{metric: '    of which the keys typed after “/” (ms)', ours: num(o, 'finder_worstTypedKeyMs'), baseline: NO_BASELINE, target: 'info', digits: 0}] : []),
    ]),
  ];
}

/**
 * The rows as a Markdown table; rows of parts that were not run are left out. `pass` is `yes` or
 * `no` for a target, `–` for information.
 */
export function formatTable(rows: readonly Row[]): string {
  const lines = ['| metric | ours | baseline | ratio | target | pass |', '|---|---|---|---|---|---|'];
  for (const {metric, ours, baseline, target, pass, digits} of rows) {
    if (ours === undefined) continue;
    const base = typeof baseline === 'number' ? baseline : Number.NaN;
    const ratio = base === 0 ? Number.NaN : ours / base;
    const baseCell = typeof baseline === 'string' ? baseline : Number.isFinite(base) ? base.toFixed(digits) : '–';
    const verdict = pass ? (pass(ours, ratio, base) ? 'yes' : 'no') : '–';
    lines.push(`| ${metric} | ${Number.isFinite(ours) ? ours.toFixed(digits) : '–'} | ${baseCell} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : '–'} | ${target} | ${verdict} |`);
  }
  return lines.join('\n');
}
