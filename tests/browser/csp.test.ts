import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchChromium, openPage, waitForMapReady} from './browser.ts';
import {waitForStep, zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');
const ids = zhStory.steps.map((s) => s.id);

/** Records every CSP violation the page reports (init scripts are not subject to the page's CSP). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, {__cspViolations: violations});
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as {__cspViolations: string[]}).__cspViolations);

describe('the built pages under their strict Content-Security-Policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('declare default-src self, no inline scripts, no eval', async () => {
    const {page} = await openPage(browser, baseUrl);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('see no violation through the whole story, the briefing and the embed', async () => {
    const {page, consoleErrors} = await openPage(browser, 'about:blank', {reducedMotion: 'reduce'});
    await recordViolations(page);
    await page.goto(baseUrl);
    await waitForMapReady(page);
    for (const id of ids) {
      await page.evaluate((id) => document.querySelector('story-map')?.goTo(id, {instant: true}), id);
      await waitForStep(page, id);
    }
    expect(await violations(page)).toEqual([]);

    await page.goto(`${baseUrl}?mode=present`);
    await waitForMapReady(page);
    for (let step = 0; step < 5; step++) await page.keyboard.press('PageDown');
    await page.keyboard.press('b');
    await page.keyboard.press('b');
    expect(await violations(page)).toEqual([]);

    await page.goto(`${baseUrl}embed-en.html?mode=stepper`);
    await waitForMapReady(page);
    await page.locator('story-map').getByRole('button', {name: 'Next'}).click();
    await waitForStep(page, ids[1] as string);
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 180_000);
});
