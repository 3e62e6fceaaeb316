import type {ExpressionSpecification, LayerSpecification, StyleSpecification} from 'maplibre-gl';
import type {FeatureCollection, Geometry, Position} from 'geojson';
import type {GeoLayers, LayerName} from '../geo/layers.ts';
import {LAYER_NAMES} from '../geo/layers.ts';
import {labelPoints} from '../geo/label-points.ts';
import {palette} from './palette.ts';

export type Language = 'zh' | 'en';

/** Font family names MapLibre draws with locally (the style has no `glyphs` server). */
const LABEL_FONT = ['sans-serif'];

/** The MapLibre layers that draw each story layer; a step's `layers` toggles these together. */
export const MAP_LAYERS: Record<LayerName, readonly string[]> = {
  land: ['land'],
  provinces: ['province-fill', 'province-border', 'province-label'],
  ganzhou: ['prefecture-border'],
  counties: ['county-fill', 'county-border', 'county-label'],
  rivers: ['river', 'river-label'],
  expressways: ['expressway-casing', 'expressway', 'expressway-label'],
  railways: ['railway', 'railway-label'],
  stations: ['station', 'station-label'],
  cities: ['city', 'city-label'],
  projects: ['project-area', 'project-line', 'project-uncertainty', 'project', 'project-label'],
};

/** Story layers shown before a story sets its own. */
export const DEFAULT_LAYERS: readonly LayerName[] = ['land', 'provinces', 'ganzhou', 'counties', 'rivers', 'railways', 'cities'];

const highlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];
const when = <T>(on: T, off: T): ExpressionSpecification => ['case', highlighted, on, off] as ExpressionSpecification;

/**
 * Metres to pixels for a circle drawn at true ground size: at zoom 0 a 512-px world spans the
 * equator, scaled by cos(latitude) (about 0.9 over Ganzhou).
 */
const metresToPixels = (metres: ExpressionSpecification | number): ExpressionSpecification => [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  0,
  ['/', metres, 78271.517 * 0.9],
  20,
  ['/', ['*', metres, 2 ** 20], 78271.517 * 0.9],
];

interface LabelOptions {
  layout?: Record<string, unknown>;
  paint?: Record<string, unknown>;
  filter?: ExpressionSpecification;
  minzoom?: number;
}

/** A text layer in the house label style: dark grey with a light halo, local fonts. */
function label(id: string, source: string, name: string, size: number, options: LabelOptions = {}): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    layout: {'text-field': ['get', name], 'text-font': LABEL_FONT, 'text-size': size, 'text-max-width': 8, ...options.layout},
    paint: {'text-color': palette.labelText, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.5, ...options.paint},
    ...(options.filter ? {filter: options.filter} : {}),
    ...(options.minzoom === undefined ? {} : {minzoom: options.minzoom}),
  } as LayerSpecification;
}

/** Project symbols by kind: power, water, industry, village … */
const projectColour = ['match', ['get', 'kind'], ...Object.entries(palette.project).flat(), palette.project.site] as unknown as ExpressionSpecification;

/** Filter matching no feature: labels of highlighted projects are shown by setting their ids. */
export const NO_IDS: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];

/** A source's data before its layer is first shown, and the drawing sources between railways. */
export const EMPTY: FeatureCollection = {type: 'FeatureCollection', features: []};

/** The GeoJSON each MapLibre source of a story layer holds; county and province names have label points of their own. */
export function sourceData(layer: LayerName, data: FeatureCollection): Record<string, FeatureCollection> {
  // Counties and provinces carry a `label` point (geo/ build); their names are drawn there.
  const labelled = data as FeatureCollection<Geometry, {label: Position}>;
  if (layer === 'counties' || layer === 'provinces') return {[layer]: data, [layer === 'counties' ? 'county-labels' : 'province-labels']: labelPoints(labelled)};
  return {[layer]: data};
}

/** The sources of the given layers, for those whose data is here. */
export function layerSources(geo: Partial<GeoLayers>, layers: readonly LayerName[]): Record<string, FeatureCollection> {
  return Object.assign({}, ...layers.map((layer) => {
    const collection = geo[layer];
    return collection ? sourceData(layer, collection) : {};
  })) as Record<string, FeatureCollection>;
}

/**
 * The embedded default style, built only from the project's own GeoJSON: no tiles, no glyph
 * server, no sprite — so the map makes no request outside the page's origin. Highlights are
 * feature state (`highlight: true`), so changing steps never rebuilds the style.
 *
 * Sources not in `data` start empty: the map can start before the data has arrived, and the
 * other layers' data is sent after the first picture ({@link sourceData}) — MapLibre's worker
 * indexes every source before a frame is complete, so data nobody sees yet would only delay the
 * first one. Data that is already here goes in the style, so the first frame takes one pass.
 */
export function buildStyle(language: Language, visible: readonly LayerName[] = DEFAULT_LAYERS, data: Readonly<Record<string, FeatureCollection>> = {}): StyleSpecification {
  const name = language === 'zh' ? 'name_zh' : 'name_en';
  const sourceIds = [...LAYER_NAMES, 'county-labels', 'province-labels'];
  const sources = Object.fromEntries(sourceIds.map((id) => [id, {type: 'geojson' as const, data: data[id] ?? EMPTY, promoteId: 'id'}]));
  const mapLayers: LayerSpecification[] = [
    {id: 'background', type: 'background', paint: {'background-color': palette.water}},
    {id: 'land', type: 'fill', source: 'land', paint: {'fill-color': palette.land}},
    {id: 'province-fill', type: 'fill', source: 'provinces', paint: {'fill-color': palette.provinceFill}},
    {id: 'province-border', type: 'line', source: 'provinces', paint: {'line-color': palette.provinceBorder, 'line-width': 0.8}},
    {id: 'county-fill', type: 'fill', source: 'counties', paint: {'fill-color': when(palette.accentFill, palette.countyFill)}},
    {
      id: 'county-border',
      type: 'line',
      source: 'counties',
      paint: {'line-color': when(palette.accent, palette.countyBorder), 'line-width': when(2.5, 0.8)},
    },
    {id: 'prefecture-border', type: 'line', source: 'ganzhou', paint: {'line-color': palette.prefectureBorder, 'line-width': 1.8}},
    {id: 'river', type: 'line', source: 'rivers', layout: {'line-cap': 'round'}, paint: {'line-color': when(palette.accent, palette.river), 'line-width': when(3, 1.4)}},
    {id: 'expressway-casing', type: 'line', source: 'expressways', layout: {'line-cap': 'round'}, paint: {'line-color': palette.expresswayCasing, 'line-width': when(6, 3.5)}},
    {id: 'expressway', type: 'line', source: 'expressways', layout: {'line-cap': 'round'}, paint: {'line-color': when(palette.accent, palette.expressway), 'line-width': when(3.5, 1.6)}},
    {
      id: 'railway',
      type: 'line',
      source: 'railways',
      layout: {'line-cap': 'round', 'line-join': 'round'},
      paint: {
        'line-color': when(palette.accent, palette.railway),
        'line-width': ['case', highlighted, 4, ['==', ['get', 'kind'], 'high-speed'], 2.6, 1.5],
      },
    },
    {id: 'project-area', type: 'fill', source: 'projects', filter: ['==', ['geometry-type'], 'Polygon'], paint: {'fill-color': palette.project.water, 'fill-opacity': when(0.35, 0.18)}},
    {id: 'project-line', type: 'line', source: 'projects', filter: ['==', ['geometry-type'], 'LineString'], paint: {'line-color': when(palette.accent, palette.project.transport), 'line-width': when(3.5, 2)}},
    {
      id: 'project-uncertainty',
      type: 'circle',
      source: 'projects',
      filter: ['all', ['==', ['geometry-type'], 'Point'], ['get', 'estimated']],
      // Only the step's subject shows its uncertainty: a soft circle of its ground size, not a pin.
      paint: {'circle-radius': metresToPixels(['get', 'uncertainty_m']), 'circle-color': palette.accent, 'circle-opacity': when(0.14, 0), 'circle-stroke-color': palette.accent, 'circle-stroke-opacity': when(0.5, 0), 'circle-stroke-width': 1},
    },
    {
      id: 'project',
      type: 'circle',
      source: 'projects',
      filter: ['==', ['geometry-type'], 'Point'],
      // Kind colours match the legend; the step's subject is larger, ringed in the accent.
      paint: {
        'circle-radius': when(8, 4),
        'circle-color': projectColour,
        'circle-opacity': when(1, 0.55),
        'circle-stroke-color': when(palette.accent, '#ffffff'),
        'circle-stroke-width': when(3, 1),
      },
    },
    {id: 'station', type: 'circle', source: 'stations', paint: {'circle-radius': when(5, 3), 'circle-color': palette.station, 'circle-stroke-color': when(palette.accent, palette.railway), 'circle-stroke-width': 1.5}},
    {id: 'city', type: 'circle', source: 'cities', paint: {'circle-radius': ['match', ['get', 'rank'], 'capital', 5, 4], 'circle-color': palette.city, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5}},
    label('province-label', 'province-labels', name, 15, {paint: {'text-color': '#8a8479'}, layout: {'text-letter-spacing': 0.2}}),
    label('river-label', 'rivers', name, 12, {layout: {'symbol-placement': 'line', 'text-max-angle': 30}, paint: {'text-color': '#4f7fa0'}}),
    label('expressway-label', 'expressways', name, 11, {layout: {'symbol-placement': 'line'}}),
    label('railway-label', 'railways', name, 13, {layout: {'symbol-placement': 'line', 'text-max-angle': 30}}),
    label('county-label', 'county-labels', name, 13),
    label('station-label', 'stations', name, 12, {layout: {'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-optional': true}, minzoom: 7}),
    label('city-label', 'cities', name, 14, {layout: {'text-offset': [0, 0.8], 'text-anchor': 'top'}, paint: {'text-color': '#222222'}}),
    label('project-label', 'projects', name, 13, {layout: {'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-optional': true}, filter: NO_IDS}),
  ];
  const shown = new Set(visible.flatMap((layer) => MAP_LAYERS[layer]));
  for (const layer of mapLayers) {
    if (layer.id === 'background') continue;
    layer.layout = {...layer.layout, visibility: shown.has(layer.id) ? 'visible' : 'none'} as typeof layer.layout;
  }
  return {
    version: 8,
    name: 'Ganzhou story map (embedded)',
    sources,
    layers: mapLayers,
  };
}

/** Our layers that a remote basemap replaces: its own background and land. */
const REPLACED_BY_BASEMAP = new Set(['background', 'land', 'province-fill']);

/**
 * The story's layers over a remote basemap: the basemap's sources and layers first, then ours
 * (without our background and land fills). Our labels use the basemap's first font when it has a
 * glyph server, so they never ask it for a font it does not serve.
 */
export function withBasemap(story: StyleSpecification, basemap: StyleSpecification): StyleSpecification {
  const baseFont = basemap.glyphs
    ? basemap.layers.flatMap((layer) => (layer.type === 'symbol' && Array.isArray(layer.layout?.['text-font']) ? [layer.layout['text-font'] as string[]] : []))[0]
    : undefined;
  const ours = story.layers
    .filter((layer) => !REPLACED_BY_BASEMAP.has(layer.id))
    .map((layer) => (layer.type === 'symbol' && baseFont ? {...layer, layout: {...layer.layout, 'text-font': baseFont}} : layer));
  return {
    ...basemap,
    sources: {...basemap.sources, ...story.sources},
    layers: [...basemap.layers, ...ours],
  };
}
