import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium, openPage, saveScreenshot, waitForMapReady} from './browser.ts';
import {zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');
const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
const ids = zhStory.steps.map((s) => s.id);

/** A newsroom article page that embeds the story with the real pym.js, as newsrooms do. */
const PARENT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title>
<style>body{font:18px Georgia,serif;max-width:720px;margin:0 auto;padding:20px} p{line-height:1.6}</style></head>
<body><h1>How Ganzhou changed</h1><p>Newsroom text before the embed.</p>
<div id="story-embed"></div>
<p>Newsroom text after the embed.</p>
<script src="pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('story-embed', 'embed.html?story=ganzhou&mode=stepper', {});</script>
</body></html>`;

describe('the iframe embed (embed.html)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('speaks the pym.js height protocol: the parent’s iframe follows the content height', async () => {
    const {page, consoleErrors} = await openPage(browser, 'about:blank', {viewport: {width: 1000, height: 900}});
    await page.route(`${baseUrl}newsroom.html`, (route) => route.fulfill({contentType: 'text/html', body: PARENT}));
    await page.route(`${baseUrl}pym.v1.min.js`, (route) => route.fulfill({contentType: 'text/javascript', body: PYM}));
    await page.goto(`${baseUrl}newsroom.html`);
    const iframe = page.locator('#story-embed iframe');
    await iframe.waitFor();
    const frame = page.frameLocator('#story-embed iframe');
    await frame.locator('story-map[mode="stepper"]').waitFor();
    await page.frames()[1]?.waitForFunction(() => document.querySelector('story-map')?.ready.then(() => true));
    const childHeight = async () => page.frames()[1]?.evaluate(() => document.body.offsetHeight);
    const heightsMatch = async () => {
      const attribute = Number.parseFloat(await iframe.getAttribute('height') ?? '0');
      return Math.abs(attribute - ((await childHeight()) ?? 0)) <= 2 && attribute > 300;
    };
    await expect.poll(heightsMatch, {timeout: 20_000}).toBe(true);
    const before = Number.parseFloat(await iframe.getAttribute('height') ?? '0');
    // A step with a much longer text: the iframe grows with it.
    await frame.locator('story-map').getByRole('button', {name: '下一步'}).click();
    const grown = async () => (await heightsMatch()) && Number.parseFloat((await iframe.getAttribute('height')) ?? '0') !== before;
    await expect.poll(grown, {timeout: 10_000}).toBe(true);
    await saveScreenshot(page, 'embed/pym-parent');
    expect(consoleErrors).toEqual([]);
  }, 90_000);

  it('offers a stepper with buttons and arrow keys, without scroll triggers', async () => {
    const {page} = await openPage(browser, `${baseUrl}embed.html?mode=stepper`, {viewport: {width: 800, height: 900}});
    await waitForMapReady(page);
    const current = () => page.evaluate(() => document.querySelector('story-map')?.currentStep);
    expect(await current()).toBe(ids[0]);
    await page.locator('story-map').getByRole('button', {name: '下一步'}).click();
    expect(await current()).toBe(ids[1]);
    await page.keyboard.press('ArrowRight');
    expect(await current()).toBe(ids[2]);
    await page.keyboard.press('ArrowLeft');
    expect(await current()).toBe(ids[1]);
    await page.mouse.wheel(0, 2000);
    // Two frames: the wheel has scrolled the page; a stepper has no scroll triggers to answer it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await current()).toBe(ids[1]);
    expect(await page.locator('.step:visible').count()).toBe(1);
    await saveScreenshot(page, 'embed/stepper');
  }, 60_000);

  it('shows one fixed step with mode=step&step=…', async () => {
    const {page} = await openPage(browser, `${baseUrl}embed.html?mode=step&step=meijiang`, {viewport: {width: 800, height: 900}});
    await waitForMapReady(page);
    expect(await page.evaluate(() => document.querySelector('story-map')?.currentStep)).toBe('meijiang');
    expect(await page.locator('.step:visible').count()).toBe(1);
    expect(await page.locator('story-map').getByRole('button').filter({hasText: '下一步'}).count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.querySelector('story-map')?.currentStep)).toBe('meijiang');
  }, 60_000);

  it('names an unknown story in the address instead of failing silently', async () => {
    const {page} = await openPage(browser, `${baseUrl}embed.html?story=shanghai`);
    expect(await page.getByRole('alert').textContent()).toBe('Unknown story "shanghai" in the address (story=…). Available: ganzhou.');
  }, 30_000);
});
