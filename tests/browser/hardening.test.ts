import {execFile} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, inject, it, vi} from 'vitest';
import {preview} from 'vite';
import type {PreviewServer} from 'vite';
import type {Browser, Page, Route} from 'playwright-core';
import {handoutHtml} from '../../scripts/handout.ts';
import {loadStoryContext} from '../../scripts/check-story.ts';
import {parseMarkdown} from '../../src/story/markdown.ts';
import {parseStory} from '../../src/story/parse-story.ts';
import type {Story} from '../../src/story/schema.ts';
import {launchChromium, openPage, saveScreenshot, startLiveMap, storyEvents, waitForMapReady} from './browser.ts';
import {waitForStep, zhStory} from './story-steps.ts';

// Vitest resolves lit's development build (the `development` export condition), which announces
// itself on import; the build and `npm run handout` load the production build, which does not.
vi.hoisted(() => {
  (globalThis as {litIssuedWarnings?: Set<string>}).litIssuedWarnings = new Set(['dev-mode']);
});

const baseUrl = inject('baseUrl');
const ROOT = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

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

const payload = (index: number) => XSS_PAYLOADS[index % XSS_PAYLOADS.length] as string;

/** Markdown whose text is exactly `text`: every ASCII punctuation character backslash-escaped. */
const literal = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, '\\$&');

/** An inline code span holding `text` as it is. */
function codeSpan(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return `${fence} ${text} ${fence}`;
}

/** The link every step's text carries: an https address with the payload (less its spaces) in it. */
const hostileHref = (text: string) => `https://example.org/${text.replace(/\s/g, '')}`;

/** Every county's Chinese name, as one line of plain text. */
const COUNTY_NAMES = [...loadStoryContext().features.values()]
  .filter((feature) => feature.layer === 'counties')
  .map((feature) => feature.name_zh)
  .join('、');

/**
 * A step's text with its payload in every form the checker accepts: as escaped text, bold and
 * emphasised, in code, as a link's text and address, in a list, and as written where the checker
 * lets it through (entities, template syntax). The checker refuses the rest as raw HTML or unsafe
 * links (tested in src/story/markdown.test.ts and tests/story/cases).
 */
function hostileText(text: string, id: string): string {
  const asWritten = parseMarkdown(text).problems.length === 0 ? `\n\n${text}` : '';
  return `${literal(text)}

**${literal(text)}** *${literal(text)}* ${codeSpan(text)} [${literal(text)}](${literal(hostileHref(text))}) [${literal(text)}](#${id})

- ${literal(text)}
- ${codeSpan(text)}${asWritten}
`;
}

/**
 * The Chinese story with a payload in every text field: front matter (title, subtitle, byline,
 * attribution, every payload as a credit), chapter and step headings, each step's text, caption,
 * source, notes and legend labels.
 */
function hostileMarkdown(markdown: string): string {
  const out: string[] = [];
  let frontMatter = 0;
  let fence = false;
  let chapter = 0;
  let step = -1;
  let id = '';
  let inText = false;
  for (const line of markdown.split('\n')) {
    if (frontMatter < 2) {
      if (line === '---') frontMatter++;
      const field = /^(title|subtitle|byline|attribution):/.exec(line)?.[1];
      if (field) out.push(`${field}: ${JSON.stringify(payload(['title', 'subtitle', 'byline', 'attribution'].indexOf(field)))}`);
      else if (line === 'credits:') out.push(line, ...XSS_PAYLOADS.map((text) => `  - ${JSON.stringify(text)}`));
      else if (!line.startsWith('  - ')) out.push(line);
      continue;
    }
    if (line.startsWith('```')) {
      fence = !fence;
      out.push(line);
      // The step's own text is replaced by the hostile one, right after its map block, then a line
      // naming every county: the checker wants a step that shows a disputed site to name the
      // counties of its candidate sites.
      if (!fence) out.push('', hostileText(payload(step), id), '', COUNTY_NAMES);
      inText = !fence;
    } else if (fence) {
      const text = JSON.stringify(payload(step));
      out.push(/^(caption|source|notes): /.test(line) ? `${line.slice(0, line.indexOf(':'))}: ${text}` : line.replace(/label: [^}]*\}/, () => `label: ${text}}`));
    } else if (line.startsWith('# ')) {
      out.push(`${line} ${literal(payload(chapter++))}`);
      inText = false;
    } else if (line.startsWith('## ')) {
      step++;
      id = /\{#([a-z0-9-]+)\}$/.exec(line)?.[1] ?? '';
      out.push(`## ${literal(payload(step))} {#${id}}`);
      inText = false;
    } else if (!inText) out.push(line);
  }
  return out.join('\n');
}

/** What a step shows of its story text, as read from a rendered page. */
interface StepText {
  id: string;
  title: string;
  paragraph: string;
  code: string;
  links: string[];
  caption: string;
  source: string;
}

/** What every output must show of a step: its payload as text, in every place. */
function expectedText(story: Story, index: number): StepText {
  const step = story.steps[index];
  const text = payload(index);
  return {
    id: step?.id ?? '',
    title: text,
    paragraph: text,
    code: text,
    links: [hostileHref(text), `#${step?.id}`],
    caption: step?.caption === undefined ? '' : text,
    source: step?.source === undefined ? '' : `来源：${text}`,
  };
}

/** Reads each step's text in the page: under `host` (a shadow root's host) or in the document. */
function readSteps(page: Page, host?: string): Promise<StepText[]> {
  return page.evaluate((host) => {
    const root = host ? document.querySelector(host)?.shadowRoot : document;
    return [...(root?.querySelectorAll<HTMLElement>('.step[data-step]') ?? [])].map((step) => ({
      id: step.dataset.step ?? '',
      title: step.querySelector('h3')?.textContent ?? '',
      paragraph: step.querySelector('p')?.textContent ?? '',
      code: step.querySelector('code')?.textContent ?? '',
      links: [...step.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      caption: step.querySelector('.caption')?.textContent ?? '',
      source: step.querySelector('.source')?.textContent ?? '',
    }));
  }, host);
}

/** Elements the story text renderer writes, and the JSON data block the build puts beside them. */
const TEXT_ELEMENTS = ['header', 'h1', 'h2', 'h3', 'p', 'section', 'footer', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'a', 'br', 'script#story-data[type="application/json"]'];
/**
 * Elements no output has, which story text would have to have smuggled in. The pictures an output
 * does have: the handout's maps, and the page's map picture before the live map (its own slot).
 */
const FOREIGN = 'script:not([type="module"][src]):not(#story-data), iframe, frame, object, embed, svg, math, video, audio, source, form, template, noscript, base, style:not(head > style), meta:not(head > meta), link:not(head > link), img:not(section.page > img):not(story-map > img.map-poster[slot="poster"])';

/**
 * What story text smuggled into a page, looked for in the document and every shadow root:
 * event-handler attributes, links that are neither https nor a step, elements no output has, and
 * under `textRoot` any element the renderer does not write. Empty when the page is clean.
 */
function intrusions(page: Page, textRoot: string): Promise<string[]> {
  return page.evaluate(
    ({textRoot, textElements, foreign}) => {
      const found: string[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const element of (roots[i] as Document | ShadowRoot).querySelectorAll('*')) {
          if (element.shadowRoot) roots.push(element.shadowRoot);
          for (const name of element.getAttributeNames()) if (name.startsWith('on')) found.push(`<${element.localName} ${name}>`);
          const href = element.getAttribute('href');
          if (element.localName === 'a' && href !== null && !/^(https:\/\/|#)/.test(href)) found.push(`<a href="${href}">`);
          if (element.matches(foreign)) found.push(`<${element.localName}>`);
        }
      }
      const allowed = textElements.join(', ');
      for (const root of roots) {
        for (const container of root.querySelectorAll(textRoot)) {
          for (const element of container.querySelectorAll('*')) if (!element.matches(allowed)) found.push(`<${element.localName}> in ${textRoot}`);
        }
      }
      return found;
    },
    {textRoot, textElements: TEXT_ELEMENTS, foreign: FOREIGN},
  );
}

/** The map's credit line (from the story's `attribution`), wherever its map is. */
const attribution = (page: Page) => page.locator('.maplibregl-ctrl-attrib-inner').textContent();

/** What a page ran or reported that it should not have: the payloads' global marker, dialogs, CSP violations. */
async function watch(page: Page): Promise<{dialogs: string[]; violations: () => Promise<string[]>; marker: () => Promise<unknown>}> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, {__cspViolations: violations});
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as {__cspViolations?: string[]}).__cspViolations ?? []),
    marker: () => page.evaluate(() => (window as unknown as {__xss?: unknown}).__xss),
  };
}

/**
 * The corpus goes into the story's Markdown, is built by the real Vite plugin (pages and the
 * `<story-embed>` build, STORIES_DIR pointing at the hostile copy), served like a deployment, and
 * checked in every output: the page, the embed element, the iframe stepper, the notes window and
 * the handout.
 */
describe('a story full of XSS payloads, built and read in every output', () => {
  const workspace = mkdtempSync(`${tmpdir()}/hostile-story-`);
  const dist = `${workspace}/dist`;
  cpSync(`${ROOT}stories`, `${workspace}/stories`, {recursive: true});
  const file = `${workspace}/stories/ganzhou/story.zh.md`;
  writeFileSync(file, hostileMarkdown(readFileSync(file, 'utf8')));
  const {story: parsed, errors} = parseStory(readFileSync(file, 'utf8'), 'stories/ganzhou/story.zh.md', loadStoryContext());
  const story = parsed as Story;
  const expected = story.steps.map((_, index) => expectedText(story, index));
  let browser: Browser;
  let server: PreviewServer;
  let hostUrl: string;

  beforeAll(async () => {
    const env = {...process.env, STORIES_DIR: `${workspace}/stories`};
    const vite = `${ROOT}node_modules/.bin/vite`;
    await run(vite, ['build', '--outDir', dist, '--emptyOutDir'], {cwd: ROOT, env});
    await run(vite, ['build', '--config', 'vite.embed.config.ts', '--outDir', `${dist}/embed`, '--emptyOutDir'], {cwd: ROOT, env});
    server = await preview({root: ROOT, build: {outDir: dist}, preview: {host: '127.0.0.1', port: 0, strictPort: false}, logLevel: 'silent'});
    hostUrl = server.resolvedUrls?.local[0] ?? '';
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(workspace, {recursive: true, force: true});
  });

  it('puts every payload in the story: the checker accepts it as text', () => {
    expect(errors).toEqual([]);
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(story.steps.length).toBeGreaterThanOrEqual(XSS_PAYLOADS.length);
    expect(story.credits).toEqual(XSS_PAYLOADS);
    expect(story.steps.map((step) => step.title)).toEqual(story.steps.map((_, index) => payload(index)));
  });

  it('the page (reading mode): text, legends and the map’s credit line as text, nothing runs', async () => {
    const {page} = await openPage(browser, 'about:blank');
    const {dialogs, violations, marker} = await watch(page);
    await page.goto(hostUrl);
    await waitForMapReady(page);
    expect(await page.title()).toBe(payload(0));
    expect(await page.locator('h1').textContent()).toBe(payload(0));
    expect(await page.locator('.story-credits li').allTextContents()).toEqual(XSS_PAYLOADS);
    expect(await readSteps(page)).toEqual(expected);
    // Each step's legend, drawn in the map's shadow root, as the reader reaches it.
    const legends = await page.evaluate(async (ids) => {
      const element = document.querySelector('story-map');
      const labels: string[][] = [];
      for (const id of ids) {
        element?.goTo(id, {instant: true});
        await element?.updateComplete;
        labels.push([...(element?.shadowRoot?.querySelector('story-legend')?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? ''));
      }
      return labels;
    }, story.steps.map((step) => step.id));
    expect(legends).toEqual(story.steps.map((step, index) => step.legend.map(() => payload(index))));
    expect(await attribution(page)).toContain(payload(3));
    expect(await intrusions(page, 'article.story')).toEqual([]);
    expect(await marker()).toBeUndefined();
    expect(await violations()).toEqual([]);
    expect(dialogs).toEqual([]);
    await saveScreenshot(page, 'hardening/xss-page');
  }, 90_000);

  it('<story-embed> (the dist/embed build) in a host page without a script policy: the same text, nothing runs', async () => {
    const {page} = await openPage(browser, 'about:blank');
    const {dialogs, violations, marker} = await watch(page);
    // Only a style policy: inline scripts and handlers would run here, so a leak would show as `__xss`.
    const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="style-src 'self'"><title>News</title></head>
<body><h1>News</h1><script type="module" src="embed/story-map.js"></script><story-embed story="ganzhou" language="zh"></story-embed></body></html>`;
    await page.route(`${hostUrl}hostile-embed.html`, (route) => route.fulfill({contentType: 'text/html', body: host}));
    await page.goto(`${hostUrl}hostile-embed.html`);
    await page.waitForFunction(() => document.querySelector('story-embed')?.shadowRoot?.querySelector('story-map')?.map !== undefined, undefined, {timeout: 20_000});
    await page.evaluate(() => document.querySelector('story-embed')?.shadowRoot?.querySelector('story-map')?.ready);
    expect(await page.locator('story-embed').locator('.story-header h2').textContent()).toBe(payload(0));
    expect(await readSteps(page, 'story-embed')).toEqual(expected);
    expect(await attribution(page)).toContain(payload(3));
    expect(await intrusions(page, 'article.story')).toEqual([]);
    expect(await marker()).toBeUndefined();
    expect(await violations()).toEqual([]);
    expect(dialogs).toEqual([]);
    await saveScreenshot(page, 'hardening/xss-embed-element');
  }, 90_000);

  it('the iframe stepper (embed.html?mode=stepper): the same text, nothing runs', async () => {
    const {page} = await openPage(browser, 'about:blank');
    const {dialogs, violations, marker} = await watch(page);
    await page.goto(`${hostUrl}embed.html?mode=stepper`);
    await waitForMapReady(page);
    await page.locator('story-map').getByRole('button', {name: '下一步'}).click();
    await waitForStep(page, story.steps[1]?.id as string);
    expect(await page.locator('.step[data-current] h3').textContent()).toBe(payload(1));
    expect(await page.locator('.step[data-current] h3').isVisible()).toBe(true);
    expect(await readSteps(page)).toEqual(expected);
    expect(await attribution(page)).toContain(payload(3));
    expect(await intrusions(page, 'article.story')).toEqual([]);
    expect(await marker()).toBeUndefined();
    expect(await violations()).toEqual([]);
    expect(dialogs).toEqual([]);
    await saveScreenshot(page, 'hardening/xss-stepper');
  }, 90_000);

  it('the notes window (?mode=notes): each step’s title and notes as text, nothing runs', async () => {
    const {page} = await openPage(browser, 'about:blank');
    const {dialogs, violations, marker} = await watch(page);
    await page.goto(`${hostUrl}?mode=notes`);
    await page.waitForFunction(() => Boolean(document.querySelector('story-notes')?.shadowRoot?.querySelector('h1')));
    // The presenting window's messages, on the real briefing channel.
    const shown = await page.evaluate(async (ids) => {
      const channel = new BroadcastChannel('ganzhou-story-briefing');
      const notes = document.querySelector('story-notes');
      const seen: string[] = [];
      for (const [index, id] of ids.entries()) {
        channel.postMessage({type: 'step', id, index});
        await new Promise<void>((resolve) => {
          const check = () => (notes?.step === id ? resolve() : setTimeout(check, 10));
          check();
        });
        await notes?.updateComplete;
        seen.push(notes?.shadowRoot?.querySelector('.notes')?.textContent ?? '');
      }
      channel.close();
      return seen;
    }, story.steps.map((step) => step.id));
    expect(shown).toEqual(story.steps.map((step, index) => (step.notes === undefined ? '' : payload(index))));
    expect(await page.locator('story-notes').locator('.now').textContent()).toContain(payload(story.steps.length - 1));
    expect(await intrusions(page, '.now, .notes, .next')).toEqual([]);
    expect(await marker()).toBeUndefined();
    expect(await violations()).toEqual([]);
    expect(dialogs).toEqual([]);
    await saveScreenshot(page, 'hardening/xss-notes');
  }, 60_000);

  it('the handout, rendered as `npm run handout` does: the same text, nothing runs', async () => {
    const {page} = await openPage(browser, 'about:blank');
    const {dialogs, marker} = await watch(page);
    const picture = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    await page.setContent(handoutHtml(story, () => picture), {waitUntil: 'load'});
    expect(await page.title()).toBe(payload(0));
    expect(await readSteps(page)).toEqual(expected);
    expect(await page.locator('.page .chapter').first().textContent()).toContain(payload(0));
    expect(await intrusions(page, '.page .text')).toEqual([]);
    expect(await marker()).toBeUndefined();
    expect(dialogs).toEqual([]);
  }, 60_000);
});

describe('hardening', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

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
    await startLiveMap(page);
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
