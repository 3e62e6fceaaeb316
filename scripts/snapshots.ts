/**
 * `npm run snapshots`: renders a PNG of every step's map, in every language, with headless
 * Chromium from the built site (run `npm run build` first) into dist/snapshots/<lang>/, plus
 * dist/snapshots/manifest.json. The images serve as each step's picture when WebGL is missing,
 * as social-card images, and for the handout (`npm run handout`).
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {preview} from 'vite';
import {launchChromium} from './browser/chromium.ts';
import {checkAllStories, loadStoryContext} from './check-story.ts';
import {snapshotPath} from './snapshot-path.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/snapshots`;
/** The embed page in fixed-step mode: a 16:9 map with even margins and no text over it. */
const PAGES = {zh: 'embed.html', en: 'embed-en.html'} as const;
const VIEWPORT = {width: 1138, height: 900};

const {stories} = checkAllStories(loadStoryContext());
const server = await preview({root, preview: {host: '127.0.0.1', port: 0}, logLevel: 'silent'});
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('vite preview did not report a URL');
const browser = await launchChromium();
const manifest: Record<string, string[]> = {};
try {
  rmSync(out, {recursive: true, force: true});
  for (const story of stories) {
    mkdirSync(`${out}/${story.language}`, {recursive: true});
    const context = await browser.newContext({viewport: VIEWPORT, reducedMotion: 'reduce'});
    const page = await context.newPage();
    await page.goto(`${baseUrl}${PAGES[story.language]}?mode=step`);
    await page.evaluate(() => document.querySelector('story-map')?.ready);
    manifest[story.language] = [];
    for (const [index, step] of story.steps.entries()) {
      await page.evaluate((id) => document.querySelector('story-map')?.goTo(id, {instant: true}), step.id);
      await page.waitForFunction(() => {
        const map = document.querySelector('story-map')?.map;
        return map !== undefined && !map.isMoving() && map.loaded() && map.areTilesLoaded();
      });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const file = snapshotPath(story.language, index, step.id);
      await page.locator('story-map').locator('.map').screenshot({path: `${root}dist/${file}`});
      manifest[story.language]?.push(file);
    }
    await context.close();
    console.log(`snapshots: ${story.steps.length} steps (${story.language}) → dist/snapshots/${story.language}/`);
  }
  writeFileSync(`${out}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
}
