import {describe, expect, it} from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type {Feature, MultiPolygon} from 'geojson';
import type {Land, Provinces} from '../../src/geo/layers.ts';
import {CONTEXT_BBOX} from '../../scripts/geo/land.ts';
import {readLayer} from './load.ts';

const land = readLayer<Land>('land');
const provinces = readLayer<Provinces>('provinces');

/** Points every 0.25° across the context box, off the grid of round coordinates the data uses. */
function grid(): [number, number][] {
  const [west, south, east, north] = CONTEXT_BBOX;
  const points: [number, number][] = [];
  for (let x = west + 0.1237; x < east; x += 0.25) for (let y = south + 0.1161; y < north; y += 0.25) points.push([x, y]);
  return points;
}

describe('geo/land.geojson: the sea and the land beyond the four provinces', () => {
  const fills: Feature<MultiPolygon>[] = [...land.features, ...provinces.features];
  const points = grid();

  it('covers every point of the context box exactly once together with the provinces (the background shows nowhere, no fill is drawn twice)', () => {
    const wrong = points.flatMap((point) => {
      const covering = fills.filter((fill) => booleanPointInPolygon(point, fill)).map((fill) => fill.properties?.id as string);
      return covering.length === 1 ? [] : [`${point.map((v) => v.toFixed(3)).join(',')}: ${covering.join('+') || 'nothing'}`];
    });
    // A few points may fall in slivers under 1 km² that the build drops where two sources' coasts differ.
    expect(wrong.length, wrong.slice(0, 10).join('\n')).toBeLessThanOrEqual(points.length / 1000);
  });

  it('has one sea and one land-beyond feature, told apart by kind', () => {
    expect(land.features.map((feature) => [feature.properties.id, feature.properties.kind])).toEqual([
      ['sea', 'sea'],
      ['land', 'land'],
    ]);
  });
});
