import along from '@turf/along';
import length from '@turf/length';
import lineSliceAlong from '@turf/line-slice-along';
import type {Feature, LineString, Position} from 'geojson';
import type {RailwayProperties} from './layers.ts';

/** The part of a railway drawn so far, and the head dot that leads it. */
export interface DrawnPart {
  line: LineString;
  head: Position;
  /** Kilometres drawn, on the official length (the schematic line is shorter than the track). */
  km: number;
  /** Station ids the drawn part has reached, in order of travel. */
  stations: string[];
}

/**
 * Official kilometres that the first `fraction` (0–1) of a railway stands for, to 0.1 km, and
 * never more than the official length (436.37 km does not round up to 436.4 at the end).
 *
 * @example drawnKm(changgan, 0.25) // → 103.9 (a quarter of 415.7 km)
 */
export function drawnKm(railway: Feature<LineString, RailwayProperties>, fraction: number): number {
  const total = railway.properties.length_km;
  return Math.min(total, Math.round(drawnShare(fraction) * total * 10) / 10);
}

/** A drawing fraction clamped to 0–1. */
export function drawnShare(fraction: number): number {
  return Math.min(1, Math.max(0, fraction));
}

/** U+2007 FIGURE SPACE: as wide as a digit in tabular figures. */
const FIGURE_SPACE = '\u2007';

/**
 * The legend's counter while a railway draws: both lengths with the official length's decimals
 * (at least one), the drawn one padded with figure spaces to the total's width, so the counter,
 * and the legend around it, keep their width as the line grows (with tabular figures).
 *
 * @example drawnCounter(9.5, 415.7) // → "  9.5 / 415.7 km" (two figure spaces)
 */
export function drawnCounter(km: number, totalKm: number): string {
  const decimals = Math.max(1, String(totalKm).split('.')[1]?.length ?? 0);
  const total = totalKm.toFixed(decimals);
  return `${km.toFixed(decimals).padStart(total.length, FIGURE_SPACE)} / ${total} km`;
}

/**
 * The first `fraction` (0–1) of a railway, for progressive drawing: the sliced line, its head,
 * the official kilometres it stands for, and the stations reached.
 *
 * @example drawnPart(changgan, 1).head // → the line's last coordinate
 */
export function drawnPart(railway: Feature<LineString, RailwayProperties>, fraction: number): DrawnPart {
  const share = drawnShare(fraction);
  const total = length(railway);
  const distance = share * total;
  const line = distance <= 0 ? {type: 'LineString' as const, coordinates: [railway.geometry.coordinates[0] as Position, railway.geometry.coordinates[0] as Position]} : lineSliceAlong(railway, 0, distance).geometry;
  const {stations, station_fractions: positions} = railway.properties;
  return {
    line,
    head: share >= 1 ? (railway.geometry.coordinates.at(-1) as Position) : along(railway, distance).geometry.coordinates,
    km: drawnKm(railway, share),
    stations: stations.filter((_, index) => (positions[index] ?? 1) <= share + 1e-9),
  };
}
