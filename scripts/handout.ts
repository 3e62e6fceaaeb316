/**
 * `npm run handout`: a PDF per language with one page per step — the step's map (the committed
 * pictures in public/snapshots/), title, text, caption and sources — printed by headless Chromium
 * into dist/handout-<lang>.pdf.
 */
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {html} from 'lit';
import {launchChromium} from './browser/chromium.ts';
import {storyStep} from '../src/components/text-templates.ts';
import {escapeHtml} from '../src/story/escape-html.ts';
import type {Step, Story} from '../src/story/schema.ts';
import {checkAllStories, loadStoryContext} from './check-story.ts';
import {snapshotPath} from '../src/story/snapshot-path.ts';
import {toHtml} from './story-html.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The handout of a story as one HTML document: a page per step, its picture (`picture` gives the
 * image's URL) beside its text. The text is the story's one renderer ({@link storyStep}), as on
 * the page and in the embed.
 */
export function handoutHtml(story: Story, picture: (step: Step, index: number) => string): string {
  const pages = story.steps.map(
    (step, index) => html`<section class="page">
<img src=${picture(step, index)} alt="">
<div class="text">
<p class="chapter">${step.chapter} · ${index + 1} / ${story.steps.length}</p>
${storyStep(step, story.language)}
</div>
</section>`,
  );
  return `<!doctype html><html lang="${story.language === 'zh' ? 'zh-Hans' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(story.title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { margin: 0; font: 11pt/1.55 'Noto Sans CJK SC', sans-serif; color: #111; }
.page { display: grid; grid-template-columns: 62% 1fr; gap: 8mm; height: 180mm; break-after: page; overflow: hidden; }
.page:last-child { break-after: auto; }
img { width: 100%; border: 0.3mm solid #bbb; }
h3 { margin: 0 0 3mm; font-size: 16pt; }
p, ul, ol { margin: 0 0 2.5mm; }
.chapter { color: #c0392b; font-size: 9pt; letter-spacing: 0.05em; }
.caption, .source { color: #444; font-size: 8.5pt; }
</style></head><body>${toHtml(html`${pages}`)}</body></html>`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {stories} = checkAllStories(loadStoryContext());
  const browser = await launchChromium();
  mkdirSync(`${root}dist`, {recursive: true});
  try {
    for (const story of stories) {
      const document = handoutHtml(story, (step, index) => {
        const file = `${root}public/${snapshotPath(story.language, index, step.id)}`;
        if (!existsSync(file)) throw new Error(`${file} is missing: the step pictures are committed in public/snapshots/; after a change to a step's map, run npm run build && npm run snapshots.`);
        return `data:image/webp;base64,${readFileSync(file).toString('base64')}`;
      });
      const page = await browser.newPage();
      await page.setContent(document, {waitUntil: 'load'});
      const out = `dist/handout-${story.language}.pdf`;
      await page.pdf({path: `${root}${out}`, landscape: true, format: 'A4', printBackground: true});
      await page.close();
      console.log(`handout: ${story.steps.length} pages → ${out}`);
    }
  } finally {
    await browser.close();
  }
}
