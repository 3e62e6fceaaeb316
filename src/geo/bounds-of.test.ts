import {describe, expect, it} from 'vitest';
import {boundsOf} from './bounds-of.ts';

describe('boundsOf', () => {
  it('returns west, south, east, north of a feature collection', () => {
    expect(
      boundsOf({
        type: 'FeatureCollection',
        features: [
          {type: 'Feature', properties: {}, geometry: {type: 'Point', coordinates: [114.8, 25.8]}},
          {type: 'Feature', properties: {}, geometry: {type: 'LineString', coordinates: [[115.9, 28.7], [114.0, 22.6]]}},
        ],
      }),
    ).toEqual([114.0, 22.6, 115.9, 28.7]);
  });
});
