import {describe, expect, it} from 'vitest';
import {buildStyle} from './style.ts';
import type {GeoLayers} from '../geo/layers.ts';

const layers: GeoLayers = {
  counties: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'longnan',
        properties: {id: 'longnan', name_zh: '龙南市', name_en: 'Longnan City', code: '360783', area_km2: 1641, label: [114.8, 24.9]},
        geometry: {type: 'Polygon', coordinates: [[[114.7, 24.8], [114.9, 24.8], [114.9, 25], [114.7, 24.8]]]},
      },
    ],
  },
};

describe('buildStyle', () => {
  it('references no remote resource: no glyphs, sprite, tiles or URLs', () => {
    const style = buildStyle(layers, 'zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('labels counties in the chosen language', () => {
    const label = (language: 'zh' | 'en') => {
      const layer = buildStyle(layers, language).layers.find((l) => l.id === 'county-label');
      return layer?.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
    };
    expect(label('zh')).toEqual(['get', 'name_zh']);
    expect(label('en')).toEqual(['get', 'name_en']);
  });
});
