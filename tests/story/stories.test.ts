import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkAllStories, loadStoryContext, storySchemas} from '../../scripts/check-story.ts';
import {formatStoryError} from '../../src/story/story-error.ts';

const context = loadStoryContext();
const {stories, errors} = checkAllStories(context);
const zh = stories.find((s) => s.file === 'stories/ganzhou/story.zh.md');
const keyNumbers = JSON.parse(readFileSync(new URL('./key-numbers.json', import.meta.url), 'utf8')) as string[];

describe('the real stories', () => {
  it('parse and check with zero errors', () => {
    expect(errors.map(formatStoryError)).toEqual([]);
    expect(stories.map((s) => s.file).sort()).toEqual(['stories/ganzhou/story.en.md', 'stories/ganzhou/story.zh.md']);
  });

  it('tell the whole article in 25–40 steps, the five railways each drawn in its own step', () => {
    expect(zh?.steps.length).toBeGreaterThanOrEqual(25);
    expect(zh?.steps.length).toBeLessThanOrEqual(40);
    expect(zh?.steps.map((s) => s.draw).filter(Boolean)).toEqual(['changgan-hsr', 'ganshen-hsr', 'ganruilong-railway', 'ganshao-railway', 'xingquan-railway']);
  });

  it('contain, in Chinese, every key figure of the article (tests/story/key-numbers.json)', () => {
    const text = readFileSync(new URL('../../stories/ganzhou/story.zh.md', import.meta.url), 'utf8');
    expect(keyNumbers.length).toBeGreaterThanOrEqual(40);
    expect(keyNumbers.filter((figure) => !text.includes(figure))).toEqual([]);
  });

  it('credit the article, its reporters and photographers, and OpenStreetMap', () => {
    for (const story of stories) {
      const credits = story.credits.join('\n');
      for (const name of ['刘美春', '焦俊杰', '杨友明', '邓诗怡', '刘凯', '钟芳亿', '李芳', 'OpenStreetMap']) expect(credits, story.file).toContain(name);
    }
  });
});

describe('the JSON Schemas for editors', () => {
  it.each(Object.entries(storySchemas()))('stories/%s is up to date (regenerate: npm run check:story -- --schema)', (name, schema) => {
    expect(JSON.parse(readFileSync(new URL(`../../stories/${name}`, import.meta.url), 'utf8'))).toEqual(schema);
  });
});
