import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Counties} from '../../src/geo/layers.ts';

const counties = JSON.parse(readFileSync(new URL('../../geo/counties.geojson', import.meta.url), 'utf8')) as Counties;

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

describe('geo/counties.geojson', () => {
  it('has exactly the 18 county-level divisions with their 2024 names and codes', () => {
    const actual = Object.fromEntries(counties.features.map((f) => [f.properties.name_zh, f.properties.code]));
    expect(actual).toEqual(EXPECTED);
  });

  it('gives every county a unique id, matching the feature id, and an English name', () => {
    const ids = counties.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(18);
    for (const county of counties.features) {
      expect(county.id).toBe(county.properties.id);
      expect(county.properties.name_en).toMatch(/^[A-Z][a-z]+ (District|County|City)$/);
    }
  });

  it('keeps at most 5 decimals', () => {
    const decimals = (readFileSync(new URL('../../geo/counties.geojson', import.meta.url), 'utf8').match(/\d+\.\d{6,}/g) ?? []).length;
    expect(decimals).toBe(0);
  });
});
