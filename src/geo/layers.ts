import type {FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';

/** Properties of one county-level division in `geo/counties.geojson`. */
export interface CountyProperties {
  /** Stable id used by stories and feature state, e.g. `longnan`. */
  id: string;
  name_zh: string;
  name_en: string;
  /** 2024 administrative division code, e.g. `360783`. */
  code: string;
  /** Official land area in km²; its source is in geo/sources/counties.csv. */
  area_km2: number;
  /** A point inside the polygon for the label, [lon, lat]. */
  label: Position;
}

export type Counties = FeatureCollection<Polygon | MultiPolygon, CountyProperties>;

/** Every layer of geo/ the map draws. Later layers join as the geo build grows. */
export interface GeoLayers {
  counties: Counties;
}
