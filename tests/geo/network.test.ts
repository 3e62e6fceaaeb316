import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import gcoord from 'gcoord';
import length from '@turf/length';
import pointToLineDistance from '@turf/point-to-line-distance';
import type {Feature, FeatureCollection, Geometry, Position} from 'geojson';
import type {Cities, Counties, Expressways, Projects, Railways, Rivers, Stations} from '../../src/geo/layers.ts';
import {LAYER_NAMES} from '../../src/geo/layers.ts';
import {parseCsv} from '../../scripts/geo/csv.ts';
import {REGION} from '../../scripts/geo/fields.ts';
import {CONTEXT_BBOX} from '../../scripts/geo/land.ts';
import {readLayer, readLayerText} from './load.ts';

const counties = readLayer<Counties>('counties');
const railways = readLayer<Railways>('railways');
const stations = readLayer<Stations>('stations');
const projects = readLayer<Projects>('projects');
const cities = readLayer<Cities>('cities');
const rivers = readLayer<Rivers>('rivers');
const expressways = readLayer<Expressways>('expressways');

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      // Not flat(2): @lit-labs/ssr's types declare a global Array.flat(depth) overload that loses the element type.
      return geometry.coordinates.flat().flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

const byId = <T extends {properties: {id: string}}>(collection: {features: T[]}, id: string) => {
  const found = collection.features.find((f) => f.properties.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
};

/** A station's position from outside this repository; tests/geo/README.md says where each comes from. */
interface ReferencePosition {
  station: string;
  position: Position;
  estimated: boolean;
  source: string;
}

const REFERENCE_FILE = 'tests/geo/stations-reference.csv';
const referencePositions: ReferencePosition[] = parseCsv(readFileSync(new URL('./stations-reference.csv', import.meta.url), 'utf8'), REFERENCE_FILE).map(
  ({line, fields}) => {
    const {station, lon, lat, estimated, source} = fields;
    if (!station || !lon || !lat || !estimated || !source) throw new Error(`${REFERENCE_FILE}:${line}: every field needs a value`);
    return {station, position: [Number(lon), Number(lat)], estimated: estimated === 'yes', source};
  },
);

/** About the length of a high-speed platform: a station further than this from its reference is at another place. */
const REFERENCE_TOLERANCE_M = 500;

/** Station names use a county's name without 区/县/市, plus at most a direction: 瑞金, 于都北, 赣县北. */
const STATION_DIRECTION = '[东西南北]?';
/** 赣州 names the city, whose centre the three districts share: 赣州站 is in 章贡区, 赣州西站 in 南康区. */
const CITY_NAME = '赣州';
const CENTRAL_DISTRICTS = ['zhanggong', 'nankang', 'ganxian'];

/** The ids of the counties a station's name allows it to lie in; empty when the name names no county of Ganzhou. */
function countiesNamedBy(stationName: string): string[] {
  if (new RegExp(`^${CITY_NAME}${STATION_DIRECTION}$`).test(stationName)) return CENTRAL_DISTRICTS;
  return counties.features
    .filter((county) => new RegExp(`^${county.properties.name_zh.replace(/[区县市]$/, '')}${STATION_DIRECTION}$`).test(stationName))
    .map((county) => county.properties.id);
}

/** Stations whose names name no county of Ganzhou: the county check skips them. All lie outside Ganzhou. */
const STATIONS_NAMING_NO_COUNTY = [
  ...['南昌', '横岗', '丰城东', '樟树东', '新干东', '峡江', '吉水西', '吉安西', '泰和', '万安县'],
  ...['和平北', '龙川西', '河源北', '河源东', '博罗北', '惠州北', '东莞南', '光明城', '深圳北'],
  ...['长汀南', '冠豸山南', '古田会址', '龙岩'],
  ...['南雄', '始兴', '丹霞山', '韶关东'],
  ...['宁化', '清流', '明溪', '三元西', '永安南', '大田北', '德化', '永春', '安溪东', '南安北', '泉州'],
];

describe('railways', () => {
  it('are the five lines of the story, each with its facts', () => {
    expect(railways.features.map((f) => f.properties.id)).toEqual(['changgan-hsr', 'ganshen-hsr', 'ganruilong-railway', 'ganshao-railway', 'xingquan-railway']);
    for (const railway of railways.features) {
      expect(railway.properties.opened).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(railway.properties.design_speed_kmh).toBeGreaterThanOrEqual(160);
      expect(railway.properties.schematic).toBe(true);
      expect(['high-speed', 'conventional']).toContain(railway.properties.kind);
    }
  });

  // The lines are drawn through their stations, so this checks the drawing, not where the stations are:
  // the stations' positions are checked against stations-reference.csv below.
  it.each(railways.features.map((f) => [f.properties.name_zh, f] as const))('%s passes within 500 m of each of its stations', (_, railway) => {
    for (const stationId of railway.properties.stations) {
      const station = byId(stations, stationId);
      expect(pointToLineDistance(station.geometry.coordinates, railway, {units: 'meters'}), stationId).toBeLessThan(500);
    }
  });

  it.each(railways.features.map((f) => [f.properties.name_zh, f] as const))('%s is within 12 % of its official length', (_, railway) => {
    const drawn = length(railway, {units: 'kilometers'});
    expect(Math.abs(drawn / railway.properties.length_km - 1)).toBeLessThan(0.12);
  });

  it('run in the order of travel the story tells: 昌赣 from 南昌, 赣深 from 赣州西 to 深圳北', () => {
    const ends = (id: string) => {
      const {stations: order} = byId(railways, id).properties;
      return [byId(stations, order[0] as string).properties.name_zh, byId(stations, order.at(-1) as string).properties.name_zh];
    };
    expect(ends('changgan-hsr')).toEqual(['南昌', '赣州西']);
    expect(ends('ganshen-hsr')).toEqual(['赣州西', '深圳北']);
  });

  it('place each station at its fraction along the line, rising from 0 to 1', () => {
    for (const railway of railways.features) {
      const fractions = railway.properties.station_fractions;
      expect(fractions).toHaveLength(railway.properties.stations.length);
      expect(fractions[0]).toBe(0);
      expect(fractions.at(-1)).toBe(1);
      expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    }
  });
});

describe('stations', () => {
  it('are one feature per station, listing every line that stops there', () => {
    const ganzhouWest = stations.features.filter((f) => f.properties.name_zh === '赣州西');
    expect(ganzhouWest).toHaveLength(1);
    expect(ganzhouWest[0]?.properties.lines.sort()).toEqual(['changgan-hsr', 'ganshen-hsr']);
  });

  it('flag estimated positions with their uncertainty', () => {
    for (const station of stations.features) {
      if (station.properties.estimated) expect(station.properties.uncertainty_m).toBeGreaterThan(0);
    }
    expect(byId(stations, 'station-henggang').properties.estimated).toBe(true);
  });

  it('are the stations of the reference file, no more and no fewer', () => {
    const names = stations.features.map((f) => f.properties.name_zh);
    const referenced = new Set(referencePositions.map((reference) => reference.station));
    expect(names.filter((name) => !referenced.has(name)), `stations in geo/ missing from ${REFERENCE_FILE}`).toEqual([]);
    expect([...referenced].filter((name) => !names.includes(name)), `stations of ${REFERENCE_FILE} missing from geo/`).toEqual([]);
  });

  it('flag as estimated exactly the stations the reference file estimates', () => {
    const estimatedInGeo = stations.features.filter((f) => f.properties.estimated).map((f) => f.properties.name_zh);
    const estimatedInReference = referencePositions.filter((reference) => reference.estimated).map((reference) => reference.station);
    expect(estimatedInGeo.sort()).toEqual(estimatedInReference.sort());
  });

  it.each(stations.features.map((f) => [f.properties.name_zh, f] as const))(
    `%s lies within ${REFERENCE_TOLERANCE_M} m of each of its reference positions`,
    (name, station) => {
      const references = referencePositions.filter((reference) => reference.station === name);
      expect(references.length, `no reference position in ${REFERENCE_FILE}`).toBeGreaterThan(0);
      for (const {position, source} of references) {
        const metres = Math.round(distance(station.geometry.coordinates, position, {units: 'meters'}));
        expect(metres, `${metres} m from its ${source} position ${position.join(', ')}`).toBeLessThanOrEqual(REFERENCE_TOLERANCE_M);
      }
    },
  );

  it('that name no county of Ganzhou are the listed ones, all outside Ganzhou: the county check skips only them', () => {
    const skipped = stations.features.filter((f) => countiesNamedBy(f.properties.name_zh).length === 0);
    expect(skipped.map((f) => f.properties.name_zh)).toEqual(STATIONS_NAMING_NO_COUNTY);
    const insideGanzhou = skipped.filter((station) => counties.features.some((county) => booleanPointInPolygon(station.geometry.coordinates, county)));
    expect(insideGanzhou.map((f) => f.properties.name_zh), 'stations in Ganzhou whose county the name does not tell').toEqual([]);
  });

  it.each(stations.features.filter((f) => countiesNamedBy(f.properties.name_zh).length > 0).map((f) => [f.properties.name_zh, f] as const))(
    '%s lies in the county its name names',
    (name, station) => {
      const named = countiesNamedBy(name);
      const containing = counties.features.filter((county) => booleanPointInPolygon(station.geometry.coordinates, county)).map((county) => county.properties.id);
      const where = `${name} at ${station.geometry.coordinates.join(', ')}, named for ${named.join(' or ')}`;
      expect(containing, `${where}, lies in no county`).not.toEqual([]);
      expect(containing.filter((id) => !named.includes(id)), `${where}, lies in`).toEqual([]);
    },
  );
});

describe('projects', () => {
  it.each(projects.features.filter((f) => f.geometry.type === 'Point').map((f) => [f.properties.id, f] as const))('%s lies inside the county it names', (_, project) => {
    const county = byId(counties, project.properties.county);
    expect(booleanPointInPolygon(project.geometry.coordinates as Position, county)).toBe(true);
  });

  it('give the 华能瑞金电厂 two disputed candidate sites, in 赣县区 and in 瑞金市, each with its own source', () => {
    const sites = projects.features.filter((f) => f.properties.candidate_of === 'ruijin-power-plant');
    expect(sites.map((f) => f.properties.id)).toEqual(['ruijin-power-plant-maodian', 'ruijin-power-plant-ruijin']);
    expect(sites.map((f) => f.properties.county)).toEqual(['ganxian', 'ruijin']);
    for (const site of sites) {
      expect(site.properties.disputed, site.properties.id).toBe(true);
      expect(site.properties.kind).toBe('power');
      expect(booleanPointInPolygon(site.geometry.coordinates as Position, byId(counties, site.properties.county)), site.properties.id).toBe(true);
    }
    const [maodian, ruijin] = sites.map((f) => f.properties.source);
    expect(maodian).toContain('sybohua.com/bhdl/news_2/163.html');
    expect(ruijin).toContain('BD-09');
    expect(maodian).not.toBe(ruijin);
  });

  it('place the 瑞金市 candidate where its source’s BD-09 coordinate lies in WGS84 (gcoord), within 1 m', () => {
    const [lon, lat] = /lng ([\d.]+), lat ([\d.]+)/.exec(byId(projects, 'ruijin-power-plant-ruijin').properties.source)?.slice(1).map(Number) ?? [];
    expect([lon, lat]).toEqual([115.985867, 25.921831]);
    const wgs84 = gcoord.transform([lon as number, lat as number], gcoord.BD09, gcoord.WGS84) as Position;
    expect(distance(wgs84, byId(projects, 'ruijin-power-plant-ruijin').geometry.coordinates as Position, {units: 'meters'})).toBeLessThan(1);
  });

  it('flag as disputed exactly the candidate sites, at least two of each place, never the place itself', () => {
    const disputed = projects.features.filter((f) => f.properties.disputed);
    expect(disputed.every((f) => f.properties.candidate_of !== undefined)).toBe(true);
    expect(projects.features.filter((f) => !f.properties.disputed).every((f) => f.properties.candidate_of === undefined)).toBe(true);
    for (const place of new Set(disputed.map((f) => f.properties.candidate_of as string))) {
      expect(disputed.filter((f) => f.properties.candidate_of === place).length, place).toBeGreaterThanOrEqual(2);
      expect(projects.features.some((f) => f.properties.id === place), place).toBe(false);
    }
  });

  it('mark approximate locations with an uncertainty', () => {
    for (const project of projects.features) {
      if (project.properties.estimated) expect(project.properties.uncertainty_m, project.properties.id).toBeGreaterThan(0);
    }
    expect(byId(projects, 'pingjiang-district').properties.estimated).toBe(true);
  });

  it('include the 梅江灌区 headworks, main canal and irrigated area', () => {
    expect(byId(projects, 'meijiang-headworks').geometry.type).toBe('Point');
    expect(byId(projects, 'meijiang-canal').geometry.type).toBe('LineString');
    expect(byId(projects, 'meijiang-district').geometry.type).toBe('Polygon');
  });
});

describe('every layer', () => {
  const layers = LAYER_NAMES.map((name) => [name, readLayer<FeatureCollection>(name)] as const);

  it.each(layers)('%s: every coordinate lies inside the region’s bounding box (land: the wider context box)', (name, layer) => {
    const [west, south, east, north] = name === 'land' ? CONTEXT_BBOX : [REGION.west, REGION.south, REGION.east, REGION.north];
    for (const feature of layer.features) {
      for (const [lon, lat] of positionsOf(feature.geometry)) {
        expect(lon).toBeGreaterThanOrEqual(west);
        expect(lon).toBeLessThanOrEqual(east);
        expect(lat).toBeGreaterThanOrEqual(south);
        expect(lat).toBeLessThanOrEqual(north);
      }
    }
  });

  it.each(layers)('%s: every feature has a string id (matching the feature id), name_zh and name_en', (_, layer) => {
    for (const feature of layer.features as Feature<Geometry, {id: string; name_zh: string; name_en: string}>[]) {
      expect(typeof feature.properties.id).toBe('string');
      expect(feature.id).toBe(feature.properties.id);
      expect(feature.properties.name_zh).not.toBe('');
      expect(feature.properties.name_en).not.toBe('');
    }
  });

  it('ids are unique across all layers, so a story can name any feature', () => {
    const ids = layers.flatMap(([, layer]) => layer.features.map((f) => String(f.id)));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  // Every number, in geometries and properties (label points, lengths); a source's text may quote
  // a coordinate at its own precision, as the BD-09 pair of ruijin-power-plant-ruijin does.
  it.each(layers)('%s: no number with more than 5 decimals', (name) => {
    const numbers: string[] = [];
    JSON.parse(readLayerText(name), (_, value: unknown) => {
      if (typeof value === 'number') numbers.push(String(value));
      return value;
    });
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((number) => /\.\d{6,}/.test(number))).toEqual([]);
  });

  it('are ≤ 150 kB gzipped together, counties ≤ 60 kB', async () => {
    const {gzipSync} = await import('node:zlib');
    const gzipped = (name: string) => gzipSync(readFileSync(new URL(`../../geo/${name}.geojson`, import.meta.url)), {level: 9}).length;
    expect(gzipped('counties')).toBeLessThanOrEqual(60 * 1024);
    expect(LAYER_NAMES.reduce((sum, name) => sum + gzipped(name), 0)).toBeLessThanOrEqual(150 * 1024);
  });
});

describe('schematic layers', () => {
  it('flag rivers and expressways as schematic', () => {
    for (const line of [...rivers.features, ...expressways.features]) expect(line.properties.schematic).toBe(true);
    expect(rivers.features).toHaveLength(8);
    expect(cities.features.map((f) => f.properties.id)).toContain('shenzhen');
  });
});
