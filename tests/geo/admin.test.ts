import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import booleanValid from '@turf/boolean-valid';
import distance from '@turf/distance';
import union from '@turf/union';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import type {Counties, Outline, Provinces} from '../../src/geo/layers.ts';
import {parseCsv} from '../../scripts/geo/csv.ts';
import {gcj02ToWgs84} from '../../scripts/geo/admin.ts';
import {readLayer, readLayerText} from './load.ts';

const counties = readLayer<Counties>('counties');
const outline = readLayer<Outline>('ganzhou');
const provinces = readLayer<Provinces>('provinces');
const officialAreas = new Map(
  parseCsv(readFileSync(new URL('../../geo/sources/counties.csv', import.meta.url), 'utf8'), 'geo/sources/counties.csv').map((row) => [
    row.fields.id,
    Number(row.fields.area_km2),
  ]),
);
/** Published land area of Ganzhou (km²); sources in geo/SOURCES.md. */
const GANZHOU_OFFICIAL_KM2 = 39379.64;

/** The 18 county-level divisions of Ganzhou in 2024, with their division codes. */
const EXPECTED: Record<string, string> = {
  章贡区: '360702',
  南康区: '360703',
  赣县区: '360704',
  瑞金市: '360781',
  龙南市: '360783',
  信丰县: '360722',
  大余县: '360723',
  上犹县: '360724',
  崇义县: '360725',
  安远县: '360726',
  定南县: '360728',
  全南县: '360729',
  宁都县: '360730',
  于都县: '360731',
  兴国县: '360732',
  会昌县: '360733',
  寻乌县: '360734',
  石城县: '360735',
};

const km2 = (feature: Feature<Polygon | MultiPolygon>) => area(feature) / 1e6;

describe('geo/counties.geojson', () => {
  it('has exactly the 18 county-level divisions with their 2024 names and codes', () => {
    const actual = Object.fromEntries(counties.features.map((f) => [f.properties.name_zh, f.properties.code]));
    expect(actual).toEqual(EXPECTED);
  });

  it('gives every county a unique id, matching the feature id, and an English name', () => {
    expect(new Set(counties.features.map((f) => f.properties.id)).size).toBe(18);
    for (const county of counties.features) {
      expect(county.id).toBe(county.properties.id);
      expect(county.properties.name_en).toMatch(/^[A-Z][a-z]+ (District|County|City)$/);
    }
  });

  it.each(counties.features.map((f) => [f.properties.name_zh, f] as const))('%s is a valid polygon with its label inside', (_, county) => {
    expect(booleanValid(county)).toBe(true);
    // A label on the border would be drawn half in the neighbouring county.
    expect(booleanPointInPolygon(county.properties.label, county, {ignoreBoundary: true}), `label ${county.properties.label.join(', ')}`).toBe(true);
  });

  it.each(counties.features.map((f) => [f.properties.name_zh, f] as const))('%s is within 3 % of its official area', (_, county) => {
    const official = officialAreas.get(county.properties.id);
    expect(official).toBeDefined();
    expect(Math.abs(km2(county) / (official as number) - 1)).toBeLessThan(0.03);
  });

  it('adds up to within 2 % of Ganzhou’s official 39,379.64 km²', () => {
    const total = counties.features.reduce((sum, county) => sum + km2(county), 0);
    expect(Math.abs(total / GANZHOU_OFFICIAL_KM2 - 1)).toBeLessThan(0.02);
  });

  it('names the source of every county’s area in a few words, for its place card', () => {
    const problems = counties.features
      .filter(({properties}) => typeof properties.area_source_short !== 'string' || properties.area_source_short.trim() === '' || [...properties.area_source_short].length > 60)
      .map(({properties}) => `geo/counties.geojson ${properties.id}: area_source_short ${JSON.stringify(properties.area_source_short)} must be 1–60 characters; fill in its row of geo/sources/counties.csv and run npm run geo`);
    expect(problems).toEqual([]);
  });

  it('flags a derived area as estimated: 南康区’s, a subtraction, and no published one', () => {
    const estimated = counties.features.filter(({properties}) => {
      expect(typeof properties.area_estimated, `geo/counties.geojson ${properties.id}: area_estimated must be true or false; set yes or no in geo/sources/counties.csv and run npm run geo`).toBe('boolean');
      return properties.area_estimated;
    });
    expect(estimated.map(({properties}) => properties.name_zh)).toEqual(['南康区']);
  });

  it('is converted from GCJ-02 to WGS84: 章贡区’s seat sits about 0.6 km from its GCJ-02 position', () => {
    const gcj: [number, number] = [114.921171, 25.817816];
    const label = counties.features.find((f) => f.properties.id === 'zhanggong')?.properties.label as [number, number];
    const shift = distance(gcj, label, {units: 'kilometers'});
    expect(shift).toBeGreaterThan(0.5);
    expect(shift).toBeLessThan(0.7);
    expect(distance(gcj02ToWgs84(gcj), label, {units: 'kilometers'})).toBeLessThan(0.002);
  });

  it('keeps at most 5 decimals', () => {
    expect(readLayerText('counties').match(/\d+\.\d{6,}/g)).toBeNull();
  });
});

describe('geo/ganzhou.geojson', () => {
  it('is the union of the counties: no gaps or slivers between neighbours', () => {
    const merged = union({type: 'FeatureCollection', features: counties.features}) as Feature<Polygon | MultiPolygon>;
    const prefecture = outline.features[0] as Feature<MultiPolygon>;
    expect(booleanValid(prefecture)).toBe(true);
    // Shared borders leave no holes inside the union, and the union is one piece.
    const parts = merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
    expect(parts).toHaveLength(1);
    expect(parts[0]).toHaveLength(1);
    expect(Math.abs(km2(merged) / km2(prefecture) - 1)).toBeLessThan(0.001);
  });
});

describe('geo/provinces.geojson', () => {
  it('has Jiangxi and the three neighbours the story reaches, each valid, Jiangxi containing Ganzhou', () => {
    expect(provinces.features.map((f) => f.properties.id)).toEqual(['jiangxi', 'guangdong', 'fujian', 'hunan']);
    // Each part is a valid polygon; parts of a coast may touch at single points (OGC-valid).
    for (const province of provinces.features) {
      for (const coordinates of province.geometry.coordinates) {
        expect(booleanValid({type: 'Feature', properties: {}, geometry: {type: 'Polygon', coordinates}})).toBe(true);
      }
    }
    const jiangxi = provinces.features[0] as Feature<MultiPolygon>;
    // Jiangxi is about 166,900 km²; Ganzhou about a quarter of it.
    expect(km2(jiangxi)).toBeGreaterThan(160_000);
    expect(km2(jiangxi)).toBeLessThan(172_000);
  });
});
