import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import type {FeatureCollection} from 'geojson';
import {describe, expect, it} from 'vitest';
import {checkAllStories, loadStoryContext} from '../../scripts/check-story.ts';
import {PLACE_LAYERS, findPlaces} from '../../src/story/find-places.ts';
import {storyData} from '../../src/story/story-data.ts';

const {stories} = checkAllStories(loadStoryContext());
/** What each page ships: the story data's places, by language. */
const shipped = stories.map((story) => ({story, places: storyData(story).places}));

/** Every feature of the seven layers, read from geo/ here on its own. */
const geo = PLACE_LAYERS.flatMap((layer) =>
  (JSON.parse(readFileSync(new URL(`../../geo/${layer}.geojson`, import.meta.url), 'utf8')) as FeatureCollection).features.map((feature) => {
    const {id, name_zh, name_en} = feature.properties as {id: string; name_zh: string; name_en: string};
    return {id, layer, name_zh, name_en};
  }),
);

/** The 18 counties' pinyin, each checked by hand against the official romanisation of the name. */
const COUNTY_PINYIN: Record<string, string> = {
  章贡区: 'zhanggongqu',
  南康区: 'nankangqu',
  赣县区: 'ganxianqu',
  瑞金市: 'ruijinshi',
  龙南市: 'longnanshi',
  信丰县: 'xinfengxian',
  大余县: 'dayuxian',
  上犹县: 'shangyouxian',
  崇义县: 'chongyixian',
  安远县: 'anyuanxian',
  定南县: 'dingnanxian',
  全南县: 'quannanxian',
  宁都县: 'ningduxian',
  于都县: 'yuduxian',
  兴国县: 'xingguoxian',
  会昌县: 'huichangxian',
  寻乌县: 'xunwuxian',
  石城县: 'shichengxian',
};

describe('the places the story data ships', () => {
  it('come with both stories', () => {
    expect(shipped.map(({story}) => story.language).sort()).toEqual(['en', 'zh']);
  });

  it.each(shipped)('cover every named feature of the seven layers, once each ($story.language)', ({places}) => {
    expect(geo.filter((feature) => feature.layer === 'counties')).toHaveLength(18);
    expect(places.map(({id, layer, zh, en}) => ({id, layer, name_zh: zh, name_en: en}))).toEqual(geo);
    expect(new Set(places.map((place) => place.id)).size).toBe(places.length);
  });

  it.each(shipped)('name only steps of the story, in story order ($story.language)', ({story, places}) => {
    const order = new Map(story.steps.map((step, index) => [step.id, index]));
    for (const place of places) {
      const at = place.steps.map((id) => order.get(id) ?? -1);
      expect(at, place.id).not.toContain(-1);
      expect(at, place.id).toEqual([...at].sort((a, b) => a - b));
      expect(new Set(at).size, place.id).toBe(at.length);
    }
  });

  it.each(shipped)('link every county to every step that fits or highlights it ($story.language)', ({story, places}) => {
    const counties = places.filter((place) => place.layer === 'counties');
    let links = 0;
    for (const step of story.steps) {
      const fit = typeof step.fit === 'string' ? [step.fit] : (step.fit ?? []).filter((item): item is string => typeof item === 'string');
      for (const id of new Set([...fit, ...step.highlight])) {
        const county = counties.find((place) => place.id === id);
        if (!county) continue;
        expect(county.steps, `${id} in ${step.id}`).toContain(step.id);
        links += 1;
      }
    }
    expect(links).toBeGreaterThanOrEqual(18);
  });

  it('carry the pinyin of every place, derived from its Chinese name: lower case, toneless, no spaces', () => {
    for (const {places} of shipped) {
      expect(places.filter((place) => !/^[a-z]+$/.test(place.pinyin)).map((place) => place.zh)).toEqual([]);
    }
    const zh = shipped.find(({story}) => story.language === 'zh')?.places ?? [];
    const counties = zh.filter((place) => place.layer === 'counties');
    expect(Object.fromEntries(counties.map((place) => [place.zh, place.pinyin]))).toEqual(COUNTY_PINYIN);
    // Readings pinyin-pro gets wrong on its own (scripts/check-story.ts PINYIN_FIXES).
    const pinyinOf = (id: string) => zh.find((place) => place.id === id)?.pinyin;
    expect([pinyinOf('station-guanzhaishan-south'), pinyinOf('g76'), pinyinOf('yudu-selenium-park'), pinyinOf('station-ningdu')]).toEqual(['guanzhaishannan', 'xiaronggaosu', 'yuduxinchangzhengfuxichanyeyuan', 'ningdu']);
  });

  it.each(['瑞金', 'ruijin', 'Ruijin', 'ruìjīn'])('let the finder find the county 瑞金市 first for "%s"', (query) => {
    for (const {places} of shipped) expect(findPlaces(query, places)[0]?.id).toBe('ruijin');
  });

  it('let the finder find 会昌县 first for "hui"', () => {
    for (const {places} of shipped) expect(findPlaces('hui', places)[0]?.zh).toBe('会昌县');
  });

  it.each(shipped)('weigh at most 6 kB gzip ($story.language)', ({places}) => {
    expect(gzipSync(JSON.stringify(places), {level: 9}).length).toBeLessThanOrEqual(6 * 1024);
  });
});
