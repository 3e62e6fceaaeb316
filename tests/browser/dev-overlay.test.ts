import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createServer} from 'vite';
import type {ViteDevServer} from 'vite';
import type {Browser} from 'playwright-core';
import {launchChromium, openPage, saveScreenshot} from './browser.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('the dev server with a broken story', () => {
  let browser: Browser;
  let server: ViteDevServer;
  const workspace = mkdtempSync(`${tmpdir()}/dev-story-`);
  const previous = process.env.STORIES_DIR;
  beforeAll(async () => {
    cpSync(`${ROOT}stories`, `${workspace}/stories`, {recursive: true});
    const file = `${workspace}/stories/ganzhou/story.zh.md`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('fit: ganzhou\n', 'fit: 龙南县\n'));
    process.env.STORIES_DIR = `${workspace}/stories`;
    server = await createServer({root: ROOT, configFile: `${ROOT}vite.config.ts`, server: {host: '127.0.0.1', port: 0}, logLevel: 'silent'});
    await server.listen();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (previous === undefined) delete process.env.STORIES_DIR;
    else process.env.STORIES_DIR = previous;
    rmSync(workspace, {recursive: true, force: true});
  });

  it('shows the checker’s errors in the page, not a blank map', async () => {
    const url = server.resolvedUrls?.local[0] ?? '';
    const {page} = await openPage(browser, url);
    // Vite's error overlay (a custom element with a shadow root) carries the checker's message.
    const overlayText = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? document.body.textContent ?? '');
    await expect.poll(overlayText, {timeout: 20_000}).toContain('unknown id "龙南县" — did you mean "longnan" (龙南市), "dingnan" (定南县), "quannan" (全南县) or "station-longnan-east" (龙南东)?');
    await saveScreenshot(page, 'hardening/dev-overlay');
  }, 60_000);
});
