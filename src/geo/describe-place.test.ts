import {describe, expect, it} from 'vitest';
import type {Feature} from 'geojson';
import {describePlace} from './describe-place.ts';
import type {IndexedFeature} from './feature-index.ts';

const entry = (layer: IndexedFeature['layer'], properties: Record<string, unknown>): IndexedFeature => ({
  layer,
  feature: {type: 'Feature', properties, geometry: {type: 'Point', coordinates: [0, 0]}} as Feature,
});
const index = new Map<string, IndexedFeature>([
  ['ruijin', entry('counties', {name_zh: '瑞金市', name_en: 'Ruijin City', code: '360781', area_km2: 2448, area_source_short: 'Baike 瑞金市 entry (copies); de-Wikipedia Ganzhou', area_estimated: false})],
  ['nankang', entry('counties', {name_zh: '南康区', name_en: 'Nankang District', code: '360703', area_km2: 1731.36, area_source_short: '章贡+南康 2,323.7 km² (人民网 2014-02-23) − 章贡区 592.34 km²', area_estimated: true})],
  ['ningdu', entry('counties', {name_zh: '宁都县', name_en: 'Ningdu County', code: '360730', area_km2: 4053})],
  ['headworks', entry('projects', {name_zh: '梅江灌区渠首', name_en: 'Meijiang headworks', kind: 'water', county: 'ningdu', facts_zh: '团结水库。', facts_en: 'Tuanjie Reservoir.', source: 'People’s Daily', estimated: true, uncertainty_m: 8000, disputed: false})],
  ['plant-a', entry('projects', {name_zh: '电厂候选厂址（甲）', name_en: 'Plant, candidate site (A)', kind: 'power', county: 'ruijin', source: 'a 2020 report', estimated: true, disputed: true, candidate_of: 'plant'})],
  ['plant-b', entry('projects', {name_zh: '电厂候选厂址（乙）', name_en: 'Plant, candidate site (B)', kind: 'power', county: 'ruijin', source: 'public listings', estimated: true, disputed: true, candidate_of: 'plant'})],
  ['changgan-hsr', entry('railways', {name_zh: '昌赣高铁', name_en: 'Nanchang–Ganzhou HSR', kind: 'high-speed', opened: '2019-12-26', length_km: 415.7, design_speed_kmh: 350, schematic: true, source: 'China Railway'})],
  ['station-ruijin', entry('stations', {name_zh: '瑞金', name_en: 'Ruijin', lines: ['changgan-hsr'], source: 'OpenStreetMap', estimated: false})],
  ['jiangxi', entry('provinces', {name_zh: '江西省', name_en: 'Jiangxi'})],
]);

describe('describePlace', () => {
  it('gives a county its division code and area, and the steps that show it', () => {
    const card = describePlace('ruijin', index, 'zh', [{id: 'ruijin-etdz', title: '瑞金经开区'}]);
    expect(card).toMatchObject({name: '瑞金市', otherName: 'Ruijin City', kind: '县级行政区', caveats: [], steps: [{id: 'ruijin-etdz', title: '瑞金经开区'}]});
    expect(card?.facts).toEqual([
      {label: '行政区划代码', value: '360781'},
      {label: '面积', value: '2,448 平方公里'},
    ]);
  });

  it('names the source of a county’s published area, saying it is the area’s', () => {
    expect(describePlace('ruijin', index, 'zh', [])?.sources).toEqual(['Baike 瑞金市 entry (copies); de-Wikipedia Ganzhou（面积）']);
    expect(describePlace('ruijin', index, 'en', [])?.sources).toEqual(['Baike 瑞金市 entry (copies); de-Wikipedia Ganzhou (area)']);
  });

  it('says in words that a derived area is not a published figure, and names what it is derived from', () => {
    const card = describePlace('nankang', index, 'zh', []);
    expect(card).toMatchObject({caveats: ['面积为推算值，非官方公布数字'], sources: ['章贡+南康 2,323.7 km² (人民网 2014-02-23) − 章贡区 592.34 km²（面积）']});
    expect(card?.facts).toContainEqual({label: '面积', value: '1,731.36 平方公里'});
    expect(describePlace('nankang', index, 'en', [])?.caveats).toEqual(['Area derived, not an officially published figure']);
  });

  it('says in words that an estimated site is approximate, and how far off it may be', () => {
    const card = describePlace('headworks', index, 'zh', []);
    expect(card).toMatchObject({kind: '水利工程', note: '团结水库。', caveats: ['位置为示意，误差约 8 公里'], sources: ['People’s Daily']});
    expect(card?.facts).toEqual([{label: '所在县区', value: '宁都县'}]);
    expect(describePlace('headworks', index, 'en', [])?.caveats).toEqual(['Approximate location, within about 8 km']);
  });

  it('shows a disputed site as disputed, pointing to the other candidate', () => {
    const card = describePlace('plant-a', index, 'en', []);
    expect(card).toMatchObject({kind: 'Power plant', caveats: ['Disputed site: the plant has two candidate sites'], otherCandidate: {id: 'plant-b', name: 'Plant, candidate site (B)'}});
  });

  it('gives a railway its kind, dates and figures, schematic route flagged; a station its lines', () => {
    const railway = describePlace('changgan-hsr', index, 'en', []);
    expect(railway).toMatchObject({kind: 'High-speed railway', caveats: ['Schematic route'], sources: ['China Railway']});
    expect(railway?.facts.map((fact) => fact.value)).toEqual(['2019-12-26', 'about 415.7 km', '350 km/h']);
    expect(describePlace('station-ruijin', index, 'zh', [])?.facts).toEqual([{label: '线路', value: '昌赣高铁'}]);
  });

  it('has no card for what is not a place: a province, an unknown id', () => {
    expect(describePlace('jiangxi', index, 'zh', [])).toBeUndefined();
    expect(describePlace('nowhere', index, 'zh', [])).toBeUndefined();
  });
});
