import distance from '@turf/distance';
import type {LineString} from 'geojson';

/**
 * How far along a line each of its vertices lies, as a fraction of the line's length
 * (great-circle distances): 0 for the first vertex, 1 for the last.
 *
 * @example vertexFractions({type: 'LineString', coordinates: [[0, 0], [1, 0], [3, 0]]}) // → [0, 1/3, 1]
 */
export function vertexFractions(line: LineString): number[] {
  const cumulative = [0];
  for (let i = 1; i < line.coordinates.length; i++) {
    const from = line.coordinates[i - 1] as number[];
    const to = line.coordinates[i] as number[];
    cumulative.push((cumulative[i - 1] as number) + distance(from, to));
  }
  const total = cumulative.at(-1) ?? 0;
  return cumulative.map((value) => (total === 0 ? 0 : value / total));
}
