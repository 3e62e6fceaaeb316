import {mkdirSync} from 'node:fs';
import {chromium} from 'playwright-core';
import type {Browser, BrowserContextOptions, CDPSession, Page} from 'playwright-core';
import {findChromium} from './chromium-path.ts';

/** Where browser tests write screenshots for people to look at (git-ignored). */
export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
/** WebGL 2 in software: MapLibre renders correctly on machines without a GPU. */
const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

export async function launchChromium(options: {webgl?: boolean; args?: string[]} = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `npm run test:browser`, which installs it, or set CHROMIUM_PATH.');
  return chromium.launch({executablePath, args: [...BASE_ARGS, ...(options.webgl === false ? NO_WEBGL_ARGS : WEBGL_ARGS), ...(options.args ?? [])]});
}

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

/** Waits until `<story-map>` has drawn its first complete frame. */
export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('story-map') !== undefined);
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

/** {@link colourShare} for several colours at once (one decode). */
export async function colourShares(browser: Browser, png: Buffer, hexes: string[], tolerance = 6): Promise<number[]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({base64, hexes, tolerance}) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], {type: 'image/png'}));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(bitmap, 0, 0);
        const {data} = context.getImageData(0, 0, bitmap.width, bitmap.height);
        return hexes.map((hex) => {
          const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
          let matches = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (target.every((value, channel) => Math.abs((data[i + channel] ?? 0) - value) <= tolerance)) matches++;
          }
          return matches / (data.length / 4);
        });
      },
      {base64: png.toString('base64'), hexes, tolerance},
    );
  } finally {
    await page.close();
  }
}

/** The page's JS heap after a full garbage collection, from a heap snapshot, in bytes. */
export interface HeapSize {
  total: number;
  /** Machine code V8 compiled for hot functions: it grows while the engine warms up, not with retained data. */
  compiledCode: number;
  /** Everything else: the objects, strings, arrays and buffers the page keeps. */
  retained: number;
}

interface HeapSnapshotJson {
  snapshot: {meta: {node_fields: string[]; node_types: [string[], ...unknown[]]}};
  nodes: number[];
}

export async function measureHeap(session: CDPSession): Promise<HeapSize> {
  await session.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = ({chunk}: {chunk: string}) => chunks.push(chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await session.send('HeapProfiler.takeHeapSnapshot', {reportProgress: false});
  session.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const {snapshot, nodes} = JSON.parse(chunks.join('')) as HeapSnapshotJson;
  const fields = snapshot.meta.node_fields;
  const typeField = fields.indexOf('type');
  const sizeField = fields.indexOf('self_size');
  const codeType = snapshot.meta.node_types[0].indexOf('code');
  let total = 0;
  let compiledCode = 0;
  for (let node = 0; node < nodes.length; node += fields.length) {
    const size = nodes[node + sizeField] as number;
    total += size;
    if (nodes[node + typeField] === codeType) compiledCode += size;
  }
  return {total, compiledCode, retained: total - compiledCode};
}
