import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {feature} from 'topojson-client';
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import bboxPolygon from '@turf/bbox-polygon';
import difference from '@turf/difference';
import union from '@turf/union';
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {Land, Provinces} from '../../src/geo/layers.ts';
import {roundGeometry} from '../../src/geo/round-coordinates.ts';

/**
 * How far the land reaches: well beyond the story's region (108–123° E, 19–32° N), because a step
 * framing the whole region on a wide screen shows more than the region; cut off at the region,
 * the land would end in a strip of "sea" at the screen's edge.
 */
export const CONTEXT_BBOX: [number, number, number, number] = [100, 14, 132, 38];

/** Parts smaller than this (km²) are slivers where Natural Earth's coast and the provinces' differ. */
const SLIVER_KM2 = 1;

type Area = Feature<Polygon | MultiPolygon>;

function polygonsOf(geometry: Polygon | MultiPolygon | undefined): Position[][][] {
  if (!geometry) return [];
  const list = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return list.filter((polygon) => (polygon[0]?.length ?? 0) >= 4 && area({type: 'Polygon', coordinates: polygon}) / 1e6 >= SLIVER_KM2);
}

function multiPolygon(polygons: Position[][][]): MultiPolygon {
  return roundGeometry<MultiPolygon>({type: 'MultiPolygon', coordinates: polygons}, 3);
}

/**
 * The sea and the land beyond the four provinces, from Natural Earth 1:50m (public domain) as
 * packaged by world-atlas, inside {@link CONTEXT_BBOX}. They are cut around the provinces so
 * that no two fills overlap: the four provinces are the map's ground (its background colour),
 * and on software-rendered WebGL every full-screen fill costs a large share of each frame.
 */
export function buildLand(provinces: Provinces): Land {
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology<{land: GeometryCollection}>;
  const world = feature(topo, topo.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  const clipped = world.features.flatMap((part) => polygonsOf(bboxClip(part, CONTEXT_BBOX).geometry as Polygon | MultiPolygon));
  const land: Area = {type: 'Feature', properties: {}, geometry: {type: 'MultiPolygon', coordinates: clipped}};
  const provincesUnion = union({type: 'FeatureCollection', features: provinces.features as Area[]});
  if (!provincesUnion) throw new Error('buildLand: the provinces gave no polygons');
  const ground = union({type: 'FeatureCollection', features: [land, provincesUnion]});
  const sea = ground && difference({type: 'FeatureCollection', features: [bboxPolygon(CONTEXT_BBOX), ground]});
  const beyond = difference({type: 'FeatureCollection', features: [land, provincesUnion]});
  return {
    type: 'FeatureCollection',
    features: [
      {type: 'Feature', id: 'sea', properties: {id: 'sea', name_zh: '海', name_en: 'Sea', kind: 'sea'}, geometry: multiPolygon(polygonsOf(sea?.geometry))},
      {type: 'Feature', id: 'land', properties: {id: 'land', name_zh: '陆地', name_en: 'Land', kind: 'land'}, geometry: multiPolygon(polygonsOf(beyond?.geometry))},
    ],
  };
}
