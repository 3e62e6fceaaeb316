import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {relative} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';
import {MANIFEST_PATH, apiTable, withApiTables} from '../../scripts/api-docs.ts';
import type {Manifest} from '../../scripts/api-docs.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const workspace = mkdtempSync(`${tmpdir()}/api-docs-`);
afterAll(() => rmSync(workspace, {recursive: true, force: true}));
const committed = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;

describe('the element API docs (regenerate: npm run docs:api)', () => {
  it('docs/custom-elements.json is what the analyzer makes of the elements’ JSDoc now', async () => {
    // The analyzer joins --outdir to the working directory.
    await run(`${ROOT}node_modules/.bin/cem`, ['analyze', '--config', 'scripts/custom-elements-manifest.config.mjs', '--quiet', '--outdir', relative(ROOT, workspace)], {cwd: ROOT});
    expect(JSON.parse(readFileSync(`${workspace}/custom-elements.json`, 'utf8'))).toEqual(committed);
    // Tools find the manifest through package.json; the run above must not have repointed it.
    expect((JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {customElements: string}).customElements).toBe('docs/custom-elements.json');
  }, 60_000);

  it('the README’s element tables are the manifest’s', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    expect(readme).toContain('<!-- api:story-map -->');
    expect(readme).toContain('<!-- api:story-embed -->');
    expect(readme).toBe(withApiTables(readme, committed));
  });

  it('lists every public member, attribute and event of <story-map>, and no internal state', () => {
    const table = apiTable(committed, 'story-map');
    for (const name of ['`geo`', '`basemap`', '`reduced-motion` / `reducedMotion`', '`goTo(id, options?)`', '`getMapState()`', '`story-map-error`', '`story-speaker-notes`']) expect(table).toContain(`| ${name} |`);
    expect(table.split('\n').filter((row) => /^\| `[_#]/.test(row))).toEqual([]);
  });
});
