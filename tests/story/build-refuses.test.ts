import {execFile} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {promisify} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const workspace = mkdtempSync(`${tmpdir()}/bad-story-`);
afterAll(() => rmSync(workspace, {recursive: true, force: true}));

/** A copy of stories/ with an unknown county in the Chinese story. */
function brokenStories(): string {
  cpSync(`${ROOT}stories`, `${workspace}/stories`, {recursive: true});
  const file = `${workspace}/stories/ganzhou/story.zh.md`;
  writeFileSync(file, readFileSync(file, 'utf8').replace('fit: ganzhou\n', 'fit: 龙南县\n'));
  return `${workspace}/stories`;
}

async function exitOf(command: string, args: string[], env: Record<string, string>): Promise<{code: number; stderr: string}> {
  try {
    const {stderr} = await run(command, args, {cwd: ROOT, env: {...process.env, ...env}});
    return {code: 0, stderr};
  } catch (error) {
    const failure = error as {code: number; stderr: string};
    return {code: failure.code, stderr: failure.stderr};
  }
}

describe('an invalid story at build time', () => {
  const STORIES_DIR = brokenStories();
  const original = readFileSync(`${ROOT}stories/ganzhou/story.zh.md`, 'utf8');
  const line = original.slice(0, original.indexOf('fit: ganzhou\n')).split('\n').length;
  const expected = `stories/ganzhou/story.zh.md:${line}:6 steps[1].fit: unknown id "龙南县" — did you mean "longnan" (龙南市), "dingnan" (定南县), "quannan" (全南县) or "station-longnan-east" (龙南东)?`;

  it('makes npm run check:story print the checker’s error and fail', async () => {
    const result = await exitOf(`${ROOT}node_modules/.bin/tsx`, ['scripts/check-story.ts'], {STORIES_DIR});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(expected);
  }, 60_000);

  it('makes the page build refuse, with the same error', async () => {
    const result = await exitOf(`${ROOT}node_modules/.bin/vite`, ['build', '--outDir', `${workspace}/dist`, '--emptyOutDir'], {STORIES_DIR});
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(expected);
  }, 120_000);
});
