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
  provinces: ['province-border', 'province-label'],
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
 * The paint properties that vary by feature in every layer of a type, with MapLibre's defaults.
 * MapLibre compiles one GPU program per layer type and per set of paint properties that vary by
 * feature (and, for a circle's radius, by zoom too); on software WebGL each compile stalls a frame
 * for about 100 ms, and a variant first drawn mid-story compiled mid-flight (8 of them, 1.4 s over
 * a scroll through the story, profiled). With one set per type, the programs compiled for the
 * first picture draw every later step. Fills vary only their colour (a transparency goes in the
 * colour): every property listed is a value per vertex, and the land has many vertices.
 */
const VARYING: Partial<Record<LayerSpecification['type'], Record<string, unknown>>> = {
  fill: {'fill-color': '#000000'},
  line: {'line-color': '#000000', 'line-width': 1},
  circle: {'circle-radius': 5, 'circle-color': '#000000', 'circle-opacity': 1, 'circle-stroke-color': '#000000', 'circle-stroke-width': 0, 'circle-stroke-opacity': 1},
};

/** `#rrggbb` with an alpha: a fill's transparency in its colour, so fills vary only their colour. */
const withAlpha = (hex: string, alpha: number): string => `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')}, ${alpha})`;

const usesAny = (value: unknown, operators: readonly string[]): boolean => Array.isArray(value) && (operators.includes(value[0] as string) || value.some((part) => usesAny(part, operators)));
const FEATURE_OPERATORS = ['get', 'feature-state', 'geometry-type', 'id', 'properties', 'has'];

/**
 * The layer with {@link VARYING}'s properties written per feature — a value that is the same for
 * every feature still goes through the feature's state — and circle radii per zoom as well.
 */
export function withSharedPrograms<T extends LayerSpecification>(layer: T): T {
  const varying = VARYING[layer.type];
  if (!varying) return layer;
  const paint: Record<string, unknown> = {...(layer as {paint?: Record<string, unknown>}).paint};
  for (const [property, fallback] of Object.entries(varying)) {
    let value = paint[property] ?? fallback;
    if (!usesAny(value, FEATURE_OPERATORS)) value = when(value, value);
    if (property === 'circle-radius' && !usesAny(value, ['zoom'])) value = ['interpolate', ['linear'], ['zoom'], 0, value, 24, value];
    paint[property] = value;
  }
  return {...layer, paint};
}

/**
 * Metres to pixels at a zoom, for a circle drawn at true ground size: at zoom 0 a 512-px world
 * spans the equator, scaled by cos(latitude) (about 0.9 over Ganzhou).
 */
const groundPixels = (metres: ExpressionSpecification | number, zoom: number): ExpressionSpecification => ['/', zoom === 0 ? metres : ['*', metres, 2 ** zoom], 78271.517 * 0.9];

/** A project whose location sources dispute: one of its candidate sites (`disputed` in geo/). */
const disputed: ExpressionSpecification = ['==', ['get', 'disputed'], true];

/** The radius of a disputed site's ring, in pixels: just outside the highlighted symbol (8 px and its 3 px stroke). */
export const DISPUTED_RING_PX = 14;

/**
 * The circle around the step's subject: for an estimated site a soft disc of its uncertainty at
 * ground size; for a disputed site a hollow ring of one size at every zoom, a question rather than
 * an error bar. Per zoom stop, since a zoom expression must be the input of the outermost curve.
 */
const siteCircleRadius: ExpressionSpecification = [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  ...[0, 20].flatMap((zoom) => [zoom, ['case', disputed, DISPUTED_RING_PX, groundPixels(['get', 'uncertainty_m'], zoom)]]),
] as ExpressionSpecification;

/**
 * The GeoJSON sources the story layers are drawn from; each map layer filters its own story layer
 * by the `layer` property. Few sources, not one per layer: MapLibre tiles each source separately
 * in its worker and redraws its tile stencil masks whenever consecutive line or fill layers switch
 * source (interleaved cold loads: one source per layer 1.34–1.40 × the baseline's first idle, one
 * source 1.12–1.22). But a changed filter or visibility re-lays out every tile of its source, and
 * nearly every step changes the railways drawn, the stations reached or the project labelled: so
 * those small layers have a source of their own (`marks`), and the heavy polygons (land, counties)
 * are re-laid out only when a step shows or hides a layer of theirs.
 */
export const STORY_SOURCE = 'story';
/** See {@link STORY_SOURCE}: the points and lines whose filters change from step to step. */
export const MARKS_SOURCE = 'marks';

export type SourceName = typeof STORY_SOURCE | typeof MARKS_SOURCE;

/** The source each story layer is drawn from. */
export const SOURCE_OF: Record<LayerName, SourceName> = {
  land: STORY_SOURCE,
  provinces: STORY_SOURCE,
  ganzhou: STORY_SOURCE,
  counties: STORY_SOURCE,
  rivers: STORY_SOURCE,
  expressways: STORY_SOURCE,
  railways: MARKS_SOURCE,
  stations: MARKS_SOURCE,
  cities: MARKS_SOURCE,
  projects: MARKS_SOURCE,
};

/** The features of one story layer, optionally only those with the given ids. */
export function layerFilter(layer: LayerName, ids?: readonly string[]): ExpressionSpecification {
  const ofLayer: ExpressionSpecification = ['==', ['get', 'layer'], layer];
  return ids ? ['all', ofLayer, ['in', ['get', 'id'], ['literal', [...ids]]]] : ofLayer;
}

/** Names of counties and provinces: drawn at their label points, not along their outlines. */
const labelsOf = (layer: LayerName): ExpressionSpecification => ['all', layerFilter(layer), ['==', ['geometry-type'], 'Point']];

interface LabelOptions {
  layout?: Record<string, unknown>;
  paint?: Record<string, unknown>;
  minzoom?: number;
}

/** A text layer in the house label style: dark grey with a light halo, local fonts. */
function label(id: string, layer: LayerName, filter: ExpressionSpecification, name: string, size: number, options: LabelOptions = {}): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE_OF[layer],
    filter,
    layout: {'text-field': ['get', name], 'text-font': LABEL_FONT, 'text-size': size, 'text-max-width': 8, ...options.layout},
    paint: {'text-color': palette.labelText, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.5, ...options.paint},
    ...(options.minzoom === undefined ? {} : {minzoom: options.minzoom}),
  } as LayerSpecification;
}

/** Project symbols by kind: power, water, industry, village … */
const projectColour = ['match', ['get', 'kind'], ...Object.entries(palette.project).flat(), palette.project.site] as unknown as ExpressionSpecification;

/** Data that draws nothing: the railway being drawn before it starts. */
export const EMPTY: FeatureCollection = {type: 'FeatureCollection', features: []};

/** The id of a county's or province's label point: ids in a source are unique, so layers can be added to it as a diff. */
export const labelId = (id: string): string => `${id}/label`;

/**
 * The map's data for the given layers, where loaded: their features tagged with their `layer`,
 * and for counties and provinces a point at each precomputed `label` position. {@link bySource}
 * splits it between the sources.
 */
export function storyData(geo: Partial<GeoLayers>, layers: readonly LayerName[] = LAYER_NAMES): FeatureCollection {
  const features = layers.flatMap((layer) => {
    const collection = geo[layer];
    if (!collection) return [];
    const tagged = collection.features.map((feature) => ({...feature, properties: {...feature.properties, layer}}));
    if (layer !== 'counties' && layer !== 'provinces') return tagged;
    const points = labelPoints({type: 'FeatureCollection', features: tagged} as FeatureCollection<Geometry, {label: Position; id: string}>).features;
    return [
      ...tagged,
      ...points.map((point) => {
        const id = labelId(point.properties.id);
        return {...point, id, properties: {...point.properties, id}};
      }),
    ];
  });
  return {type: 'FeatureCollection', features};
}

/** {@link storyData} split by the source that draws each feature's layer. */
export function bySource(data: FeatureCollection): Record<SourceName, FeatureCollection> {
  const split: Record<SourceName, FeatureCollection> = {[STORY_SOURCE]: {type: 'FeatureCollection', features: []}, [MARKS_SOURCE]: {type: 'FeatureCollection', features: []}};
  for (const feature of data.features) split[SOURCE_OF[feature.properties?.layer as LayerName]].features.push(feature);
  return split;
}

/**
 * The embedded default style, built only from the project's own GeoJSON: no tiles, no glyph
 * server, no sprite — so the map makes no request outside the page's origin. Highlights are
 * feature state (`highlight: true`), so changing steps never rebuilds the style.
 *
 * `data` ({@link storyData}) should hold the opening step's layers: MapLibre's worker indexes
 * whole sources before a frame is complete, so data nobody sees yet would only delay the first
 * one; the other layers are sent after the first picture. Data that is already here goes in the
 * style, so the first frame takes one pass.
 */
export function buildStyle(language: Language, visible: readonly LayerName[] = DEFAULT_LAYERS, data: FeatureCollection = EMPTY): StyleSpecification {
  const name = language === 'zh' ? 'name_zh' : 'name_en';
  const mapLayers: LayerSpecification[] = [
    // The four provinces are the ground; `land` is cut around them (sea, and land beyond), so no
    // two fills overlap: on software WebGL each full-screen fill costs a large share of a frame.
    {id: 'background', type: 'background', paint: {'background-color': palette.provinceFill}},
    {id: 'land', type: 'fill', source: SOURCE_OF.land, filter: layerFilter('land'), paint: {'fill-color': ['match', ['get', 'kind'], 'sea', palette.water, palette.land]}},
    {id: 'province-border', type: 'line', source: SOURCE_OF.provinces, filter: layerFilter('provinces'), paint: {'line-color': palette.provinceBorder, 'line-width': 0.8}},
    {id: 'county-fill', type: 'fill', source: SOURCE_OF.counties, filter: layerFilter('counties'), paint: {'fill-color': when(palette.accentFill, palette.countyFill)}},
    {
      id: 'county-border',
      type: 'line',
      source: SOURCE_OF.counties,
      filter: layerFilter('counties'),
      paint: {'line-color': when(palette.accent, palette.countyBorder), 'line-width': when(2.5, 0.8)},
    },
    {id: 'prefecture-border', type: 'line', source: SOURCE_OF.ganzhou, filter: layerFilter('ganzhou'), paint: {'line-color': palette.prefectureBorder, 'line-width': 1.8}},
    {id: 'river', type: 'line', source: SOURCE_OF.rivers, filter: layerFilter('rivers'), layout: {'line-cap': 'round'}, paint: {'line-color': when(palette.accent, palette.river), 'line-width': when(3, 1.4)}},
    {id: 'expressway-casing', type: 'line', source: SOURCE_OF.expressways, filter: layerFilter('expressways'), layout: {'line-cap': 'round'}, paint: {'line-color': palette.expresswayCasing, 'line-width': when(6, 3.5)}},
    {id: 'expressway', type: 'line', source: SOURCE_OF.expressways, filter: layerFilter('expressways'), layout: {'line-cap': 'round'}, paint: {'line-color': when(palette.accent, palette.expressway), 'line-width': when(3.5, 1.6)}},
    {
      id: 'railway',
      type: 'line',
      source: SOURCE_OF.railways,
      filter: layerFilter('railways'),
      layout: {'line-cap': 'round', 'line-join': 'round'},
      paint: {
        'line-color': when(palette.accent, palette.railway),
        'line-width': ['case', highlighted, 4, ['==', ['get', 'kind'], 'high-speed'], 2.6, 1.5],
      },
    },
    {id: 'project-area', type: 'fill', source: SOURCE_OF.projects, filter: ['all', layerFilter('projects'), ['==', ['geometry-type'], 'Polygon']], paint: {'fill-color': when(withAlpha(palette.project.water, 0.35), withAlpha(palette.project.water, 0.18))}},
    {id: 'project-line', type: 'line', source: SOURCE_OF.projects, filter: ['all', layerFilter('projects'), ['==', ['geometry-type'], 'LineString']], paint: {'line-color': when(palette.accent, palette.project.transport), 'line-width': when(3.5, 2)}},
    {
      id: 'project-uncertainty',
      type: 'circle',
      source: SOURCE_OF.projects,
      filter: ['all', layerFilter('projects'), ['==', ['geometry-type'], 'Point'], ['any', ['==', ['get', 'estimated'], true], disputed]],
      // Only the step's subject shows its uncertainty: a soft circle of its ground size, not a pin;
      // a disputed site instead a hollow ring, so the two never read alike.
      paint: {
        'circle-radius': siteCircleRadius,
        'circle-color': palette.accent,
        'circle-opacity': when<ExpressionSpecification | number>(['case', disputed, 0, 0.14], 0),
        'circle-stroke-color': palette.accent,
        'circle-stroke-opacity': when<ExpressionSpecification | number>(['case', disputed, 0.9, 0.5], 0),
        'circle-stroke-width': ['case', disputed, 2, 1],
      },
    },
    {
      id: 'project',
      type: 'circle',
      source: SOURCE_OF.projects,
      filter: ['all', layerFilter('projects'), ['==', ['geometry-type'], 'Point']],
      // Kind colours match the legend; the step's subject is larger, ringed in the accent.
      paint: {
        'circle-radius': when(8, 4),
        'circle-color': projectColour,
        'circle-opacity': when(1, 0.55),
        'circle-stroke-color': when(palette.accent, '#ffffff'),
        'circle-stroke-width': when(3, 1),
      },
    },
    {id: 'station', type: 'circle', source: SOURCE_OF.stations, filter: layerFilter('stations'), paint: {'circle-radius': when(5, 3), 'circle-color': palette.station, 'circle-stroke-color': when(palette.accent, palette.railway), 'circle-stroke-width': 1.5}},
    {id: 'city', type: 'circle', source: SOURCE_OF.cities, filter: layerFilter('cities'), paint: {'circle-radius': ['match', ['get', 'rank'], 'capital', 5, 4], 'circle-color': palette.city, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5}},
    label('province-label', 'provinces', labelsOf('provinces'), name, 15, {paint: {'text-color': '#8a8479'}, layout: {'text-letter-spacing': 0.2}}),
    label('river-label', 'rivers', layerFilter('rivers'), name, 12, {layout: {'symbol-placement': 'line', 'text-max-angle': 30}, paint: {'text-color': '#4f7fa0'}}),
    label('expressway-label', 'expressways', layerFilter('expressways'), name, 11, {layout: {'symbol-placement': 'line'}}),
    label('county-label', 'counties', labelsOf('counties'), name, 13),
    label('railway-label', 'railways', layerFilter('railways'), name, 13, {layout: {'symbol-placement': 'line', 'text-max-angle': 30}}),
    label('station-label', 'stations', layerFilter('stations'), name, 12, {layout: {'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-optional': true}, minzoom: 7}),
    label('city-label', 'cities', layerFilter('cities'), name, 14, {layout: {'text-offset': [0, 0.8], 'text-anchor': 'top'}, paint: {'text-color': '#222222'}}),
    label('project-label', 'projects', layerFilter('projects', []), name, 13, {layout: {'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-optional': true}}),
  ];
  const shown = new Set(visible.flatMap((layer) => MAP_LAYERS[layer]));
  for (const layer of mapLayers) {
    if (layer.id === 'background') continue;
    layer.layout = {...layer.layout, visibility: shown.has(layer.id) ? 'visible' : 'none'} as typeof layer.layout;
  }
  return {
    version: 8,
    name: 'Ganzhou story map (embedded)',
    sources: Object.fromEntries(Object.entries(bySource(data)).map(([source, features]) => [source, {type: 'geojson', data: features, promoteId: 'id'}])),
    layers: mapLayers.map(withSharedPrograms),
  };
}

/** Our layers that a remote basemap replaces: its own background and land. */
export const REPLACED_BY_BASEMAP: ReadonlySet<string> = new Set(['background', 'land']);

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
