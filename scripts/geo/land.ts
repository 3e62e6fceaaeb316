import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {feature} from 'topojson-client';
import bboxClip from '@turf/bbox-clip';
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {Land} from '../../src/geo/layers.ts';
import {roundGeometry} from '../../src/geo/round-coordinates.ts';

/**
 * How far the land reaches: well beyond the story's region (108–123° E, 19–32° N), because a step
 * framing the whole region on a wide screen shows more than the region; cut off at the region,
 * the land would end in a strip of "sea" at the screen's edge.
 */
export const CONTEXT_BBOX: [number, number, number, number] = [100, 14, 132, 38];

/**
 * Land for the coast around Shenzhen and the land beyond the four provinces, from Natural Earth
 * 1:50m (public domain) as packaged by world-atlas, clipped to {@link CONTEXT_BBOX}.
 */
export function buildLand(): Land {
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology<{land: GeometryCollection}>;
  const land = feature(topo, topo.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  const polygons = land.features.flatMap((part: Feature<Polygon | MultiPolygon>) => {
    const clipped = bboxClip(part, CONTEXT_BBOX).geometry as Polygon | MultiPolygon;
    const list: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    return list.filter((polygon) => (polygon[0]?.length ?? 0) >= 4);
  });
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'land',
        properties: {id: 'land', name_zh: '陆地', name_en: 'Land'},
        geometry: roundGeometry<MultiPolygon>({type: 'MultiPolygon', coordinates: polygons}, 3),
      },
    ],
  };
}
