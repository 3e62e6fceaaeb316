import type {Geometry, Position} from 'geojson';

/** Rounds a position to `decimals` places (RFC 7946 advises no more precision than the data has). */
export function roundPosition(position: Position, decimals: number): Position {
  const factor = 10 ** decimals;
  return position.map((value) => Math.round(value * factor) / factor);
}

function roundPath(path: Position[], decimals: number): Position[] {
  const rounded: Position[] = [];
  for (const position of path.map((p) => roundPosition(p, decimals))) {
    const previous = rounded.at(-1);
    if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) rounded.push(position);
  }
  return rounded;
}

/** Keeps a ring only if it still encloses an area after rounding (4 positions, 3 distinct). */
function isRing(ring: Position[]): boolean {
  return ring.length >= 4;
}

/**
 * Rounds every coordinate of a geometry and drops the repeated positions rounding creates.
 * Rings that collapse are removed, so a rounded polygon is still valid.
 *
 * @example roundGeometry({type: 'Point', coordinates: [114.9165432, 25.8210987]}, 5)
 * // → {type: 'Point', coordinates: [114.91654, 25.8211]}
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  switch (geometry.type) {
    case 'Point':
      return {...geometry, coordinates: roundPosition(geometry.coordinates, decimals)};
    case 'MultiPoint':
      return {...geometry, coordinates: geometry.coordinates.map((p) => roundPosition(p, decimals))};
    case 'LineString':
      return {...geometry, coordinates: roundPath(geometry.coordinates, decimals)};
    case 'MultiLineString':
      return {...geometry, coordinates: geometry.coordinates.map((l) => roundPath(l, decimals))};
    case 'Polygon':
      return {...geometry, coordinates: geometry.coordinates.map((r) => roundPath(r, decimals)).filter(isRing)};
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates
          .map((polygon) => polygon.map((r) => roundPath(r, decimals)).filter(isRing))
          .filter((polygon) => polygon.length > 0),
      };
    case 'GeometryCollection':
      return {...geometry, geometries: geometry.geometries.map((g) => roundGeometry(g, decimals))};
  }
}
