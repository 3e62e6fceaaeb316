import {mkdirSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import type {FeatureCollection, LineString} from 'geojson';
import type {Step, Story} from '../../src/story/schema.ts';
import {ARTIFACTS, launchChromium, openPage, waitForMapReady} from './browser.ts';
import {scrollToStep, stepBounds, stories, waitForStep} from './story-steps.ts';

const baseUrl = inject('baseUrl');
/** Pixels a target may reach past an edge: antialiasing and rounding, not layout. */
const TOLERANCE = 4;
const PHONE = `${ARTIFACTS}steps/phone/`;

/** A screen rectangle in CSS pixels, relative to the viewport. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
type Point = [number, number];

/** The box moved in by `by` on each side; an axis too short for that collapses to its centre. */
function shrink(box: Box, by: number): Box {
  const axis = (low: number, high: number): Point => (high - low > 2 * by ? [low + by, high - by] : [(low + high) / 2, (low + high) / 2]);
  const [left, right] = axis(box.left, box.right);
  const [top, bottom] = axis(box.top, box.bottom);
  return {left, top, right, bottom};
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const within = (inner: Box, outer: Box) => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
const boxAround = (points: Point[]): Box => {
  const [xs, ys] = [points.map(([x]) => x), points.map(([, y]) => y)];
  return {left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys)};
};
/** 5×5 points over the box, each once (a point target is one point). */
const grid = (box: Box): Point[] => {
  const at = [0, 0.25, 0.5, 0.75, 1];
  const points = at.flatMap((fy) => at.map((fx): Point => [box.left + fx * (box.right - box.left), box.top + fy * (box.bottom - box.top)]));
  return [...new Map(points.map((point) => [point.join(), point])).values()];
};
const show = (box: Box) => `(${Math.round(box.left)},${Math.round(box.top)})–(${Math.round(box.right)},${Math.round(box.bottom)})`;

/**
 * Projects lon/lat points to the viewport (map.project is relative to the canvas, which may not
 * start at the viewport's top) and measures what may cover the map: the reading bar, the legend or
 * the key (its button strip and open panel), the motion switch, and MapLibre's controls (scale
 * bar, attribution) — those shown, with a size.
 */
function measure(page: Page, lngLats: Point[]) {
  return page.evaluate((lngLats) => {
    const host = document.querySelector('story-map');
    const map = host?.map;
    if (!host?.shadowRoot || !map) throw new Error('no map');
    const box = (element: Element) => {
      const {left, top, right, bottom} = element.getBoundingClientRect();
      return {left, top, right, bottom};
    };
    const canvas = box(map.getCanvas());
    // The key's panel is in its own shadow root.
    const keyPanel = host.shadowRoot.querySelector('story-key')?.shadowRoot?.querySelector('.panel');
    const covers = [...host.shadowRoot.querySelectorAll('story-progress, .legend, story-key, .motion'), ...(keyPanel ? [keyPanel] : []), ...map.getContainer().querySelectorAll('.maplibregl-ctrl')]
      .filter((element) => {
        const {width, height} = element.getBoundingClientRect();
        return width > 0 && height > 0 && element.checkVisibility({visibilityProperty: true});
      })
      .map((element) => ({name: element.localName.startsWith('story-') ? element.localName : `.${[...element.classList].join('.')}`, box: box(element)}));
    const points = lngLats.map((lngLat): [number, number] => {
      const {x, y} = map.project(lngLat);
      return [canvas.left + x, canvas.top + y];
    });
    return {points, canvas, covers, viewport: {left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight}};
  }, lngLats);
}

/**
 * What a pointer at each point reaches, through the shadow roots: 'map' for the map's canvas,
 * else the nearest card, chapter title, reading bar, legend, key or control around the element hit.
 */
function hitTest(page: Page, points: Point[]): Promise<string[]> {
  return page.evaluate((points) => {
    return points.map(([x, y]) => {
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      if (hit?.matches('canvas.maplibregl-canvas')) return 'map';
      for (let element = hit; element; element = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null) {
        if (element.matches('.step')) return `card #${element.id}`;
        if (element.matches('story-progress, story-key')) return element.localName;
        if (element.matches('.story-header, .chapter-title, .story-credits, .legend, .maplibregl-ctrl, .motion')) return `.${[...element.classList].join('.')}`;
      }
      return hit ? `${hit.localName}.${[...hit.classList].join('.')}` : 'nothing';
    });
  }, points);
}

/** Why the points' bounding box (shrunk by TOLERANCE) is not all in the visible map area; [] if it is. */
async function problems(page: Page, where: string, lngLats: Point[]): Promise<string[]> {
  const {points, canvas, covers, viewport} = await measure(page, lngLats);
  const target = shrink(boxAround(points), TOLERANCE);
  const found: string[] = [];
  if (!within(target, viewport)) found.push(`${where}: ${show(target)} leaves the viewport ${show(viewport)}`);
  if (!within(target, canvas)) found.push(`${where}: ${show(target)} leaves the map canvas ${show(canvas)}`);
  const overlapped = covers.filter((cover) => overlaps(target, cover.box));
  for (const cover of overlapped) found.push(`${where}: ${show(target)} under ${cover.name} ${show(cover.box)}`);
  // A hit test, not the card's box: on phones the card may pass under the map instead of over it.
  const samples = grid(target);
  const hits = await hitTest(page, samples);
  const covered = new Map<string, Point[]>();
  // A cover already reported by its box is not reported again by its points.
  const reported = new Set(['map', ...overlapped.map((cover) => cover.name)]);
  hits.forEach((hit, i) => {
    if (!reported.has(hit)) covered.set(hit, [...(covered.get(hit) ?? []), samples[i] as Point]);
  });
  for (const [hit, at] of covered) {
    const [x, y] = (at[0] as Point).map(Math.round);
    found.push(`${where}: ${at.length}/${samples.length} points of ${show(target)} under ${hit}, e.g. (${x},${y})`);
  }
  return found;
}

/** The head of the railway being drawn: the last coordinate of the line in the 'railway-drawing' source. */
async function drawnHead(page: Page): Promise<Point | undefined> {
  const data = (await page.evaluate(() => {
    const source = document.querySelector('story-map')?.map?.getSource('railway-drawing') as unknown as {serialize(): {data: FeatureCollection}};
    return source.serialize().data;
  })) as FeatureCollection;
  const line = data.features.find((feature) => feature.geometry.type === 'LineString')?.geometry as LineString | undefined;
  return line?.coordinates.at(-1) as Point | undefined;
}

/** Every step's screenshot on one page, 8 to a row, captioned with its id, for a reviewer's glance. */
async function contactSheet(browser: Browser, shots: {id: string; png: Buffer}[]): Promise<void> {
  const page = await browser.newPage({viewport: {width: 8 * 199 + 8, height: 600}, deviceScaleFactor: 1});
  try {
    const cells = shots.map(({id, png}) => `<figure><img src="data:image/png;base64,${png.toString('base64')}"><figcaption>${id}</figcaption></figure>`);
    await page.setContent(
      `<style>body{margin:4px;display:grid;grid-template-columns:repeat(8,195px);gap:4px;font:13px system-ui,sans-serif}figure{margin:0}img{width:195px;height:422px;object-fit:contain;display:block;border:1px solid #ccc;box-sizing:border-box}figcaption{padding:2px 0 6px;overflow-wrap:anywhere}</style>${cells.join('')}`,
    );
    await page.screenshot({path: `${PHONE}contact-sheet.png`, fullPage: true});
  } finally {
    await page.close();
  }
}

interface Pass {
  name: string;
  path: string;
  language: 'zh' | 'en';
  viewport: {width: number; height: number};
  /** Also checks the drawn railways' heads and keeps a screenshot of each step. */
  detailed: boolean;
  /**
   * Jumps instead of flights: the camera lands on the same framing, sooner. The detailed pass
   * flies, as most readers see it, and draws railways with the scroll.
   */
  reducedMotion: 'reduce' | 'no-preference';
}

const passes: Pass[] = [
  {name: 'zh 390×844', path: '', language: 'zh', viewport: {width: 390, height: 844}, detailed: true, reducedMotion: 'no-preference'},
  {name: 'en 390×844', path: 'en.html', language: 'en', viewport: {width: 390, height: 844}, detailed: false, reducedMotion: 'reduce'},
  {name: 'zh 360×640', path: '', language: 'zh', viewport: {width: 360, height: 640}, detailed: false, reducedMotion: 'reduce'},
  {name: 'en 360×640', path: 'en.html', language: 'en', viewport: {width: 360, height: 640}, detailed: false, reducedMotion: 'reduce'},
  // A landscape phone keeps the column, with the legend folded; a desktop keeps its layout.
  {name: 'zh 844×390', path: '', language: 'zh', viewport: {width: 844, height: 390}, detailed: false, reducedMotion: 'reduce'},
  {name: 'en 1280×800', path: 'en.html', language: 'en', viewport: {width: 1280, height: 800}, detailed: false, reducedMotion: 'reduce'},
];

/** The reader's positions in a step, in scroll order: the target at 0 and 0.5, a drawn head at 0.1, 0.5 and 0.9. */
const progressesOf = (step: Step, pass: Pass) => (pass.detailed && step.draw ? [0, 0.1, 0.5, 0.9] : [0, 0.5]);

describe('phones: every step shows what it is about', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const pass of passes) {
    it(`keeps each step's target in the visible map at ${pass.name}`, async () => {
      const story = stories.find((s) => s.language === pass.language) as Story;
      const {page, consoleErrors} = await openPage(browser, `${baseUrl}${pass.path}`, {
        viewport: pass.viewport,
        isMobile: pass.viewport.width < 1000,
        hasTouch: true,
        deviceScaleFactor: 1,
        reducedMotion: pass.reducedMotion,
      });
      const failures: string[] = [];
      const shots: {id: string; png: Buffer}[] = [];
      try {
        await waitForMapReady(page);
        mkdirSync(PHONE, {recursive: true});
        for (const step of story.steps) {
          const [west, south, east, north] = stepBounds(step);
          const cardHeight = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().height ?? 1, step.id);
          for (const progress of progressesOf(step, pass)) {
            // "0" is 2 px past the trigger line: at 0.001 the scroll, snapped to whole pixels, can stop short of it.
            await scrollToStep(page, step.id, Math.max(progress, 2 / cardHeight));
            await waitForStep(page, step.id);
            const where = `${pass.name} ${step.id} p=${progress}`;
            if (progress === 0 || progress === 0.5) {
              failures.push(...(await problems(page, where, [[west, north], [east, north], [east, south], [west, south]])));
            }
            if (pass.detailed && step.draw && progress > 0) {
              const head = await drawnHead(page);
              if (head) failures.push(...(await problems(page, `${where} drawn head`, [head])));
              else failures.push(`${where}: no line drawn`);
            }
            if (pass.detailed && progress === 0.5) shots.push({id: step.id, png: await page.screenshot({path: `${PHONE}${step.id}.png`})});
          }
        }
      } finally {
        await page.context().close();
      }
      if (shots.length > 0) await contactSheet(browser, shots);
      // Every failing step at once, not just the first.
      expect({failures, consoleErrors}).toEqual({failures: [], consoleErrors: []});
    }, 240_000);
  }

  it('folds the legend into a key button that opens over the text, never over the map, and closes with Esc or a tap elsewhere', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#energy`, {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    try {
      await waitForMapReady(page);
      await waitForStep(page, 'energy');
      const legend = (stories.find((s) => s.language === 'zh') as Story).steps.find((step) => step.id === 'energy')?.legend ?? [];
      const key = page.locator('story-key').getByRole('button', {name: '图例'});
      const panel = page.locator('story-key').getByRole('region', {name: '图例'});
      const expanded = () => key.getAttribute('aria-expanded');
      // Folded: no legend box over the map, the panel closed.
      expect([await page.locator('story-map .legend').count(), await expanded(), await panel.isVisible()]).toEqual([0, 'false', false]);
      await key.tap();
      expect([await expanded(), await panel.isVisible()]).toEqual(['true', true]);
      expect(await panel.locator('story-legend li').allTextContents()).toEqual(legend.map((entry) => entry.label));
      // The motion switch is slotted into the panel: shown with it.
      expect(await page.locator('story-key').getByRole('checkbox', {name: '减少动画'}).isVisible()).toBe(true);
      const [panelTop, mapBottom] = await page.evaluate(() => {
        const shadow = document.querySelector('story-map')?.shadowRoot;
        const panel = shadow?.querySelector('story-key')?.shadowRoot?.querySelector('.panel');
        return [panel?.getBoundingClientRect().top ?? 0, shadow?.querySelector('.map-frame')?.getBoundingClientRect().bottom ?? Infinity];
      });
      expect(panelTop, 'the open key stays off the map').toBeGreaterThanOrEqual(mapBottom);
      await page.screenshot({path: `${PHONE}key-open.png`});
      // Esc closes it and gives the focus back to the button.
      await page.keyboard.press('Escape');
      expect(await page.locator('story-key').getByRole('checkbox', {name: '减少动画'}).isVisible()).toBe(false);
      const focused = await page.evaluate(() => document.querySelector('story-map')?.shadowRoot?.activeElement?.shadowRoot?.activeElement?.localName);
      expect([await expanded(), await panel.isVisible(), focused]).toEqual(['false', false, 'button']);
      // A tap elsewhere (on the map) closes it.
      await key.tap();
      await page.touchscreen.tap(200, 250);
      expect([await expanded(), await panel.isVisible()]).toEqual(['false', false]);
    } finally {
      await page.context().close();
    }
    expect(consoleErrors).toEqual([]);
  });
});
