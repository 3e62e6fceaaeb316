import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchChromium, openPage, saveScreenshot} from './browser.ts';
import {zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');

/** The `<story-map>` inside an embed instance, by the instance's id. */
const inner = (page: Page, id: string) => page.locator(`#${id}`).locator('story-map');
const currentStep = (page: Page, id: string) => page.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelector('story-map')?.currentStep, id);

describe('the custom-element embed (dist/embed/story-map.js) in a news page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('runs two independent instances from one script tag, loading everything relative to the script', async () => {
    const {page, consoleErrors, foreignRequests} = await openPage(browser, 'about:blank');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}embed-demo.html`);
    for (const id of ['scrolling', 'stepper']) {
      await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('story-map')?.map !== undefined, id);
      await page.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelector('story-map')?.ready, id);
    }
    expect(await currentStep(page, 'scrolling')).toBe('intro');
    expect(await currentStep(page, 'stepper')).toBe('changgan-hsr');

    await page.evaluate(() => document.getElementById('stepper')?.scrollIntoView({block: 'center', behavior: 'instant'}));
    // Scrolled past the first instance: it follows the page to its last step by itself.
    const last = zhStory.steps.at(-1)?.id as string;
    await expect.poll(() => currentStep(page, 'scrolling'), {timeout: 15_000}).toBe(last);
    await inner(page, 'stepper').getByRole('button', {name: 'Next'}).click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentStep(page, 'stepper'), {timeout: 5_000}).toBe('ganruilong-railway');
    expect(await currentStep(page, 'scrolling')).toBe(last);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // The first instance's end 300 px down the window: its reading controls have left with its
    // map, not stayed stuck over the article below it.
    const controlsBottom = await page.evaluate(async () => {
      const end = document.getElementById('scrolling')?.getBoundingClientRect().bottom ?? 0;
      window.scrollTo({top: window.scrollY + end - 300, behavior: 'instant'});
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return document.getElementById('scrolling')?.shadowRoot?.querySelector('story-map')?.shadowRoot?.querySelector('story-progress')?.getBoundingClientRect().bottom;
    });
    expect(controlsBottom).toBeLessThanOrEqual(0);

    // Story data, geo layers and the worker come from next to the script, not the page.
    const assets = requests.filter((path) => /\.(geojson|mjs)$|\/chunks\//.test(path));
    expect(assets.length).toBeGreaterThan(10);
    expect(assets.filter((path) => !path.startsWith('/embed/'))).toEqual([]);
    await saveScreenshot(page, 'embed/demo-stepper');
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);

  it('keeps the host page’s CSS out and its own in (shadow DOM)', async () => {
    const {page} = await openPage(browser, `${baseUrl}embed-demo.html`);
    await page.waitForFunction(() => document.getElementById('scrolling')?.shadowRoot?.querySelector('.step h3') !== null);
    const heading = await page.evaluate(() => {
      const h3 = document.getElementById('scrolling')?.shadowRoot?.querySelector('.step h3') as HTMLElement;
      const style = getComputedStyle(h3);
      return {color: style.color, transform: style.textTransform, font: style.fontFamily};
    });
    // The host styles h3 red, uppercase, Helvetica; the story keeps its own.
    expect(heading.color).toBe('rgb(31, 31, 31)');
    expect(heading.transform).toBe('none');
    expect(heading.font).not.toMatch(/Helvetica/);
    // And ours do not leak out: the host's own paragraphs keep Georgia.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main > p') as HTMLElement).fontFamily)).toMatch(/Georgia/);
    await saveScreenshot(page, 'embed/demo-top');
  }, 60_000);

  it('names an unknown story in the element instead of a blank box', async () => {
    const {page} = await openPage(browser, 'about:blank');
    await page.route(`${baseUrl}bad-embed.html`, (route) =>
      route.fulfill({contentType: 'text/html', body: '<!doctype html><script type="module" src="embed/story-map.js"></script><story-embed story="shanghai"></story-embed>'}),
    );
    await page.goto(`${baseUrl}bad-embed.html`);
    await expect.poll(() => page.locator('story-embed').getByRole('alert').textContent().catch(() => ''), {timeout: 10_000}).toBe('Unknown story "shanghai" (the story attribute). Available: ganzhou.');
  }, 60_000);
});
