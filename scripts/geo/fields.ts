import type {Position} from 'geojson';
import type {CsvRow} from './csv.ts';
import {SourceDataError} from './source-error.ts';

/** Output precision: ≈1 m, finer than any source, coarse enough to keep the files small. */
export const DECIMALS = 5;

/** Every coordinate of the story lies here: south China from the Pearl River Delta to the Yangtze. */
export const REGION = {west: 108, south: 19, east: 123, north: 32} as const;

/** A required text field, trimmed. */
export function text(row: CsvRow, file: string, field: string): string {
  const value = row.fields[field]?.trim();
  if (value === undefined) throw new SourceDataError(file, row.line, field, `the column is missing; add a "${field}" column to the header.`);
  if (value === '') throw new SourceDataError(file, row.line, field, 'is empty; fill it in.');
  return value;
}

/** An optional number: empty gives `undefined`. */
export function optionalNumber(row: CsvRow, file: string, field: string): number | undefined {
  const value = row.fields[field]?.trim();
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new SourceDataError(file, row.line, field, `"${value}" is not a number.`);
  return number;
}

/** `yes` or `no`. */
export function yesNo(row: CsvRow, file: string, field: string): boolean {
  const value = text(row, file, field);
  if (value !== 'yes' && value !== 'no') throw new SourceDataError(file, row.line, field, `"${value}" must be yes or no.`);
  return value === 'yes';
}

/** One of a closed set of values. */
export function oneOf<T extends string>(row: CsvRow, file: string, field: string, allowed: readonly T[]): T {
  const value = text(row, file, field);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SourceDataError(file, row.line, field, `"${value}" is not one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

const inLongitudes = (value: number) => value >= REGION.west && value <= REGION.east;
const inLatitudes = (value: number) => value >= REGION.south && value <= REGION.north;

/**
 * Checks a lon/lat pair against the region and says what is wrong, including a swapped pair.
 * `where` names the place in the row (a field, or "waypoint 3").
 */
export function checkPosition(lon: number, lat: number, file: string, line: number, where: string): Position {
  if (inLongitudes(lon) && inLatitudes(lat)) return [lon, lat];
  if (inLatitudes(lon) && inLongitudes(lat)) {
    throw new SourceDataError(file, line, where, `${lon}, ${lat} looks swapped: write longitude first (${lat}, ${lon}).`);
  }
  if (!inLongitudes(lon)) {
    throw new SourceDataError(file, line, where, `longitude ${lon} is outside the story’s region (${REGION.west}–${REGION.east}° E). Check the value and its sign.`);
  }
  throw new SourceDataError(file, line, where, `latitude ${lat} is outside the story’s region (${REGION.south}–${REGION.north}° N). Check the value and its sign.`);
}

/** The row's `lon` and `lat` columns as a checked WGS84 position. */
export function position(row: CsvRow, file: string): Position {
  const lon = optionalNumber(row, file, 'lon');
  const lat = optionalNumber(row, file, 'lat');
  if (lon === undefined) throw new SourceDataError(file, row.line, 'lon', 'is missing; give the longitude in WGS84 degrees.');
  if (lat === undefined) throw new SourceDataError(file, row.line, 'lat', 'is missing; give the latitude in WGS84 degrees.');
  return checkPosition(lon, lat, file, row.line, 'lon/lat');
}

/** A `waypoints` field: `lon lat; lon lat; …`, at least two. */
export function waypoints(row: CsvRow, file: string, field = 'waypoints'): Position[] {
  const parts = text(row, file, field)
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 2) throw new SourceDataError(file, row.line, field, 'needs at least two waypoints: "lon lat; lon lat".');
  return parts.map((part, index) => {
    const numbers = part.split(/\s+/).map(Number);
    const [lon, lat] = numbers;
    if (numbers.length !== 2 || lon === undefined || lat === undefined || !numbers.every(Number.isFinite)) {
      throw new SourceDataError(file, row.line, `${field} point ${index + 1}`, `"${part}" is not "lon lat" (two numbers separated by a space).`);
    }
    return checkPosition(lon, lat, file, row.line, `${field} point ${index + 1}`);
  });
}
