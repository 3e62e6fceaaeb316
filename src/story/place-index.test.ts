import {describe, expect, it} from 'vitest';
import {placeIndex} from './place-index.ts';
import type {IndexedStep} from './place-index.ts';
import type {LayerName} from './schema.ts';
import type {FeatureRef, StoryContext} from './story-context.ts';

const feature = (id: string, layer: LayerName, name_zh: string, name_en: string, pinyin?: string): [string, FeatureRef] => [
  id,
  {id, layer, name_zh, name_en, ...(pinyin === undefined ? {} : {pinyin}), geometry: 'Point', bounds: [115, 25, 115, 25]},
];

/** A tiny geo/: real names, in geo/'s layer order (projects last), with the prefecture, which is no findable place. */
const context: StoryContext = {
  features: new Map([
    feature('ganzhou', 'ganzhou', '赣州市', 'Ganzhou'),
    feature('ruijin', 'counties', '瑞金市', 'Ruijin City', 'ruijinshi'),
    feature('ganxian', 'counties', '赣县区', 'Ganxian District', 'ganxianqu'),
    feature('pingjiang', 'rivers', '平江', 'Ping River', 'pingjiang'),
    feature('station-ruijin', 'stations', '瑞金', 'Ruijin', 'ruijin'),
    feature('station-ganxian', 'stations', '赣县', 'Ganxian', 'ganxian'),
    feature('station-ganzhou-west', 'stations', '赣州西', 'Ganzhou West', 'ganzhouxi'),
    feature('ruijin-city', 'cities', '瑞金', 'Ruijin', 'ruijin'),
    feature('ganzhou-city', 'cities', '赣州', 'Ganzhou', 'ganzhou'),
    feature('pingjiang-district', 'projects', '平江灌区', 'Pingjiang Irrigation District', 'pingjiangguanqu'),
    feature('xinfeng-power-plant', 'projects', '信丰电厂（一期）', 'Xinfeng Power Plant, phase I', 'xinfengdianchangyiqi'),
  ]),
  region: [108, 19, 123, 32],
};

const step = (id: string, text: string, map: Partial<Pick<IndexedStep, 'fit' | 'highlight' | 'draw'>> = {}): IndexedStep => ({
  id,
  title: `第${id}步`,
  body: [{type: 'paragraph', children: [{type: 'text', text}]}],
  highlight: [],
  ...map,
});

/** Each place's steps, by id, for the steps given. */
const stepsById = (steps: IndexedStep[], language: 'zh' | 'en') => Object.fromEntries(placeIndex(steps, language, context).map((place) => [place.id, place.steps]));

describe('placeIndex', () => {
  it('lists every place of the seven layers once, counties first, with its names and pinyin, but not the prefecture', () => {
    const places = placeIndex([], 'zh', context);
    expect(places.map((place) => place.id)).toEqual(['ruijin', 'ganxian', 'ruijin-city', 'ganzhou-city', 'pingjiang-district', 'xinfeng-power-plant', 'station-ruijin', 'station-ganxian', 'station-ganzhou-west', 'pingjiang']);
    expect(places[0]).toEqual({id: 'ruijin', layer: 'counties', zh: '瑞金市', en: 'Ruijin City', pinyin: 'ruijinshi', steps: []});
  });

  it('counts the ids in fit, highlight and draw, in story order, each step once', () => {
    const steps = [
      step('1', '无名。', {fit: ['ruijin', 'ganxian'], highlight: ['ruijin']}),
      step('2', '无名。', {fit: [115, 25, 116, 26], highlight: ['pingjiang-district']}),
      step('3', '无名。', {fit: 'ganxian', draw: 'pingjiang'}),
    ];
    expect(stepsById(steps, 'zh')).toMatchObject({'ruijin': ['1'], 'ganxian': ['1', '3'], 'pingjiang-district': ['2'], 'pingjiang': ['3'], 'ruijin-city': []});
  });

  it('reads Chinese text: full and short county names, a station only with 站, the longest name winning', () => {
    const steps = [
      step('full', '瑞金市的工业。'),
      step('short', '瑞金的红色旅游。'),
      step('station', '从瑞金站出发。'),
      step('directional', '止于赣州西。'),
      step('district', '平江灌区的渠道。'),
      step('river', '平江两岸。'),
      step('plant', '信丰电厂的机组。'),
    ];
    expect(stepsById(steps, 'zh')).toEqual({
      'ruijin': ['full', 'short'],
      // 赣县 is the county's short form, and a station's name only with 站.
      'ganxian': [],
      'ruijin-city': ['short'],
      'ganzhou-city': [],
      'pingjiang-district': ['district'],
      'xinfeng-power-plant': ['plant'],
      'station-ruijin': ['station'],
      'station-ganxian': [],
      'station-ganzhou-west': ['directional'],
      'pingjiang': ['river'],
    });
    expect(stepsById([step('a', '经赣县进入福建。'), step('b', '赣县站。')], 'zh')).toMatchObject({'ganxian': ['a'], 'station-ganxian': ['b']});
  });

  it('reads the title as well as the text', () => {
    expect(stepsById([{...step('t', '无名。'), title: '瑞金'}], 'zh')).toMatchObject({'ruijin': ['t'], 'ruijin-city': ['t']});
  });

  it('reads English text: whole words in any case, short county names, stations with "station", names before a comma', () => {
    const steps = [
      step('short', 'Tourism in RUIJIN grew.'),
      step('full', 'Ruijin City’s industry.'),
      step('station', 'Trains leave Ruijin station.'),
      step('directional', 'It ends at Ganzhou West.'),
      step('word', 'Ruijinese and Gantry are no names.'),
      step('comma', 'The Xinfeng Power Plant burns coal.'),
      step('district', 'The Pingjiang Irrigation District and the Ping River.'),
    ];
    expect(stepsById(steps, 'en')).toEqual({
      'ruijin': ['short', 'full'],
      'ganxian': [],
      'ruijin-city': ['short'],
      'ganzhou-city': [],
      'pingjiang-district': ['district'],
      'xinfeng-power-plant': ['comma'],
      'station-ruijin': ['station'],
      'station-ganxian': [],
      'station-ganzhou-west': ['directional'],
      'pingjiang': ['district'],
    });
  });
});
