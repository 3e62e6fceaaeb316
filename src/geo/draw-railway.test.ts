import {describe, expect, it} from 'vitest';
import length from '@turf/length';
import type {Feature, LineString} from 'geojson';
import type {RailwayProperties} from './layers.ts';
import {drawnCounter, drawnKm, drawnPart, drawnShare} from './draw-railway.ts';

const railway: Feature<LineString, RailwayProperties> = {
  type: 'Feature',
  id: 'test-line',
  properties: {
    id: 'test-line',
    name_zh: '测试线',
    name_en: 'Test line',
    kind: 'high-speed',
    opened: '2020-01-01',
    length_km: 400,
    design_speed_kmh: 350,
    schematic: true,
    stations: ['a', 'b', 'c'],
    station_fractions: [0, 0.5, 1],
    source: 'test',
  },
  geometry: {type: 'LineString', coordinates: [[114, 25], [114, 26], [114, 27]]},
};

describe('drawnPart', () => {
  it('draws a share of the line proportional to the fraction', () => {
    const half = drawnPart(railway, 0.5);
    expect(length({type: 'Feature', properties: {}, geometry: half.line}) / length(railway)).toBeCloseTo(0.5, 3);
    expect(half.head[1]).toBeCloseTo(26, 3);
  });

  it('counts official kilometres and the stations reached', () => {
    expect(drawnPart(railway, 0.25)).toMatchObject({km: 100, stations: ['a']});
    expect(drawnPart(railway, 0.5)).toMatchObject({km: 200, stations: ['a', 'b']});
    expect(drawnPart(railway, 1)).toMatchObject({km: 400, stations: ['a', 'b', 'c']});
  });

  it('clamps fractions outside 0–1', () => {
    expect(drawnPart(railway, -1).km).toBe(0);
    expect(drawnPart(railway, 2).head).toEqual([114, 27]);
  });
});

describe('drawnKm', () => {
  it('gives the official kilometres of a share, to 0.1 km, clamped to the line', () => {
    expect(drawnKm(railway, 0.123)).toBe(49.2);
    expect(drawnKm(railway, 1.5)).toBe(400);
    expect(drawnKm(railway, -0.5)).toBe(0);
    expect(drawnKm(railway, 0.4)).toBe(drawnPart(railway, 0.4).km);
    const ganshen = {...railway, properties: {...railway.properties, length_km: 436.37}};
    expect(drawnKm(ganshen, 1)).toBe(436.37);
    expect(drawnKm(ganshen, 0.9999)).toBe(436.3);
  });
});

describe('drawnCounter', () => {
  it('gives both lengths the official length’s decimals and pads the drawn one with figure spaces to the total’s width', () => {
    expect(drawnCounter(9.5, 415.7)).toBe('\u2007\u20079.5 / 415.7 km');
    expect(drawnCounter(0, 415.7)).toBe('\u2007\u20070.0 / 415.7 km');
    expect(drawnCounter(415.7, 415.7)).toBe('415.7 / 415.7 km');
    expect(drawnCounter(52, 120)).toBe('\u200752.0 / 120.0 km');
    expect(drawnCounter(218.2, 436.37)).toBe('218.20 / 436.37 km');
    expect(drawnCounter(9.5, 436.37)).toBe('\u2007\u20079.50 / 436.37 km');
    const lengths = [0, 9.9, 10, 99.9, 100, 400].map((km) => drawnCounter(km, 400).length);
    expect(new Set(lengths).size).toBe(1);
  });
});

describe('drawnShare', () => {
  it('clamps a drawing fraction to 0–1', () => {
    expect([-0.5, 0, 0.25, 1, 1.5].map(drawnShare)).toEqual([0, 0, 0.25, 1, 1]);
  });
});
