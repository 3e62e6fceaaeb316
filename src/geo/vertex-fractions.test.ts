import {describe, expect, it} from 'vitest';
import {vertexFractions} from './vertex-fractions.ts';

describe('vertexFractions', () => {
  it('gives each vertex its share of the length along the line', () => {
    const fractions = vertexFractions({type: 'LineString', coordinates: [[0, 0], [1, 0], [3, 0]]});
    expect(fractions[0]).toBe(0);
    expect(fractions[1]).toBeCloseTo(1 / 3, 6);
    expect(fractions[2]).toBe(1);
  });
});
