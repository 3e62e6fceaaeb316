import {describe, expect, it} from 'vitest';
import {labelPoints} from './label-points.ts';

describe('labelPoints', () => {
  it('places one point per feature at its label position, keeping id and properties', () => {
    const points = labelPoints({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'a',
          properties: {name: 'A', label: [1, 2]},
          geometry: {type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 3], [0, 0]]]},
        },
      ],
    });
    expect(points.features).toEqual([
      {type: 'Feature', id: 'a', properties: {name: 'A', label: [1, 2]}, geometry: {type: 'Point', coordinates: [1, 2]}},
    ]);
  });
});
