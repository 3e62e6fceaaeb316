import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkAllStories, loadStoryContext} from '../../scripts/check-story.ts';
import {snapshotPath} from '../../src/story/snapshot-path.ts';
import {SNAPSHOT_DIR, snapshotInputs} from '../../scripts/snapshot-inputs.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const {stories} = checkAllStories(loadStoryContext());
const manifest = JSON.parse(readFileSync(`${ROOT}${SNAPSHOT_DIR}/manifest.json`, 'utf8')) as Record<string, unknown>;

describe('the committed step pictures (public/snapshots/)', () => {
  it('were drawn from the steps, geo/ data and map code as they are now', () => {
    const fix = `${SNAPSHOT_DIR}/manifest.json: the step pictures are stale (a step's map, geo/ or the map's style or framing changed since they were drawn); run npm run build && npm run snapshots and commit ${SNAPSHOT_DIR}/.`;
    expect(manifest.inputs, fix).toBe(snapshotInputs(stories));
  });

  it.each(stories.map((story) => [story.language, story] as const))('has one picture per step, in step order, and a social card (%s)', (language, story) => {
    const expected = story.steps.map((step, index) => snapshotPath(language, index, step.id));
    expect(manifest[language]).toEqual(expected);
    const missing = [...expected, `snapshots/${language}/card.png`].filter((file) => !existsSync(`${ROOT}public/${file}`));
    expect(missing, 'run npm run build && npm run snapshots').toEqual([]);
  });
});
