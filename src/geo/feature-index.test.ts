import {describe, expect, it} from 'vitest';
import type {Feature} from 'geojson';
import {fitBounds} from './feature-index.ts';
import type {IndexedFeature} from './feature-index.ts';

const point = (id: string, coordinates: [number, number]): [string, IndexedFeature] => [
  id,
  {layer: 'projects', feature: {type: 'Feature', id, properties: {id}, geometry: {type: 'Point', coordinates}} as Feature},
];
const index = new Map([point('a', [114, 25]), point('b', [115, 26])]);

describe('fitBounds', () => {
  it('frames one feature', () => {
    expect(fitBounds('a', index)).toEqual([114, 25, 114, 25]);
  });

  it('frames several features together', () => {
    expect(fitBounds(['a', 'b'], index)).toEqual([114, 25, 115, 26]);
  });

  it('takes a bbox as given', () => {
    expect(fitBounds([113, 24, 116, 27], index)).toEqual([113, 24, 116, 27]);
  });

  it('gives nothing for ids it does not know', () => {
    expect(fitBounds('nowhere', index)).toBeUndefined();
  });
});
