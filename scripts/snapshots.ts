/**
 * `npm run snapshots`: renders a picture of every step's map, in every language, with headless
 * Chromium from the built site (run `npm run build` first) into public/snapshots/<lang>/ (WebP),
 * with public/snapshots/manifest.json naming them and the hash of what they were drawn from
 * (scripts/snapshot-inputs.ts). The pictures are committed like geo/: a data test says when they
 * are stale. They are each step's picture when WebGL is missing, the pages' social-card images
 * (one PNG per language), and the handout's maps (`npm run handout`).
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {preview} from 'vite';
import type {Browser} from 'playwright-core';
import {launchChromium} from './browser/chromium.ts';
import {checkAllStories, loadStoryContext} from './check-story.ts';
import {snapshotPath} from '../src/story/snapshot-path.ts';
import {SNAPSHOT_DIR, SNAPSHOT_VIEWPORT, snapshotInputs} from './snapshot-inputs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}${SNAPSHOT_DIR}`;
/** The embed page in fixed-step mode: a 16:9 map with even margins and no text over it. */
const PAGES = {zh: 'embed.html', en: 'embed-en.html'} as const;
/** WebP quality: lines and CJK labels stay crisp at a third of the PNG's bytes. */
const QUALITY = 0.85;

/** A PNG screenshot as WebP, encoded by the browser (no image library needed). */
async function toWebp(browser: Browser, png: Buffer): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const base64 = await page.evaluate(
      async ({png, quality}) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], {type: 'image/png'}));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
        const bytes = new Uint8Array(await (await canvas.convertToBlob({type: 'image/webp', quality})).arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return btoa(binary);
      },
      {png: png.toString('base64'), quality: QUALITY},
    );
    return Buffer.from(base64, 'base64');
  } finally {
    await page.close();
  }
}

const {stories} = checkAllStories(loadStoryContext());
const server = await preview({root, preview: {host: '127.0.0.1', port: 0}, logLevel: 'silent'});
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('vite preview did not report a URL');
const browser = await launchChromium();
const manifest: Record<string, string | string[]> = {inputs: snapshotInputs(stories)};
try {
  rmSync(out, {recursive: true, force: true});
  for (const story of stories) {
    mkdirSync(`${out}/${story.language}`, {recursive: true});
    const context = await browser.newContext({viewport: SNAPSHOT_VIEWPORT, reducedMotion: 'reduce'});
    const page = await context.newPage();
    await page.goto(`${baseUrl}${PAGES[story.language]}?mode=step`);
    await page.evaluate(() => document.querySelector('story-map')?.ready);
    const files: string[] = [];
    for (const [index, step] of story.steps.entries()) {
      await page.evaluate((id) => document.querySelector('story-map')?.goTo(id, {instant: true}), step.id);
      await page.waitForFunction(() => {
        const map = document.querySelector('story-map')?.map;
        return map !== undefined && !map.isMoving() && map.loaded() && map.areTilesLoaded();
      });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const png = await page.locator('story-map').locator('.map').screenshot();
      const file = snapshotPath(story.language, index, step.id);
      writeFileSync(`${root}public/${file}`, await toWebp(browser, png));
      // Social cards: the opening step as PNG, which every card reader takes.
      if (index === 0) writeFileSync(`${out}/${story.language}/card.png`, png);
      files.push(file);
    }
    manifest[story.language] = files;
    await context.close();
    console.log(`snapshots: ${story.steps.length} steps (${story.language}) → ${SNAPSHOT_DIR}/${story.language}/`);
  }
  writeFileSync(`${out}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
}
