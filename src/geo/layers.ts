import type {FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position} from 'geojson';
import type {LayerName} from '../story/names.ts';

/** Properties of one county-level division in `geo/counties.geojson`. */
export interface CountyProperties {
  /** Stable id used by stories and feature state, e.g. `longnan`. */
  id: string;
  name_zh: string;
  name_en: string;
  /** 2024 administrative division code, e.g. `360783`. */
  code: string;
  /** Land area in km²; the full notes on its sources are in geo/sources/counties.csv. */
  area_km2: number;
  /** Where `area_km2` comes from, in a few words for the place card, e.g. `zh-Wikipedia 大余县 (mirror)`. */
  area_source_short: string;
  /** `area_km2` is worked out here (e.g. by a subtraction), not a published figure. */
  area_estimated: boolean;
  /** A point inside the polygon for the label, [lon, lat]. */
  label: Position;
}

export type Counties = FeatureCollection<Polygon | MultiPolygon, CountyProperties>;


/** Properties of an area known by name only: the prefecture outline, a province. */
export interface AreaProperties {
  id: string;
  name_zh: string;
  name_en: string;
}

/** Ganzhou's outline, dissolved from its counties. */
export type Outline = FeatureCollection<MultiPolygon, AreaProperties & {code: string}>;
/** Jiangxi and the neighbouring provinces the story reaches, as muted context. */
export type Provinces = FeatureCollection<MultiPolygon, AreaProperties & {label: Position}>;
/**
 * The sea and the land beyond the four provinces (Natural Earth), cut around the provinces: the
 * map's background is the provinces' colour, so no two fills overlap.
 */
export type Land = FeatureCollection<MultiPolygon, AreaProperties & {kind: 'sea' | 'land'}>;

/** Every feature of geo/ carries these. */
export interface NamedProperties {
  /** Stable id, unique across all layers: stories and feature state use it. */
  id: string;
  name_zh: string;
  name_en: string;
}

/** Where a value came from, and how sure it is. */
export interface Provenance {
  source: string;
  /** The position is an estimate; `uncertainty_m` says how far off it may be. */
  estimated: boolean;
  uncertainty_m?: number;
}

export type RailwayKind = 'high-speed' | 'conventional';

export interface RailwayProperties extends NamedProperties {
  kind: RailwayKind;
  /** Opening date, ISO 8601. */
  opened: string;
  /** Official length. The drawn line is schematic (straight between stations), hence shorter. */
  length_km: number;
  design_speed_kmh: number;
  /** The line is drawn straight between its stations. */
  schematic: true;
  /** Station ids in the order of travel the story tells. */
  stations: string[];
  /** Where each station lies along the drawn line, 0 (first) to 1 (last), as `stations`. */
  station_fractions: number[];
  source: string;
}

export interface StationProperties extends NamedProperties, Provenance {
  /** The railways that stop here. */
  lines: string[];
  /** The station's position (1-based) on each line in `lines`. */
  orders: number[];
}

export type CityRank = 'capital' | 'prefecture' | 'county-city';

export interface CityProperties extends NamedProperties, Provenance {
  rank: CityRank;
}

export type ProjectKind = 'power' | 'water' | 'industry' | 'transport' | 'village' | 'school' | 'park' | 'site';

export interface ProjectProperties extends NamedProperties, Provenance {
  kind: ProjectKind;
  /** The county (id) the project lies in. */
  county: string;
  /**
   * Sources disagree on where this is: the feature is one of several candidate sites of one place,
   * each with its own source. Distinct from `estimated`, which says how precise one site is.
   */
  disputed: boolean;
  /**
   * For a disputed site, the place it is a candidate site of (e.g. `ruijin-power-plant`): the
   * features sharing this value are all the candidate sites, and a step shows them together.
   */
  candidate_of?: string;
  facts_zh: string;
  facts_en: string;
}

export interface LineProperties extends NamedProperties {
  /** Drawn through estimated waypoints, not surveyed. */
  schematic: true;
  source: string;
}

export interface ExpresswayProperties extends LineProperties {
  /** National or provincial route number, e.g. `G45`; empty where none is known. */
  ref: string;
  length_km?: number;
  opened?: string;
}

export type Railways = FeatureCollection<LineString, RailwayProperties>;
export type Stations = FeatureCollection<Point, StationProperties>;
export type Cities = FeatureCollection<Point, CityProperties>;
export type Projects = FeatureCollection<Point | LineString | Polygon, ProjectProperties>;
export type Rivers = FeatureCollection<LineString, LineProperties>;
export type Expressways = FeatureCollection<LineString, ExpresswayProperties>;

/** Every layer of geo/, by file name. */
export interface GeoLayers extends Record<LayerName, FeatureCollection> {
  land: Land;
  provinces: Provinces;
  ganzhou: Outline;
  counties: Counties;
  rivers: Rivers;
  expressways: Expressways;
  railways: Railways;
  stations: Stations;
  cities: Cities;
  projects: Projects;
}

export {LAYER_NAMES} from '../story/names.ts';
export type {LayerName} from '../story/names.ts';
