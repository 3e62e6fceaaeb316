import {describe, expect, it} from 'vitest';
import type {Feature} from 'geojson';
import type {StepState} from '../story/schema.ts';
import {describeStep} from './describe-step.ts';
import type {IndexedFeature} from './feature-index.ts';

const entry = (layer: IndexedFeature['layer'], properties: Record<string, unknown>): IndexedFeature => ({
  layer,
  feature: {type: 'Feature', properties, geometry: {type: 'Point', coordinates: [0, 0]}} as Feature,
});
const index = new Map<string, IndexedFeature>([
  ['ganxian', entry('counties', {name_zh: '赣县区', name_en: 'Ganxian District'})],
  ['xinfeng-power-plant', entry('projects', {name_zh: '信丰电厂', name_en: 'Xinfeng Power Plant', estimated: true, disputed: false})],
  ['plant-maodian', entry('projects', {name_zh: '华能瑞金电厂候选厂址（茅店）', name_en: 'Huaneng Ruijin plant, candidate site (Maodian)', estimated: true, disputed: true})],
  ['plant-ruijin', entry('projects', {name_zh: '华能瑞金电厂候选厂址（瑞金）', name_en: 'Huaneng Ruijin plant, candidate site (Ruijin)', estimated: true, disputed: true})],
  ['changgan-hsr', entry('railways', {name_zh: '昌赣高铁', name_en: 'Nanchang–Ganzhou HSR', length_km: 415.7})],
]);
const step: StepState = {
  id: 'energy',
  title: '电力',
  chapter: '基础设施',
  fit: ['ganxian', 'xinfeng-power-plant'],
  layers: ['counties', 'projects', 'railways'],
  highlight: ['xinfeng-power-plant'],
  draw: 'changgan-hsr',
  drawn: [],
  legend: [],
};

describe('describeStep', () => {
  it('says what is in view, what is highlighted (flagging estimates) and how far a line is drawn', () => {
    expect(describeStep(step, {index: 2, total: 38}, index, 'zh', {km: 207.9})).toBe(
      '第 3 步，共 38 步：电力。 地图显示赣县区、信丰电厂（位置为示意）。 突出显示：信丰电厂（位置为示意）。 正在绘制昌赣高铁：已绘制 207.9 公里，全长 415.7 公里。',
    );
  });

  it('speaks English on the English page', () => {
    expect(describeStep({...step, draw: undefined, highlight: []}, {index: 0, total: 2}, index, 'en')).toBe(
      'Step 1 of 2: 电力. The map shows Ganxian District, Xinfeng Power Plant (approximate location).',
    );
  });

  it('says a disputed site is disputed, not merely approximate, in both languages', () => {
    const disputed = {...step, fit: ['plant-maodian', 'plant-ruijin'], highlight: ['plant-maodian', 'plant-ruijin'], draw: undefined};
    expect(describeStep(disputed, {index: 0, total: 2}, index, 'zh')).toBe(
      '第 1 步，共 2 步：电力。 地图显示华能瑞金电厂候选厂址（茅店）（位置存疑）、华能瑞金电厂候选厂址（瑞金）（位置存疑）。 突出显示：华能瑞金电厂候选厂址（茅店）（位置存疑）、华能瑞金电厂候选厂址（瑞金）（位置存疑）。',
    );
    expect(describeStep({...disputed, fit: 'ganxian'}, {index: 0, total: 2}, index, 'en')).toBe(
      'Step 1 of 2: 电力. The map shows Ganxian District. Highlighted: Huaneng Ruijin plant, candidate site (Maodian) (location disputed), Huaneng Ruijin plant, candidate site (Ruijin) (location disputed).',
    );
  });
});
