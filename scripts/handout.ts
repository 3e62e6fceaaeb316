/**
 * `npm run handout`: a PDF per language with one page per step — the step's map (from
 * `npm run snapshots`), title, text, caption and sources — printed by headless Chromium into
 * dist/handout-<lang>.pdf. Run `npm run build` and `npm run snapshots` first.
 */
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {launchChromium} from '../tests/browser/browser.ts';
import {escapeHtml, renderBlocks} from '../src/story/render-html.ts';
import {strings} from '../src/story/strings.ts';
import {checkAllStories, loadStoryContext} from './check-story.ts';
import {snapshotPath} from './snapshot-path.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const {stories} = checkAllStories(loadStoryContext());
const browser = await launchChromium();
try {
  for (const story of stories) {
    const labels = strings(story.language).page;
    const pages = story.steps.map((step, index) => {
      const file = `${root}dist/${snapshotPath(story.language, index, step.id)}`;
      if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build && npm run snapshots first.`);
      const image = `data:image/png;base64,${readFileSync(file).toString('base64')}`;
      return `<section class="page">
<img src="${image}" alt="">
<div class="text">
<p class="chapter">${escapeHtml(step.chapter)} · ${index + 1} / ${story.steps.length}</p>
<h2>${escapeHtml(step.title)}</h2>
${renderBlocks(step.body)}
${step.caption ? `<p class="caption">${escapeHtml(step.caption)}</p>` : ''}
${step.source ? `<p class="caption">${labels.source}：${escapeHtml(step.source)}</p>` : ''}
</div>
</section>`;
    });
    const html = `<!doctype html><html lang="${story.language === 'zh' ? 'zh-Hans' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(story.title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { margin: 0; font: 11pt/1.55 'Noto Sans CJK SC', sans-serif; color: #111; }
.page { display: grid; grid-template-columns: 62% 1fr; gap: 8mm; height: 180mm; break-after: page; overflow: hidden; }
.page:last-child { break-after: auto; }
img { width: 100%; border: 0.3mm solid #bbb; }
h2 { margin: 0 0 3mm; font-size: 16pt; }
p, ul, ol { margin: 0 0 2.5mm; }
.chapter { color: #c0392b; font-size: 9pt; letter-spacing: 0.05em; }
.caption { color: #444; font-size: 8.5pt; }
</style></head><body>${pages.join('\n')}</body></html>`;
    const page = await browser.newPage();
    await page.setContent(html, {waitUntil: 'load'});
    const out = `dist/handout-${story.language}.pdf`;
    await page.pdf({path: `${root}${out}`, landscape: true, format: 'A4', printBackground: true});
    await page.close();
    console.log(`handout: ${story.steps.length} pages → ${out}`);
  }
} finally {
  await browser.close();
}
