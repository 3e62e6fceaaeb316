/**
 * Lighthouse (12.2.3, the version that runs on Node 20) on a page, in the same Chromium the bench
 * drives, with its mobile preset (its default: a mid-range phone on a slow 4G network, simulated)
 * or its desktop preset (lighthouse/core/config/desktop-config.js). Each run is a fresh browser.
 */
import {createServer} from 'node:net';
import type {AddressInfo} from 'node:net';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {launchChromium} from './chromium.ts';
import {median} from './stats.ts';

export type Preset = 'mobile' | 'desktop';
export const PRESETS: readonly Preset[] = ['mobile', 'desktop'];

/** What the bench prints of one Lighthouse report. */
export interface LighthouseResult {
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  /** Largest contentful paint (ms). */
  lcpMs: number;
  /** Total blocking time (ms). */
  tbtMs: number;
  /** Cumulative layout shift while loading. */
  cls: number;
  /** Speed Index (ms). */
  speedIndexMs: number;
}

export async function runLighthouse(url: string, preset: Preset): Promise<LighthouseResult> {
  const port = await freePort();
  const browser = await launchChromium({args: [`--remote-debugging-port=${port}`]});
  try {
    const result = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility']}, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse (${preset}) returned no report for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse (${preset}) failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      speedIndexMs: value('speed-index'),
    };
  } finally {
    await browser.close();
  }
}

/** Each number's median over the runs (so one slow run moves none of them). */
export function medianOfRuns(runs: readonly LighthouseResult[]): LighthouseResult {
  const of = (key: keyof LighthouseResult) => median(runs.map((run) => run[key]));
  return {performance: of('performance'), accessibility: of('accessibility'), lcpMs: of('lcpMs'), tbtMs: of('tbtMs'), cls: of('cls'), speedIndexMs: of('speedIndexMs')};
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
