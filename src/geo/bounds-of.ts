import bbox from '@turf/bbox';
import type {GeoJSON} from 'geojson';

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/** The bounding box of any GeoJSON object, as MapLibre's `fitBounds` takes it. */
export function boundsOf(geojson: GeoJSON): Bounds {
  const [west, south, east, north] = bbox(geojson);
  return [west, south, east, north];
}
