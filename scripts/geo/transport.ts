import type {Feature, LineString, Point, Position} from 'geojson';
import type {ExpresswayProperties, Expressways, RailwayKind, RailwayProperties, Railways, StationProperties, Stations} from '../../src/geo/layers.ts';
import {roundGeometry, roundPosition} from '../../src/geo/round-coordinates.ts';
import {vertexFractions} from '../../src/geo/vertex-fractions.ts';
import {readSourceTable} from './csv.ts';
import {DECIMALS, oneOf, optionalNumber, position, text, waypoints, yesNo} from './fields.ts';
import {SourceDataError} from './source-error.ts';

const RAILWAYS = 'geo/sources/railways.csv';
const STATIONS = 'geo/sources/stations.csv';
const EXPRESSWAYS = 'geo/sources/expressways.csv';
const KINDS: readonly RailwayKind[] = ['high-speed', 'conventional'];

interface StationStop {
  line: number;
  lineId: string;
  order: number;
  id: string;
  nameZh: string;
  position: Position;
}

/**
 * Railways as schematic lines through their stations in the order of travel the story tells,
 * and the stations as one point each (a station on two lines is one feature).
 */
export function buildRailways(sources: string): {railways: Railways; stations: Stations} {
  const stops = readSourceTable(sources, STATIONS).map(
    (row): StationStop & {properties: Omit<StationProperties, 'lines' | 'orders'>} => {
      const estimated = yesNo(row, STATIONS, 'estimated');
      const uncertainty = optionalNumber(row, STATIONS, 'uncertainty_m');
      if (estimated && uncertainty === undefined) throw new SourceDataError(STATIONS, row.line, 'uncertainty_m', 'an estimated station needs its uncertainty in metres.');
      const id = text(row, STATIONS, 'station_id');
      const order = optionalNumber(row, STATIONS, 'order');
      if (order === undefined || !Number.isInteger(order) || order < 1) throw new SourceDataError(STATIONS, row.line, 'order', 'must be 1, 2, 3 … along the line.');
      return {
        line: row.line,
        lineId: text(row, STATIONS, 'line_id'),
        order,
        id,
        nameZh: text(row, STATIONS, 'name_zh'),
        position: roundPosition(position(row, STATIONS), DECIMALS),
        properties: {
          id,
          name_zh: text(row, STATIONS, 'name_zh'),
          name_en: text(row, STATIONS, 'name_en'),
          source: text(row, STATIONS, 'source'),
          estimated,
          ...(uncertainty === undefined ? {} : {uncertainty_m: uncertainty}),
        },
      };
    },
  );

  const railwayRows = readSourceTable(sources, RAILWAYS);
  const railwayIds = new Set(railwayRows.map((row) => text(row, RAILWAYS, 'id')));
  for (const stop of stops) {
    if (!railwayIds.has(stop.lineId)) {
      throw new SourceDataError(STATIONS, stop.line, 'line_id', `"${stop.lineId}" is not a railway in ${RAILWAYS} (${[...railwayIds].join(', ')}).`);
    }
  }

  const railways: Railways = {
    type: 'FeatureCollection',
    features: railwayRows.map((row): Feature<LineString, RailwayProperties> => {
      const id = text(row, RAILWAYS, 'id');
      const line = stops.filter((stop) => stop.lineId === id).sort((a, b) => a.order - b.order);
      if (line.length < 2) throw new SourceDataError(RAILWAYS, row.line, 'id', `needs at least two stations in ${STATIONS}.`);
      line.forEach((stop, index) => {
        if (stop.order !== index + 1) throw new SourceDataError(STATIONS, stop.line, 'order', `${id} has no station with order ${index + 1}; orders must run 1, 2, 3 … without gaps.`);
      });
      const [first, last] = [line[0] as StationStop, line.at(-1) as StationStop];
      for (const [field, stop] of [['from_zh', first], ['to_zh', last]] as const) {
        if (text(row, RAILWAYS, field) !== stop.nameZh) {
          throw new SourceDataError(RAILWAYS, row.line, field, `is "${text(row, RAILWAYS, field)}" but the line's ${field === 'from_zh' ? 'first' : 'last'} station in ${STATIONS} is "${stop.nameZh}".`);
        }
      }
      const geometry = roundGeometry<LineString>({type: 'LineString', coordinates: line.map((stop) => stop.position)}, DECIMALS);
      const lengthKm = optionalNumber(row, RAILWAYS, 'length_km');
      const speed = optionalNumber(row, RAILWAYS, 'design_speed_kmh');
      if (lengthKm === undefined) throw new SourceDataError(RAILWAYS, row.line, 'length_km', 'is missing; give the official length.');
      if (speed === undefined) throw new SourceDataError(RAILWAYS, row.line, 'design_speed_kmh', 'is missing.');
      return {
        type: 'Feature',
        id,
        properties: {
          id,
          name_zh: text(row, RAILWAYS, 'name_zh'),
          name_en: text(row, RAILWAYS, 'name_en'),
          kind: oneOf(row, RAILWAYS, 'kind', KINDS),
          opened: text(row, RAILWAYS, 'opened'),
          length_km: lengthKm,
          design_speed_kmh: speed,
          schematic: true,
          stations: line.map((stop) => stop.id),
          station_fractions: vertexFractions(geometry).map((fraction) => Math.round(fraction * 1e4) / 1e4),
          source: text(row, RAILWAYS, 'source'),
        },
        geometry,
      };
    }),
  };

  const stationFeatures = new Map<string, Feature<Point, StationProperties>>();
  for (const stop of stops) {
    const existing = stationFeatures.get(stop.id);
    if (existing) {
      if (existing.geometry.coordinates.join() !== stop.position.join()) {
        throw new SourceDataError(STATIONS, stop.line, 'lon/lat', `${stop.id} appears on several lines with different coordinates; give every row of one station the same position.`);
      }
      existing.properties.lines.push(stop.lineId);
      existing.properties.orders.push(stop.order);
      continue;
    }
    stationFeatures.set(stop.id, {
      type: 'Feature',
      id: stop.id,
      properties: {...stop.properties, lines: [stop.lineId], orders: [stop.order]},
      geometry: {type: 'Point', coordinates: stop.position},
    });
  }
  return {railways, stations: {type: 'FeatureCollection', features: [...stationFeatures.values()]}};
}

/** Expressways as schematic lines through their waypoints, in the direction of travel. */
export function buildExpressways(sources: string): Expressways {
  return {
    type: 'FeatureCollection',
    features: readSourceTable(sources, EXPRESSWAYS).map((row): Feature<LineString, ExpresswayProperties> => {
      const id = text(row, EXPRESSWAYS, 'id');
      const lengthKm = optionalNumber(row, EXPRESSWAYS, 'length_km');
      const opened = row.fields.opened?.trim();
      return {
        type: 'Feature',
        id,
        properties: {
          id,
          name_zh: text(row, EXPRESSWAYS, 'name_zh'),
          name_en: text(row, EXPRESSWAYS, 'name_en'),
          ref: row.fields.ref?.trim() ?? '',
          ...(lengthKm === undefined ? {} : {length_km: lengthKm}),
          ...(opened ? {opened} : {}),
          schematic: true,
          source: text(row, EXPRESSWAYS, 'source'),
        },
        geometry: roundGeometry<LineString>({type: 'LineString', coordinates: waypoints(row, EXPRESSWAYS)}, DECIMALS),
      };
    }),
  };
}
