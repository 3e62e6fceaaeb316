import {mkdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Browser, BrowserContextOptions, Page} from 'playwright-core';

/** The helpers the browser tests share with the build-time scripts (snapshots, handout, bench). */
export {launchChromium} from '../../scripts/browser/chromium.ts';
export {measureHeap} from '../../scripts/browser/heap.ts';
export {onPage} from '../../scripts/browser/interactions.ts';

/** Where browser tests write screenshots for people to look at (git-ignored). */
export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

/** What a page did that a test may need to assert on. */
export interface PageRecord {
  page: Page;
  consoleErrors: string[];
  /** Requests that left this machine's loopback address (the test server and its fixtures). */
  foreignRequests: string[];
}

/**
 * Opens a page of the built site and records console errors, uncaught exceptions and every
 * request outside the server's origin. `story-map-*` events are kept in `window.__storyEvents`.
 */
export async function openPage(
  browser: Browser,
  url: string,
  contextOptions: BrowserContextOptions = {},
): Promise<PageRecord> {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, ...contextOptions});
  const page = await context.newPage();
  const record: PageRecord = {page, consoleErrors: [], foreignRequests: []};
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(requestUrl)) {
      record.foreignRequests.push(requestUrl);
    }
  });
  await page.addInitScript(() => {
    const events: {type: string; detail: unknown}[] = [];
    Object.assign(window, {__storyEvents: events});
    for (const type of ['story-map-ready', 'story-map-error']) {
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent<Record<string, unknown>>).detail;
        events.push({type, detail: type === 'story-map-ready' ? {} : detail});
      });
    }
  });
  await page.goto(url);
  return record;
}

/** The `story-map-*` events the page has seen so far. */
export function storyEvents(page: Page): Promise<{type: string; detail: Record<string, unknown>}[]> {
  return page.evaluate(() => (window as unknown as {__storyEvents: {type: string; detail: Record<string, unknown>}[]}).__storyEvents);
}

/**
 * The reader's first move, which starts the live map under the page's poster: this reader presses
 * Shift, which moves nothing else, once `<story-map>` is there to notice.
 */
export async function startLiveMap(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('story-map') !== undefined);
  await page.keyboard.press('Shift');
}

/** Starts the live map ({@link startLiveMap}) and waits until `<story-map>` has drawn its first complete frame. */
export async function waitForMapReady(page: Page): Promise<void> {
  await startLiveMap(page);
  await page.evaluate(() => document.querySelector('story-map')?.ready);
}

export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, {recursive: true});
  return page.screenshot({path: `${ARTIFACTS}${name}.png`});
}

/**
 * Share of a screenshot's pixels within `tolerance` (per channel, 0–255) of a CSS hex colour.
 * Decodes the PNG in a blank page of the same browser, so no image library is needed.
 */
export async function colourShare(browser: Browser, png: Buffer, hex: string, tolerance = 6): Promise<number> {
  const [share] = await colourShares(browser, png, [hex], tolerance);
  return share as number;
}

/**
 * Share of a screenshot's pixels taken by its most frequent colour (channels binned to 16 levels,
 * so antialiasing does not split a fill). A map that draws only its background is one colour.
 */
export async function dominantColourShare(browser: Browser, png: Buffer): Promise<number> {
  return (await pixelShares(browser, png, [], 0)).dominant;
}

/** {@link colourShare} for several colours at once (one decode). */
export async function colourShares(browser: Browser, png: Buffer, hexes: string[], tolerance = 6): Promise<number[]> {
  return (await pixelShares(browser, png, hexes, tolerance)).shares;
}

/** One decode of an image (PNG, WebP: the browser reads which) in a blank page: the share of each colour and of the most frequent one. */
async function pixelShares(browser: Browser, png: Buffer, hexes: string[], tolerance: number): Promise<{shares: number[]; dominant: number}> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({base64, hexes, tolerance}) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes]));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(bitmap, 0, 0);
        const {data} = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const pixels = data.length / 4;
        const shares = hexes.map((hex) => {
          const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
          let matches = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (target.every((value, channel) => Math.abs((data[i + channel] ?? 0) - value) <= tolerance)) matches++;
          }
          return matches / pixels;
        });
        const counts = new Map<number, number>();
        for (let i = 0; i < data.length; i += 4) {
          const bin = ((data[i] ?? 0) >> 4) * 256 + ((data[i + 1] ?? 0) >> 4) * 16 + ((data[i + 2] ?? 0) >> 4);
          counts.set(bin, (counts.get(bin) ?? 0) + 1);
        }
        return {shares, dominant: Math.max(...counts.values()) / pixels};
      },
      {base64: png.toString('base64'), hexes, tolerance},
    );
  } finally {
    await page.close();
  }
}

/**
 * Opens a page with axe-core injected as an init script (the page's own CSP rightly refuses
 * inline scripts), for {@link axeViolations}.
 */
export async function openPageWithAxe(browser: Browser, url: string, contextOptions: BrowserContextOptions = {}): Promise<PageRecord> {
  const record = await openPage(browser, 'about:blank', contextOptions);
  await record.page.addInitScript({content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')});
  await record.page.goto(url);
  return record;
}

/** axe-core's violations on the page as it is now, one line each: rule, impact and the elements. */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run(context: Document): Promise<{violations: {id: string; impact: string; nodes: {target: unknown}[]}[]}>}}).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target)).slice(0, 300)}`);
  });
}
