import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {LAYER_NAMES} from '../../src/story/schema.ts';
import {launchChromium, openPage, saveScreenshot, waitForMapReady} from './browser.ts';
import bbox from '@turf/bbox';
import {featureIndex, highlightedOnMap, inside, scrollToStep, stepBounds, visibleOnMap, waitForStep, zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');
/** Tolerance around a target's bounds: a single point is a zero-size box. */
const SLACK = 0.02;
const grow = ([w, s, e, n]: [number, number, number, number]): [number, number, number, number] => [w - SLACK, s - SLACK, e + SLACK, n + SLACK];
/** How far geo/land.geojson reaches: beyond it the map shows the water colour. */
const [landWest, landSouth, landEast, landNorth] = bbox(featureIndex.get('land')?.feature ?? {type: 'FeatureCollection', features: []});

describe('every step of the real story, scrolled to like a reader (1280×800)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lands on each step’s declared state: camera on target, layers, highlights, nothing else; a deep link lands on the same picture', async () => {
    const {page, consoleErrors} = await openPage(browser, baseUrl);
    const deepLinks = await openPage(browser, 'about:blank');
    await waitForMapReady(page);
    for (const [index, step] of zhStory.steps.entries()) {
      await scrollToStep(page, step.id);
      const state = await waitForStep(page, step.id);
      expect(inside(state.center, grow(stepBounds(step))), `${step.id}: centre ${state.center.join(', ')} outside its target`).toBe(true);
      const shown = await visibleOnMap(page);
      expect(shown, step.id).toEqual(LAYER_NAMES.filter((layer) => step.layers.includes(layer)));
      // Land drawn to the edges: no strip of "sea" where the land data was cut off.
      const [west, south, east, north] = state.bounds;
      if (step.layers.includes('land')) expect([west >= landWest, south >= landSouth, east <= landEast, north <= landNorth], `${step.id}: view ${state.bounds.join(', ')} beyond the land data`).toEqual([true, true, true, true]);
      const highlighted = (await highlightedOnMap(page)).sort();
      expect(highlighted, `${step.id}: feature states`).toEqual([...step.highlight].sort());
      expect(await page.evaluate(() => location.hash)).toBe(`#${step.id}`);
      await saveScreenshot(page, `steps/desktop/${String(index + 1).padStart(2, '0')}-${step.id}`);
      // The same step opened by a deep link (a fresh load): the same picture, whatever came before.
      await deepLinks.page.goto(`${baseUrl}?load=${index}#${step.id}`);
      await waitForMapReady(deepLinks.page);
      const linked = await waitForStep(deepLinks.page, step.id);
      expect(Math.abs(linked.zoom - state.zoom), `${step.id}: zoom ${linked.zoom} by deep link, ${state.zoom} by scrolling`).toBeLessThan(0.01);
      expect(Math.hypot(linked.center[0] - state.center[0], linked.center[1] - state.center[1]), `${step.id}: centre by deep link vs by scrolling`).toBeLessThan(0.001);
      expect({layers: await visibleOnMap(deepLinks.page), highlighted: (await highlightedOnMap(deepLinks.page)).sort(), drawn: linked.drawnRailways}, step.id).toEqual({layers: shown, highlighted, drawn: state.drawnRailways});
      // The step's text is in view.
      expect(await deepLinks.page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, step.id), step.id).toBeLessThan(800);
    }
    expect(consoleErrors).toEqual([]);
    expect(deepLinks.consoleErrors).toEqual([]);
  }, 600_000);
});
