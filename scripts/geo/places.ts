import along from '@turf/along';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centroid from '@turf/centroid';
import length from '@turf/length';
import type {Feature, LineString, Point, Polygon, Position} from 'geojson';
import type {Cities, CityProperties, CityRank, Counties, LineProperties, ProjectKind, ProjectProperties, Projects, Rivers} from '../../src/geo/layers.ts';
import {roundGeometry} from '../../src/geo/round-coordinates.ts';
import {readSourceTable} from './csv.ts';
import type {CsvRow} from './csv.ts';
import {DECIMALS, checkPosition, oneOf, optionalNumber, position, text, waypoints, yesNo} from './fields.ts';
import {SourceDataError} from './source-error.ts';

const CITIES = 'geo/sources/cities.csv';
const PROJECTS = 'geo/sources/projects.csv';
const PROJECT_SHAPES = 'geo/sources/project-shapes.csv';
const RIVERS = 'geo/sources/rivers.csv';
const RANKS: readonly CityRank[] = ['capital', 'prefecture', 'county-city'];
const PROJECT_KINDS: readonly ProjectKind[] = ['power', 'water', 'industry', 'transport', 'village', 'school', 'park', 'site'];
const GEOMETRIES = ['point', 'line', 'area'] as const;

function provenance(row: CsvRow, file: string): {source: string; estimated: boolean; uncertainty_m?: number} {
  const estimated = yesNo(row, file, 'estimated');
  const uncertainty = optionalNumber(row, file, 'uncertainty_m');
  if (estimated && uncertainty === undefined) throw new SourceDataError(file, row.line, 'uncertainty_m', 'an estimated position needs its uncertainty in metres.');
  return {source: text(row, file, 'source'), estimated, ...(uncertainty === undefined ? {} : {uncertainty_m: uncertainty})};
}

/** The cities the story names, as label points. */
export function buildCities(sources: string): Cities {
  return {
    type: 'FeatureCollection',
    features: readSourceTable(sources, CITIES).map((row): Feature<Point, CityProperties> => {
      const id = text(row, CITIES, 'id');
      return {
        type: 'Feature',
        id,
        properties: {id, name_zh: text(row, CITIES, 'name_zh'), name_en: text(row, CITIES, 'name_en'), rank: oneOf(row, CITIES, 'rank', RANKS), ...provenance(row, CITIES)},
        geometry: {type: 'Point', coordinates: roundGeometry<Point>({type: 'Point', coordinates: position(row, CITIES)}, DECIMALS).coordinates},
      };
    }),
  };
}

/** Vertices of line and area projects from project-shapes.csv, by project id, in order. */
function readShapes(sources: string): Map<string, {line: number; positions: Position[]}> {
  const rows = readSourceTable(sources, PROJECT_SHAPES).map((row) => {
    const order = optionalNumber(row, PROJECT_SHAPES, 'order');
    if (order === undefined) throw new SourceDataError(PROJECT_SHAPES, row.line, 'order', 'is missing: number the vertices 1, 2, 3 … along the shape.');
    const lon = optionalNumber(row, PROJECT_SHAPES, 'lon');
    const lat = optionalNumber(row, PROJECT_SHAPES, 'lat');
    if (lon === undefined || lat === undefined) throw new SourceDataError(PROJECT_SHAPES, row.line, lon === undefined ? 'lon' : 'lat', 'is missing.');
    return {id: text(row, PROJECT_SHAPES, 'project_id'), order, line: row.line, position: checkPosition(lon, lat, PROJECT_SHAPES, row.line, 'lon/lat')};
  });
  const shapes = new Map<string, {line: number; positions: Position[]}>();
  for (const id of new Set(rows.map((row) => row.id))) {
    const vertices = rows.filter((row) => row.id === id).sort((a, b) => a.order - b.order);
    shapes.set(id, {line: (vertices[0] as (typeof vertices)[number]).line, positions: vertices.map((vertex) => vertex.position)});
  }
  return shapes;
}

/**
 * Every project and place the story names: points, or schematic lines and areas. Each must lie in
 * the county it names, so a typo in a coordinate or county cannot slip through.
 */
export function buildProjects(sources: string, counties: Counties): Projects {
  const shapes = readShapes(sources);
  const rows = readSourceTable(sources, PROJECTS);
  const projects: Projects = {
    type: 'FeatureCollection',
    features: rows.map((row): Feature<Point | LineString | Polygon, ProjectProperties> => {
      const id = text(row, PROJECTS, 'id');
      const countyId = text(row, PROJECTS, 'county');
      const county = counties.features.find((f) => f.properties.id === countyId);
      if (!county) {
        throw new SourceDataError(PROJECTS, row.line, 'county', `"${countyId}" is not a county id (${counties.features.map((f) => f.properties.id).join(', ')}).`);
      }
      const kind = oneOf(row, PROJECTS, 'geometry', GEOMETRIES);
      let geometry: Point | LineString | Polygon;
      if (kind === 'point') {
        geometry = {type: 'Point', coordinates: position(row, PROJECTS)};
      } else {
        const shape = shapes.get(id);
        if (!shape) throw new SourceDataError(PROJECTS, row.line, 'geometry', `is "${kind}" but ${PROJECT_SHAPES} has no vertices for "${id}".`);
        const minimum = kind === 'line' ? 2 : 3;
        if (shape.positions.length < minimum) throw new SourceDataError(PROJECT_SHAPES, shape.line, 'project_id', `"${id}" needs at least ${minimum} vertices for a ${kind}.`);
        geometry =
          kind === 'line'
            ? {type: 'LineString', coordinates: shape.positions}
            : {type: 'Polygon', coordinates: [[...shape.positions, shape.positions[0] as Position]]};
      }
      // A line or area may cross county borders: it belongs to the county of its middle.
      const anchor =
        geometry.type === 'Point'
          ? geometry.coordinates
          : geometry.type === 'LineString'
            ? along(geometry, length({type: 'Feature', properties: {}, geometry}) / 2).geometry.coordinates
            : centroid(geometry).geometry.coordinates;
      if (!booleanPointInPolygon(anchor, county)) {
        const what = geometry.type === 'Point' ? '' : geometry.type === 'LineString' ? ' (the middle of the line)' : ' (the centre of the area)';
        throw new SourceDataError(PROJECTS, row.line, 'county', `${id} at ${anchor.map((value) => value.toFixed(4)).join(', ')}${what} lies outside ${countyId} (${county.properties.name_zh}). Check the coordinates or the county.`);
      }
      return {
        type: 'Feature',
        id,
        properties: {
          id,
          name_zh: text(row, PROJECTS, 'name_zh'),
          name_en: text(row, PROJECTS, 'name_en'),
          kind: oneOf(row, PROJECTS, 'kind', PROJECT_KINDS),
          county: countyId,
          ...dispute(row),
          facts_zh: row.fields.facts_zh?.trim() ?? '',
          facts_en: row.fields.facts_en?.trim() ?? '',
          ...provenance(row, PROJECTS),
        },
        geometry: roundGeometry(geometry, DECIMALS),
      };
    }),
  };
  const ids = new Set(projects.features.map((f) => f.properties.id));
  for (const id of shapes.keys()) {
    if (!ids.has(id)) throw new SourceDataError(PROJECT_SHAPES, shapes.get(id)?.line, 'project_id', `"${id}" is not a project in ${PROJECTS}.`);
  }
  checkCandidates(rows, ids);
  return projects;
}

/**
 * A row's `disputed` flag and, for a disputed site, the place it is a candidate site of: both
 * or neither, so a disputed site always names the place whose other candidates a story must show.
 */
function dispute(row: CsvRow): {disputed: boolean; candidate_of?: string} {
  const disputed = yesNo(row, PROJECTS, 'disputed');
  const place = row.fields.candidate_of?.trim() ?? '';
  if (disputed && place === '') throw new SourceDataError(PROJECTS, row.line, 'candidate_of', 'is empty but the site is disputed: name the place this is a candidate site of (the same value on every candidate row).');
  if (!disputed && place !== '') throw new SourceDataError(PROJECTS, row.line, 'candidate_of', `is "${place}" but disputed is "no": a candidate site is disputed; write yes, or empty candidate_of.`);
  return disputed ? {disputed, candidate_of: place} : {disputed};
}

/** Every disputed place has at least two candidate sites, and its name is no project's id. */
function checkCandidates(rows: readonly CsvRow[], ids: ReadonlySet<string>): void {
  const disputed = rows.filter((row) => row.fields.disputed?.trim() === 'yes');
  for (const place of new Set(disputed.map((row) => row.fields.candidate_of?.trim() ?? ''))) {
    const candidates = disputed.filter((row) => row.fields.candidate_of?.trim() === place);
    const first = candidates[0] as CsvRow;
    if (candidates.length < 2) throw new SourceDataError(PROJECTS, first.line, 'candidate_of', `"${place}" has one candidate site; a disputed place needs a row for each site the sources give (at least two).`);
    if (ids.has(place)) throw new SourceDataError(PROJECTS, first.line, 'candidate_of', `"${place}" is also a project id; name the disputed place differently from its candidate sites.`);
  }
}

/** Rivers as schematic lines, upstream to downstream. */
export function buildRivers(sources: string): Rivers {
  return {
    type: 'FeatureCollection',
    features: readSourceTable(sources, RIVERS).map((row): Feature<LineString, LineProperties> => {
      const id = text(row, RIVERS, 'id');
      return {
        type: 'Feature',
        id,
        properties: {id, name_zh: text(row, RIVERS, 'name_zh'), name_en: text(row, RIVERS, 'name_en'), schematic: true, source: text(row, RIVERS, 'source')},
        geometry: roundGeometry<LineString>({type: 'LineString', coordinates: waypoints(row, RIVERS)}, DECIMALS),
      };
    }),
  };
}
