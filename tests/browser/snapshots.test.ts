import {execFile} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {palette} from '../../src/map/palette.ts';
import {colourShares, dominantColourShare, launchChromium, openPage, saveScreenshot, startLiveMap} from './browser.ts';
import {stories} from './story-steps.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const baseUrl = inject('baseUrl');

describe('step pictures and handouts (committed public/snapshots/, npm run handout)', () => {
  let browser: Browser;
  beforeAll(async () => {
    await run(`${ROOT}node_modules/.bin/tsx`, ['scripts/handout.ts'], {cwd: ROOT});
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser.close();
  });

  it.each(stories.map((s) => [s.language, s] as const))('serves one picture per step with the built site (%s), none blank', async (language, story) => {
    const files = readdirSync(`${ROOT}dist/snapshots/${language}`).filter((f) => f.endsWith('.webp')).sort();
    expect(files).toHaveLength(story.steps.length);
    for (const file of files) {
      const png = readFileSync(`${ROOT}dist/snapshots/${language}/${file}`);
      // A blank image is one colour (white, the background, or just water or land); a map has
      // lines and labels too. The most uniform real step (a county filling the view) is 0.93.
      const [white = 1, water = 1, land = 1] = await colourShares(browser, png, ['#ffffff', palette.water, palette.land], 2);
      expect(white, file).toBeLessThan(0.97);
      expect(water + land, file).toBeLessThan(0.97);
      expect(await dominantColourShare(browser, png), `${file}: one colour covers almost all of it`).toBeLessThan(0.97);
    }
  }, 180_000);

  it.each(stories.map((s) => [s.language, s] as const))('prints a handout PDF with one page per step (%s)', (language, story) => {
    const pdf = readFileSync(`${ROOT}dist/handout-${language}.pdf`, 'latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(story.steps.length);
  });

  it('shows each step’s snapshot in the text when WebGL is missing', async () => {
    const noWebgl = await launchChromium({webgl: false});
    try {
      const {page, consoleErrors} = await openPage(noWebgl, baseUrl);
      // The reader's first move starts the map, which cannot start: the pictures go into the text.
      await startLiveMap(page);
      await page.waitForFunction(() => document.querySelectorAll('.step-snapshot').length > 30);
      const first = page.locator('.step-snapshot').first();
      await first.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => ((document.querySelector('.step-snapshot') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0);
      expect(await first.getAttribute('alt')).toMatch(/^地图：/);
      await saveScreenshot(page, 'no-webgl-with-snapshots');
      expect(consoleErrors).toEqual([]);
    } finally {
      await noWebgl.close();
    }
  }, 60_000);
});
