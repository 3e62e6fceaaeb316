import {describe, expect, it} from 'vitest';
import {roundGeometry} from './round-coordinates.ts';

describe('roundGeometry', () => {
  it('rounds a point to the given decimals', () => {
    expect(roundGeometry({type: 'Point', coordinates: [114.9165432, 25.8210987]}, 5)).toEqual({
      type: 'Point',
      coordinates: [114.91654, 25.8211],
    });
  });

  it('drops positions that become repeated after rounding', () => {
    const line = roundGeometry({type: 'LineString', coordinates: [[1, 1], [1.000001, 1.000001], [2, 2]]}, 5);
    expect(line.coordinates).toEqual([[1, 1], [2, 2]]);
  });

  it('removes polygon rings that collapse, keeping the outer ring', () => {
    const polygon = roundGeometry(
      {
        type: 'Polygon',
        coordinates: [
          [[0, 0], [1, 0], [1, 1], [0, 0]],
          [[0.5, 0.5], [0.500001, 0.5], [0.5, 0.500001], [0.5, 0.5]],
        ],
      },
      5,
    );
    expect(polygon.coordinates).toEqual([[[0, 0], [1, 0], [1, 1], [0, 0]]]);
  });
});
