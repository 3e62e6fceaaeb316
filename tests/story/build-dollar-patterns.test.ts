import {execFile} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {promisify} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';
import {escapeHtml} from '../../src/story/escape-html.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const workspace = mkdtempSync(`${tmpdir()}/dollar-story-`);
afterAll(() => rmSync(workspace, {recursive: true, force: true}));

/** Every replacement pattern of `String.prototype.replace`, which must reach the page as plain text. */
const PATTERNS = ['$&', '$`', "$'", '$$', '$1'];
const MARK = ` x${PATTERNS.join(' ')}y`;

/**
 * The Chinese story with the patterns at the end of every text field: front matter, chapter and
 * step headings, paragraphs and list items, captions, sources, notes and legend labels.
 */
function storyWithPatterns(markdown: string): string {
  let fence = false;
  let frontMatter = 0;
  return markdown
    .split('\n')
    .map((line) => {
      if (line === '---') frontMatter++;
      if (line.startsWith('```')) fence = !fence;
      if (frontMatter === 1) return /^(title|subtitle|byline|attribution):|^ {2}- /.test(line) && !line.includes("'") ? `${line}${MARK}` : line;
      if (fence) {
        if (/^(caption|source|notes): /.test(line)) return `${line}${MARK}`;
        return line.replace(/(label: [^}]*)\}/, (_, label: string) => `${label}${MARK}}`);
      }
      if (line.startsWith('## ')) return line.replace(' {#', () => `${MARK} {#`);
      if (line.startsWith('# ') || /^(- |\p{Script=Han})/u.test(line)) return `${line}${MARK}`;
      return line;
    })
    .join('\n');
}

describe('story text with $ replacement patterns, built through the real Vite plugin', () => {
  cpSync(`${ROOT}stories`, `${workspace}/stories`, {recursive: true});
  const file = `${workspace}/stories/ganzhou/story.zh.md`;
  writeFileSync(file, storyWithPatterns(readFileSync(file, 'utf8')));

  it('reaches the page as the author wrote it, and the page stays one page', async () => {
    await run(`${ROOT}node_modules/.bin/vite`, ['build', '--outDir', `${workspace}/dist`, '--emptyOutDir'], {cwd: ROOT, env: {...process.env, STORIES_DIR: `${workspace}/stories`}});
    const html = readFileSync(`${workspace}/dist/index.html`, 'utf8');
    expect(html.match(/<!doctype html>/gi)).toHaveLength(1);
    expect(html.match(/<article class="story">/g)).toHaveLength(1);
    expect(html).toContain(`<title>${escapeHtml(`赣州：振兴发展的十二年${MARK}`)}</title>`);
    // Front matter (title, subtitle, byline, credits), 9 chapters, 38 step titles, captions, sources and text.
    expect(html.split(escapeHtml(MARK)).length - 1).toBeGreaterThan(9 + 38 * 3);
    const json = /<script type="application\/json" id="story-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    const data = JSON.parse(json) as {title: string; attribution: string; chapters: string[]; steps: {title: string; caption?: string; notes?: string; legend: {label: string}[]}[]};
    expect(data.title).toBe(`赣州：振兴发展的十二年${MARK}`);
    expect(data.attribution.endsWith(MARK)).toBe(true);
    expect(data.chapters.every((chapter) => chapter.endsWith(MARK))).toBe(true);
    for (const step of data.steps) {
      expect([step.title, step.caption, step.notes, ...step.legend.map((entry) => entry.label)].every((text) => text === undefined || text.endsWith(MARK)), step.title).toBe(true);
    }
  }, 120_000);
});
