import {readFileSync, readdirSync, statSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseStory} from '../../src/story/parse-story.ts';
import type {Story} from '../../src/story/schema.ts';
import {checkParity} from '../../src/story/parity.ts';
import {formatStoryError} from '../../src/story/story-error.ts';
import {loadStoryContext} from '../../scripts/check-story.ts';

const CASES = new URL('./cases/', import.meta.url);
const context = loadStoryContext();

/** Every error the checker reports for a case file, or a folder of translations, formatted. */
function check(name: string): string[] {
  const path = `tests/story/cases/${name}`;
  if (statSync(new URL(name, CASES)).isDirectory()) {
    const results = readdirSync(new URL(`${name}/`, CASES))
      .sort()
      .reverse()
      .map((file) => parseStory(readFileSync(new URL(`${name}/${file}`, CASES), 'utf8'), `${path}/${file}`, context));
    const errors = results.flatMap((r) => r.errors);
    return [...errors, ...checkParity(results.map((r) => r.story).filter((s): s is Story => s !== undefined))].map(formatStoryError);
  }
  return parseStory(readFileSync(new URL(name, CASES), 'utf8'), path, context).errors.map(formatStoryError);
}

const cases = readdirSync(CASES).filter((name) => !name.endsWith('.errors.json'));

describe('bad stories (goldens in tests/story/cases/*.errors.json; update with vitest -u, review with git diff)', () => {
  it('there are at least 12 of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('%s', async (name) => {
    const errors = check(name);
    expect(errors.length).toBeGreaterThan(0);
    await expect(`${JSON.stringify(errors, null, 2)}\n`).toMatchFileSnapshot(`./cases/${name.replace(/(\.zh)?\.md$/, '')}.errors.json`);
  });
});
