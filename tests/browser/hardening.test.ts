import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page, Route} from 'playwright-core';
import {parseMarkdown} from '../../src/story/markdown.ts';
import {renderStoryHtml} from '../../src/story/render-html.ts';
import type {Story} from '../../src/story/schema.ts';
import {storyData} from '../../src/story/story-data.ts';
import {launchChromium, openPage, saveScreenshot, storyEvents, waitForMapReady} from './browser.ts';
import {waitForStep, zhStory} from './story-steps.ts';

const baseUrl = inject('baseUrl');
const DIST = new URL('../../dist/', import.meta.url);

/** Hostile strings authors (or an attacker with write access to a story) might slip in. */
export const XSS_PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3">',
  '<svg><script>window.__xss=4</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=5">',
  '<iframe src="javascript:window.__xss=6"></iframe>',
  '<a href="javascript:window.__xss=7">click</a>',
  '[click](javascript:window.__xss=8)',
  '[click](JaVaScRiPt:window.__xss=9)',
  '[click]( javascript:window.__xss=10)',
  '[click](data:text/html,<script>window.__xss=11</script>)',
  '![x](x" onerror="window.__xss=12)',
  '![x](javascript:window.__xss=13)',
  '<body onload="window.__xss=14">',
  '<div style="background:url(javascript:window.__xss=15)">x</div>',
  '<style>*{background:url("javascript:window.__xss=16")}</style>',
  '"><script>window.__xss=17</script>',
  "'><img src=x onerror=window.__xss=18>",
  '</script><script>window.__xss=19</script>',
  '<details open ontoggle="window.__xss=20">',
  '<input autofocus onfocus="window.__xss=21">',
  '<video><source onerror="window.__xss=22"></video>',
  '<object data="javascript:window.__xss=23"></object>',
  '<embed src="javascript:window.__xss=24">',
  '<form action="javascript:window.__xss=25"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=26">',
  '<base href="javascript:window.__xss=27//">',
  '{{constructor.constructor("window.__xss=28")()}}',
  '${window.__xss=29}',
  '\u202E<img src=x onerror=window.__xss=30>',
  '&lt;img src=x onerror=window.__xss=31&gt;',
  '<scr<script>ipt>window.__xss=32</scr</script>ipt>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=33>">',
  '<template><img src=x onerror=window.__xss=34></template>',
];

/** The real story with every payload in titles, text, captions, legends and notes. */
function hostileStory(): Story {
  const story = structuredClone(zhStory);
  story.title = XSS_PAYLOADS[0] as string;
  story.byline = XSS_PAYLOADS[1] as string;
  story.credits = [...XSS_PAYLOADS];
  story.steps = story.steps.map((step, index) => {
    const payload = XSS_PAYLOADS[index % XSS_PAYLOADS.length] as string;
    return {
      ...step,
      title: payload,
      caption: payload,
      source: payload,
      notes: payload,
      legend: step.legend.map((entry) => ({...entry, label: payload})),
      // As the parser would give it, and as a hand-made AST with an unsafe link.
      body: [...parseMarkdown(payload).blocks, {type: 'paragraph', children: [{type: 'link', href: 'javascript:window.__xss=99', children: [{type: 'text', text: payload}]}]}],
    };
  });
  return story;
}

/** The built page with the hostile story in place of the real one, served at /hostile.html. */
async function serveHostile(page: Page): Promise<void> {
  const story = hostileStory();
  const built = readFileSync(new URL('index.html', DIST), 'utf8');
  const html = built
    .replace(/<article class="story">[\s\S]*<\/article>/, `<article class="story">${renderStoryHtml(story)}\n<script type="application/json" id="story-data">${JSON.stringify(storyData(story)).replace(/</g, '\\u003c')}</script></article>`);
  await page.route(`${baseUrl}hostile.html`, (route) => route.fulfill({contentType: 'text/html', body: html}));
}

describe('hardening', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('renders a corpus of XSS payloads as text: nothing executes, in reading, briefing and notes', async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    const {page} = await openPage(browser, 'about:blank');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await serveHostile(page);
    for (const mode of ['', '?mode=present', '?mode=notes']) {
      await page.goto(`${baseUrl}hostile.html${mode}`);
      await page.waitForFunction(() => customElements.get('story-map') !== undefined);
      if (mode !== '?mode=notes') {
        await waitForMapReady(page);
        for (const step of zhStory.steps.slice(0, 12)) await page.evaluate((id) => document.querySelector('story-map')?.goTo(id, {instant: true}), step.id);
      }
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss), mode).toBeUndefined();
      expect(await page.locator('a[href^="javascript"], img[onerror], svg[onload], iframe, object, embed').count(), mode).toBe(0);
    }
    await page.goto(`${baseUrl}hostile.html`);
    // The text is shown, as text.
    expect(await page.locator('h1').textContent()).toBe(XSS_PAYLOADS[0]);
    await saveScreenshot(page, 'hardening/xss-as-text');
    expect(dialogs).toBe(0);
  }, 120_000);

  // counties.geojson is downloaded after the first picture (the first step does not show it);
  // provinces.geojson before it.
  it.each([
    ['a missing file (404)', 'counties', (route: Route) => route.fulfill({status: 404, body: 'not found'}), 'the server answered 404'],
    ['a truncated file', 'counties', (route: Route) => route.fulfill({contentType: 'application/geo+json', body: '{"type":"FeatureCollection","features":[{"type":"Fea'}), 'is not valid JSON'],
    ['an HTML page instead of GeoJSON', 'counties', (route: Route) => route.fulfill({contentType: 'text/html', body: '<!doctype html><p>Welcome</p>'}), 'sent an HTML page instead of GeoJSON'],
    ['a missing file the first picture needs', 'provinces', (route: Route) => route.fulfill({status: 404, body: 'not found'}), 'the server answered 404'],
  ])('names the geo file and what to do on %s (%s); the text still reads', async (_, layer, answer, problem) => {
    const {page} = await openPage(browser, 'about:blank');
    await page.route(new RegExp(`/assets/${layer}-[^/]*\\.geojson$`), answer);
    await page.goto(baseUrl);
    const notice = page.locator('story-map').locator('.notice');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toMatch(new RegExp(`${layer}-[\\w-]+\\.geojson`));
    expect(text).toContain(problem);
    expect(await page.locator('h1').isVisible()).toBe(true);
    const events = (await storyEvents(page)).map((e) => (e.type === 'story-map-ready' ? 'ready' : e.detail.reason));
    expect(events).toEqual(layer === 'provinces' ? ['data-failed'] : ['ready', 'data-failed']);
    await saveScreenshot(page, `hardening/data-${layer}-${problem.split(' ').at(-1)}`);
  }, 60_000);

  it('carries on as text when the WebGL context is lost mid-story', async () => {
    const {page} = await openPage(browser, `${baseUrl}#counties`);
    await waitForMapReady(page);
    await waitForStep(page, 'counties');
    await page.evaluate(() => {
      const canvas = document.querySelector('story-map')?.map?.getCanvas();
      canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await page.waitForFunction(() => document.querySelector('story-map')?.hasAttribute('map-unavailable'));
    expect(await page.locator('story-map').locator('.notice').textContent()).toContain('WebGL');
    expect((await storyEvents(page)).map((e) => e.type)).toEqual(['story-map-ready', 'story-map-error']);
    expect(await page.locator('#counties h3').isVisible()).toBe(true);
    await saveScreenshot(page, 'hardening/context-lost');
  }, 60_000);

  it('still renders and works inside a hostile host page (aggressive global CSS, clashing globals)', async () => {
    const {page, consoleErrors} = await openPage(browser, 'about:blank', {viewport: {width: 1000, height: 900}});
    const host = `<!doctype html><html><head><meta charset="utf-8">
<style>
* { all: unset !important; position: static !important; font-size: 40px !important; box-sizing: content-box !important; }
div, section, article, canvas { display: none !important; }
p { color: red !important; transform: rotate(5deg); }
html, body { display: block !important; }
story-embed { display: block !important; }
</style>
<script>window.define = function () { throw new Error('AMD loader clash'); }; window.define.amd = true; window.maplibregl = {version: '1.0.0-old'}; window.process = {env: {NODE_ENV: 'development'}}; window.L = {}; window.litHtmlVersions = ['1.0.0'];</script>
</head><body><p>Hostile newsroom page.</p>
<script type="module" src="embed/story-map.js"></script>
<story-embed id="hostile" story="ganzhou" language="en" mode="stepper"></story-embed>
</body></html>`;
    await page.route(`${baseUrl}hostile-host.html`, (route) => route.fulfill({contentType: 'text/html', body: host}));
    await page.goto(`${baseUrl}hostile-host.html`);
    await page.waitForFunction(() => document.getElementById('hostile')?.shadowRoot?.querySelector('story-map')?.map !== undefined, undefined, {timeout: 20_000});
    await page.evaluate(() => document.getElementById('hostile')?.shadowRoot?.querySelector('story-map')?.ready);
    const inner = page.locator('#hostile').locator('story-map');
    await inner.getByRole('button', {name: 'Next'}).click();
    expect(await page.evaluate(() => document.getElementById('hostile')?.shadowRoot?.querySelector('story-map')?.currentStep)).toBe(zhStory.steps[1]?.id);
    const canvas = await page.evaluate(() => {
      const rect = document.getElementById('hostile')?.shadowRoot?.querySelector('story-map')?.map?.getCanvas().getBoundingClientRect();
      return {width: rect?.width ?? 0, height: rect?.height ?? 0};
    });
    expect(canvas.width).toBeGreaterThan(300);
    expect(canvas.height).toBeGreaterThan(150);
    await saveScreenshot(page, 'hardening/hostile-host');
    expect(consoleErrors.filter((e) => !e.includes('AMD loader clash'))).toEqual([]);
  }, 60_000);
});
