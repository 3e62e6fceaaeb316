import {describe, expect, it} from 'vitest';
import distance from '@turf/distance';
import type {Feature, FeatureCollection, Point} from 'geojson';
import {LAYER_NAMES} from '../../src/geo/layers.ts';
import {readLayer} from './load.ts';

/** Closer than this, two points are drawn on top of each other at every zoom the story uses. */
const SAME_SPOT_M = 100;

/**
 * Point features that stand at one spot on purpose, each pair with the reason. None: where the
 * sources give one position for two things the story tells, geo/ has one feature for both and
 * says so (geo/SOURCES.md, "One point, several things").
 */
const SAME_PLACE: readonly {ids: readonly [string, string]; why: string}[] = [];

interface NamedPoint {
  id: string;
  layer: string;
  position: Point['coordinates'];
}

/** Every pair of points closer than `metres`, as `a ↔ b (n m)`, in input order. */
function pointsTogether(points: readonly NamedPoint[], metres: number): string[] {
  return points.flatMap((a, i) =>
    points.slice(i + 1).flatMap((b) => {
      const apart = distance(a.position, b.position, {units: 'meters'});
      return apart < metres ? [`${a.id} ↔ ${b.id} (${Math.round(apart)} m)`] : [];
    }),
  );
}

const points: NamedPoint[] = LAYER_NAMES.flatMap((layer) =>
  (readLayer<FeatureCollection>(layer).features.filter((f) => f.geometry.type === 'Point') as Feature<Point>[]).map((f) => ({id: String(f.id), layer, position: f.geometry.coordinates})),
);
const declared = new Set(SAME_PLACE.map(({ids}) => `${ids[0]} ↔ ${ids[1]}`));

describe('point features', () => {
  it('finds two points at one spot, and not two points 200 m apart (the check can fail)', () => {
    const fixture: NamedPoint[] = [
      {id: 'a', layer: 'projects', position: [116, 25.9]},
      {id: 'b', layer: 'projects', position: [116, 25.9]},
      {id: 'c', layer: 'cities', position: [116.002, 25.9]},
    ];
    expect(pointsTogether(fixture, SAME_SPOT_M)).toEqual(['a ↔ b (0 m)']);
  });

  it('are stations, cities and projects, and there are many of them', () => {
    expect(new Set(points.map((p) => p.layer))).toEqual(new Set(['stations', 'cities', 'projects']));
    expect(points.length).toBeGreaterThan(80);
  });

  it(`are never within ${SAME_SPOT_M} m of one another, unless declared the same place (make one feature of them instead, and say so)`, () => {
    expect(pointsTogether(points, SAME_SPOT_M).filter((pair) => !declared.has(pair.replace(/ \(\d+ m\)$/, '')))).toEqual([]);
  });

  it('declare as the same place only features of geo/ that are at one spot', () => {
    const together = new Set(pointsTogether(points, SAME_SPOT_M).map((pair) => pair.replace(/ \(\d+ m\)$/, '')));
    expect([...declared].filter((pair) => !together.has(pair))).toEqual([]);
    expect(SAME_PLACE.filter(({why}) => why.trim() === '')).toEqual([]);
  });
});
