import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import pointOnFeature from '@turf/point-on-feature';
import type {Browser, Page} from 'playwright-core';
import type {Feature, Position} from 'geojson';
import type {Step} from '../../src/story/schema.ts';
import {launchChromium, onPage, openPage, saveScreenshot, waitForMapReady} from './browser.ts';
import {featureIndex, waitForMapIdle, waitForStep, zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');

/** The ids a step frames (`fit` as ids; a bbox names none). */
const fitIds = (step: Step): string[] => (typeof step.fit === 'string' ? [step.fit] : (step.fit ?? []).filter((v): v is string => typeof v === 'string'));

/** The open card: its heading, its facts' values, its caveats and its story links (hrefs). */
async function openCard(page: Page): Promise<{name: string; facts: string[]; caveats: string[]; links: string[]}> {
  const card = page.locator('story-place-card');
  await card.locator('h2').waitFor();
  return {
    name: (await card.locator('h2').textContent()) ?? '',
    facts: await card.locator('dd').allTextContents(),
    caveats: await card.locator('.caveat').allTextContents(),
    links: await card.locator('li a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
  };
}

/** Whether the open card covers page point `[x, y]`, once it has settled where it goes (it may move away from a tapped place). */
async function cardCovers(page: Page, [x, y]: [number, number]): Promise<boolean> {
  const covers = async () => {
    const box = await page.locator('story-place-card').boundingBox();
    return box !== null && x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  };
  for (let tries = 0; tries < 10 && (await covers()); tries++) await page.waitForTimeout(100);
  return covers();
}

/**
 * Where to click a county: its label point, unless another place's mark is drawn within a few
 * pixels of it (the cities 赣州 and 瑞金 sit on the label points of 章贡区 and 瑞金市, whose labels
 * then give way to theirs); then the nearest spot inside the county, at most 40 px away, where
 * nothing but the county is.
 */
async function clearSpotIn(page: Page, id: string, label: Position): Promise<[number, number]> {
  const [x, y] = await onPage(page, label);
  const spot = await page.evaluate(
    ({id, x, y}) => {
      const map = document.querySelector('story-map')?.map;
      const canvas = map?.getCanvas().getBoundingClientRect();
      if (!map || !canvas) return undefined;
      const only = (px: number, py: number) => {
        const found = map.queryRenderedFeatures([[px - 8 - canvas.left, py - 8 - canvas.top], [px + 8 - canvas.left, py + 8 - canvas.top]]);
        const ids = new Set(found.filter((f) => !['land', 'province-border', 'prefecture-border', 'county-border'].includes(f.layer.id)).map((f) => String(f.id).replace(/\/label$/, '')));
        return ids.size === 1 && ids.has(id);
      };
      for (let r = 0; r <= 40; r += 4) {
        for (let a = 0; a < 360; a += 30) {
          const [px, py] = [x + r * Math.cos((a * Math.PI) / 180), y + r * Math.sin((a * Math.PI) / 180)];
          if (only(px, py)) return [px, py] as [number, number];
          if (r === 0) break;
        }
      }
      return undefined;
    },
    {id, x, y},
  );
  if (!spot) throw new Error(`${id}: no spot near its label where only the county is drawn`);
  return spot;
}

async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('story-place-card').waitFor({state: 'detached'});
}

describe('places: the map answers the reader', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens the card of each of the 18 counties clicked at its label, with its code and every step that frames or highlights it', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    const counties = [...featureIndex.values()].filter((entry) => entry.layer === 'counties').map((entry) => entry.feature.properties as {id: string; name_zh: string; code: string; label: Position});
    expect(counties).toHaveLength(18);
    await page.evaluate(() => {
      const selects: unknown[] = [];
      Object.assign(window, {__placeSelects: selects});
      document.addEventListener('story-place-select', (event) => selects.push(event.detail));
    });
    const failures: string[] = [];
    for (const county of counties) {
      const at = await clearSpotIn(page, county.id, county.label);
      await page.mouse.click(...at);
      const card = await openCard(page);
      const selected = await page.evaluate(() => (window as unknown as {__placeSelects: unknown[]}).__placeSelects.at(-1));
      if (JSON.stringify(selected) !== JSON.stringify({id: county.id, kind: 'counties'})) failures.push(`${county.id}: story-place-select ${JSON.stringify(selected)}`);
      const expected = zhStory.steps.filter((step) => fitIds(step).includes(county.id) || step.highlight.includes(county.id)).map((step) => `#${step.id}`);
      if (card.name !== county.name_zh) failures.push(`${county.id}: card of "${card.name}"`);
      if (!card.facts.includes(county.code)) failures.push(`${county.id}: no code ${county.code} in ${card.facts.join(' | ')}`);
      if (await cardCovers(page, at)) failures.push(`${county.id}: the card covers the spot clicked, ${at.map(Math.round).join(', ')}`);
      const missing = expected.filter((link) => !card.links.includes(link));
      if (missing.length) failures.push(`${county.id}: no link to ${missing.join(', ')}`);
      if (county.id === 'ruijin') {
        // The hover outline follows the mouse through the map's worker: a picture once it has.
        await waitForMapIdle(page);
        await saveScreenshot(page, 'places/desktop-county-card');
      }
      await closeCard(page);
    }
    expect({failures, consoleErrors}).toEqual({failures: [], consoleErrors: []});
  }, 120_000);

  it('opens the card of every highlighted project at its own step, saying so where its site is estimated or disputed', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    const failures: string[] = [];
    let checked = 0;
    for (const step of zhStory.steps) {
      const projects = step.highlight.filter((id) => featureIndex.get(id)?.layer === 'projects');
      if (projects.length === 0) continue;
      await page.evaluate((id) => document.querySelector('story-map')?.goTo(id, {instant: true}), step.id);
      await waitForStep(page, step.id);
      for (const id of projects) {
        const feature = featureIndex.get(id)?.feature as Feature;
        const properties = feature.properties as {name_zh: string; estimated?: boolean; disputed?: boolean};
        await page.mouse.click(...(await onPage(page, pointOnFeature(feature).geometry.coordinates)));
        const card = await openCard(page);
        checked++;
        if (card.name !== properties.name_zh) failures.push(`${step.id}/${id}: card of "${card.name}"`);
        const wording = properties.disputed ? '位置存疑' : properties.estimated ? '位置为示意' : undefined;
        if (wording && !card.caveats.some((caveat) => caveat.startsWith(wording))) failures.push(`${step.id}/${id}: no "${wording}" in ${card.caveats.join(' | ')}`);
        if (!wording && card.caveats.length) failures.push(`${step.id}/${id}: caveats ${card.caveats.join(' | ')} for an exact site`);
        await closeCard(page);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect({failures, consoleErrors}).toEqual({failures: [], consoleErrors: []});
  }, 120_000);

  it('outlines what a click would open under the mouse, with a pointer, and nothing elsewhere', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    const label = (featureIndex.get('ningdu')?.feature.properties as {label: Position}).label;
    const hovered = () =>
      page.evaluate(() => {
        const map = document.querySelector('story-map')?.map;
        return {ids: [...new Set(map?.querySourceFeatures('place-hover').map((feature) => String(feature.properties.id)))], cursor: map?.getCanvas().style.cursor};
      });
    await page.mouse.move(...(await onPage(page, label)));
    await expect.poll(hovered).toEqual({ids: ['ningdu'], cursor: 'pointer'});
    await saveScreenshot(page, 'places/hover');
    // Over plain land in the map's top right corner, away from every place.
    await page.mouse.move(1200, 200, {steps: 5});
    await expect.poll(hovered).toEqual({ids: [], cursor: ''});
    // Off the map, onto the text: no outline left behind.
    await page.mouse.move(...(await onPage(page, label)));
    await expect.poll(hovered).toEqual({ids: ['ningdu'], cursor: 'pointer'});
    await page.mouse.move(200, 500, {steps: 5});
    await expect.poll(hovered).toEqual({ids: [], cursor: ''});
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('keeps a desktop card off the place clicked: a place under the card’s corner gets a card at the bottom, and in explore mode the map moves', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    const label = (featureIndex.get('ningdu')?.feature.properties as {label: Position}).label;
    const covered = async () => cardCovers(page, await onPage(page, label));
    const [x, y] = await onPage(page, label);
    expect(x, '宁都县 is under the card’s usual place (the top right)').toBeGreaterThan(1280 - 350);
    await page.mouse.click(x, y);
    expect((await openCard(page)).name).toBe('宁都县');
    expect(await covered()).toBe(false);
    expect(await page.locator('story-place-card').evaluate((card) => card.classList.contains('low'))).toBe(true);
    await saveScreenshot(page, 'places/desktop-card-low');
    await closeCard(page);

    await page.locator('.explore-toggle').click();
    await page.mouse.click(...(await onPage(page, label)));
    expect((await openCard(page)).name).toBe('宁都县');
    await waitForMapIdle(page);
    expect(await covered()).toBe(false);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('opens a deep-linked place (#place=meijiang-headworks) in explore mode with its card, and the address follows the card', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#place=meijiang-headworks`);
    await waitForMapReady(page);
    expect((await openCard(page)).name).toBe('梅江灌区渠首（团结水库）');
    expect(await page.evaluate(() => document.querySelector('story-map')?.getMapState()?.explore)).toEqual({on: true, place: 'meijiang-headworks'});
    await closeCard(page);
    await page.waitForFunction(() => location.hash === `#${document.querySelector('story-map')?.currentStep}`);
    await page.evaluate(() => document.querySelector('story-map')?.openPlace('ruijin'));
    await page.waitForFunction(() => location.hash === '#place=ruijin');
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it('follows a story link in a card to that step, closing the card', async () => {
    const {page} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    // The projects arrive after the first picture: a place of theirs has a card once they are in.
    await page.waitForFunction(() => document.querySelector('story-map')?.openPlace('meijiang-headworks'));
    await page.locator('story-place-card').getByRole('link', {name: '梅江灌区'}).first().click();
    expect((await waitForStep(page, 'meijiang')).step).toBe('meijiang');
    expect(await page.locator('story-place-card').count()).toBe(0);
  }, 60_000);

  it('shows the card as a sheet below a phone’s map, leaving the tapped place in view', async () => {
    const {page, consoleErrors} = await openPage(browser, `${baseUrl}#counties`, {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    const label = (featureIndex.get('ningdu')?.feature.properties as {label: Position}).label;
    const [x, y] = await onPage(page, label);
    await page.touchscreen.tap(x, y);
    expect((await openCard(page)).name).toBe('宁都县');
    const [sheetTop, mapBottom, hit] = await page.evaluate(
      ([x, y]) => {
        const shadow = document.querySelector('story-map')?.shadowRoot;
        let hit = document.elementFromPoint(x as number, y as number);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(x as number, y as number);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return [shadow?.querySelector('story-place-card')?.getBoundingClientRect().top ?? 0, shadow?.querySelector('.map-frame')?.getBoundingClientRect().bottom ?? Infinity, hit?.localName];
      },
      [x, y],
    );
    expect(sheetTop).toBeGreaterThanOrEqual(mapBottom as number);
    expect(hit, 'the tapped place is not covered').toBe('canvas');
    await saveScreenshot(page, 'places/phone-sheet');
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
