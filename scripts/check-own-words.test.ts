import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../', import.meta.url).pathname;
const SOURCE = 'tests/own-words/source.txt';

/** Runs `npm run check:own-words -- …args` (the script through tsx) from the repository root. */
async function checkOwnWords(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(`${ROOT}node_modules/.bin/tsx`, ['scripts/check-own-words.ts', ...args], {cwd: ROOT});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const failure = error as {code: number; stdout: string; stderr: string};
    return {code: failure.code, stdout: failure.stdout, stderr: failure.stderr};
  }
}

describe('npm run check:own-words', () => {
  it('prints each copied run with the story’s file:line:column and the fix, and exits 1', async () => {
    const result = await checkOwnWords('--story', 'tests/own-words/copied.md', SOURCE);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`tests/own-words/copied.md:19:24 shares 25 characters with ${SOURCE}: 面积达到3200亩，年产干茶约150吨，带动800多户`);
    expect(result.stderr).toContain('Tell these facts in your own words');
  }, 60_000);

  it('exits 0 when the only shared text is in marked quotations', async () => {
    const result = await checkOwnWords('--story', 'tests/own-words/quoted.md', SOURCE);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('shares no run of 25+ characters');
  }, 60_000);

  it('stops with the usage, exit code 2, without a source text or with an unknown flag', async () => {
    for (const args of [[], ['--sorce', SOURCE], ['--story', 'tests/own-words/missing.md', SOURCE]]) {
      const result = await checkOwnWords(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain('Usage: npm run check:own-words -- [--story stories/ganzhou/story.zh.md] <source.txt>');
    }
  }, 60_000);
});
