/**
 * What `npm run bench` watches in both pages from their first line, as init scripts: the time of
 * the first map idle and (in cold loads) of the first visible map pixels. Measures only; neither
 * page knows it is there. Both pages expose their map the way a page's own code reaches it: ours
 * as `<story-map>`'s `map`, the baseline as `window.baseline.map`.
 */
import type {BrowserContext, Page} from 'playwright-core';
import type {Map as MapLibreMap} from 'maplibre-gl';

/** What the probe records, in the page's `performance.now()` milliseconds. */
export interface ProbeTimes {
  /** Our page's first complete picture: `story-map-ready`, the first idle after the opening step is applied. */
  storyReady?: number;
  /** The map's first `idle` event (the baseline's first complete picture). */
  mapIdle?: number;
  /**
   * The first moment the map's canvas is visible on screen holding a frame that shows more than
   * the background colour: checked after each frame MapLibre renders (`render`, when the drawing
   * buffer still holds the frame) and whenever the canvas or one of its ancestors changes an
   * attribute (a hidden canvas shown). The time is the check's, when the frame goes to the screen
   * (its pixels are read after the first picture). `Number.NaN` without WebGL 2.
   */
  firstPixels?: number;
  /** The reader's first scroll, wheel, touch, click or key (see {@link readerMoves}). */
  firstMove?: number;
  /** When the browser painted our page's poster, the opening step's picture (Element Timing, `elementtiming="map-poster"`). */
  posterPainted?: number;
}

/** What the probe adds to each page's `window`. */
export interface ProbeWindow {
  __probe: ProbeTimes;
  /** The page's map, once created: ours in `<story-map>`, the baseline's on `window.baseline`. */
  __pageMap(): MapLibreMap | undefined;
  /** Reads the frames copied so far: {@link ProbeTimes.firstPixels} once one shows the map. Defined once the map is found, when watching pixels. */
  __readFirstPixels?: () => number | undefined;
}

/**
 * tsx (esbuild keepNames) wraps named functions in `__name(...)`, so functions run in a page need it
 * defined there too. Our ready time is taken in the `story-map-ready` listener: synchronously,
 * before the page's own `ready` handlers start downloading the later layers (a bench `await ready`
 * could run after them and count their bytes).
 */
const SHIM = `globalThis.__name = globalThis.__name || ((fn) => fn);
globalThis.__probe = {};
globalThis.__pageMap = () => document.querySelector('story-map')?.map ?? globalThis.baseline?.map;
document.addEventListener('story-map-ready', () => { globalThis.__probe.storyReady ??= performance.now(); });
for (const type of ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown']) addEventListener(type, () => { globalThis.__probe.firstMove ??= performance.now(); }, {capture: true, passive: true});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.identifier === 'map-poster') globalThis.__probe.posterPainted ??= entry.renderTime || entry.startTime;
}).observe({type: 'element', buffered: true});`;

/** Runs in the page (serialized by Playwright): finds the map at its creation and watches it. */
function watchMap(background: [number, number, number] | null): void {
  const {__probe: probe, __pageMap: find} = window as unknown as ProbeWindow;
  const ROWS = 5;
  /** At most this many frames wait to be read (about 25 kB each at 1280 px). */
  const MAX_PENDING = 400;
  const watch = (map: MapLibreMap) => {
    void map.once('idle').then(() => (probe.mapIdle ??= performance.now()));
    if (!background) return;
    const canvas = map.getCanvas();
    const gl = canvas.getContext('webgl2');
    if (!gl) {
      probe.firstPixels = Number.NaN;
      return;
    }
    const observer = new MutationObserver(() => capture());
    /** Frames copied while the canvas was visible, oldest first, with the time each was checked. */
    const pending: {time: number; buffer: WebGLBuffer}[] = [];
    /**
     * While the canvas is visible on screen, copies five rows across the frame it holds into a GPU
     * buffer, read only when the bench asks ({@link ProbeWindow.__readFirstPixels}), after the
     * first picture: reading a frame back waits for the GPU, which stalled the page for up to
     * 400 ms on software WebGL, and a fence per frame delayed the first idle by about 100 ms.
     * Leaves the bindings as MapLibre set them.
     */
    const capture = () => {
      if (probe.firstPixels !== undefined || pending.length >= MAX_PENDING) return;
      if (!canvas.checkVisibility({visibilityProperty: true, opacityProperty: true})) return;
      const rect = canvas.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) return;
      const time = performance.now();
      const {drawingBufferWidth: width, drawingBufferHeight: height} = gl;
      const readFramebuffer = gl.getParameter(gl.READ_FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
      const packBuffer = gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING) as WebGLBuffer | null;
      const buffer = gl.createBuffer();
      gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null);
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
      gl.bufferData(gl.PIXEL_PACK_BUFFER, width * 4 * ROWS, gl.STREAM_READ);
      for (let row = 0; row < ROWS; row++) gl.readPixels(0, Math.floor((height * (row + 1)) / (ROWS + 1)), width, 1, gl.RGBA, gl.UNSIGNED_BYTE, row * width * 4);
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, packBuffer);
      gl.bindFramebuffer(gl.READ_FRAMEBUFFER, readFramebuffer);
      pending.push({time, buffer});
    };
    /** Reads the copied frames in order; the first with a pixel drawn that is not the background gives the time. */
    (window as unknown as ProbeWindow).__readFirstPixels = () => {
      const packBuffer = gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING) as WebGLBuffer | null;
      const pixels = new Uint8Array(gl.drawingBufferWidth * 4 * ROWS);
      for (const frame of pending.splice(0)) {
        if (probe.firstPixels === undefined) {
          gl.bindBuffer(gl.PIXEL_PACK_BUFFER, frame.buffer);
          gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, 0, pixels);
          for (let i = 0; i < pixels.length && probe.firstPixels === undefined; i += 4) {
            // Drawn (not the cleared, transparent buffer) and not the background, beyond rounding.
            if ((pixels[i + 3] as number) > 0 && [0, 1, 2].some((c) => Math.abs((pixels[i + c] as number) - (background[c] as number)) > 6)) probe.firstPixels = frame.time;
          }
        }
        gl.deleteBuffer(frame.buffer);
      }
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, packBuffer);
      if (probe.firstPixels !== undefined) {
        map.off('render', capture);
        observer.disconnect();
      }
      return probe.firstPixels;
    };
    map.on('render', capture);
    // A canvas shown (ours is hidden until its first complete picture) shows the frame it drew
    // last, still in its drawing buffer in the task that shows it.
    for (let node: Node | null = canvas; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof Element) observer.observe(node, {attributes: true});
    }
  };
  // Polled at each frame from the page's start: a map created in a task or a frame is found in
  // the next frame's callbacks, before MapLibre's own (requested later), so before its first render.
  const poll = () => {
    const map = find();
    if (map) watch(map);
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * Installs the probe in every page of `context`. With `pixelsOver`, the map's background colour
 * (#rrggbb), it also watches for the first visible map pixels: read them with {@link firstVisiblePixels}.
 */
export async function installProbe(context: BrowserContext, options: {pixelsOver?: string} = {}): Promise<void> {
  const background = options.pixelsOver;
  await context.addInitScript(SHIM);
  await context.addInitScript(watchMap, background ? ([1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16)) as [number, number, number]) : null);
}

/**
 * The time of the first visible map pixels ({@link ProbeTimes.firstPixels}): call after the first
 * picture; reads the frames copied so far (and those still to come) until one shows the map.
 */
export async function firstVisiblePixels(page: Page, timeout = 10_000): Promise<number> {
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__readFirstPixels?.() !== undefined, undefined, {timeout, polling: 100});
  return page.evaluate(() => (window as unknown as ProbeWindow).__probe.firstPixels as number);
}

/**
 * The reader arrives and, once the page has painted, makes a first move: a key that moves nothing
 * (Shift). The same on both pages; ours starts its live map then (under its poster it waits for one).
 */
export async function readerMoves(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, {timeout: 30_000});
  await page.keyboard.press('Shift');
}

/** The time of a probe's moment if it has one (`undefined` if not, e.g. a page without a poster). */
export function probeTimeIfAny(page: Page, name: keyof ProbeTimes): Promise<number | undefined> {
  return page.evaluate((name) => (window as unknown as ProbeWindow).__probe[name], name);
}

/** Waits until the probe has recorded `name` and returns it. */
export async function probeTime(page: Page, name: keyof ProbeTimes, timeout = 60_000): Promise<number> {
  await page.waitForFunction((name) => (window as unknown as ProbeWindow).__probe[name] !== undefined, name, {timeout});
  return page.evaluate((name) => (window as unknown as ProbeWindow).__probe[name] as number, name);
}

/** Waits until the page's map has stopped moving and drawn everything, and stays so for two frames. */
export async function waitForPageMapIdle(page: Page): Promise<void> {
  const still = () => {
    const map = (window as unknown as ProbeWindow).__pageMap();
    return map !== undefined && !map.isMoving() && map.loaded();
  };
  await page.waitForFunction(still, undefined, {timeout: 15_000, polling: 100});
  // A move that was about to start has started by now.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForFunction(still, undefined, {timeout: 15_000});
}
