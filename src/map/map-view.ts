import type {GeoJSONSource, Map as MapLibreMap, PaddingOptions} from 'maplibre-gl';
import type {Feature, FeatureCollection, LineString} from 'geojson';
import type {LayerName, StepState} from '../story/schema.ts';
import {LAYER_NAMES} from '../story/names.ts';
import type {RailwayProperties} from '../geo/layers.ts';
import {indexFeatures} from '../geo/feature-index.ts';
import type {IndexedFeature} from '../geo/feature-index.ts';
import {drawnCounter, drawnKm, drawnPart, drawnShare} from '../geo/draw-railway.ts';
import type {CameraPlan} from '../camera/plan-camera.ts';
import type {Padding} from '../camera/text-padding.ts';
import type {GeoLayers} from '../geo/layers.ts';
import {EMPTY, MAP_LAYERS, MARKS_SOURCE, REPLACED_BY_BASEMAP, SOURCE_OF, STORY_SOURCE, bySource, layerFilter, storyData, withSharedPrograms} from './style.ts';
import {palette} from './palette.ts';

/** What the map shows, in plain data: the public `getMapState()` and the tests read it. */
export interface MapState {
  /** Centre of the map area the reader sees: the viewport less the text column or cards. */
  center: [number, number];
  zoom: number;
  /** [west, south, east, north] of the viewport. */
  bounds: [number, number, number, number];
  visibleLayers: LayerName[];
  highlighted: string[];
  /** The railway being drawn and how far, or `null`. */
  drawing: {id: string; fraction: number; km: number} | null;
  /** Railways shown in full. */
  drawnRailways: string[];
}

/** The camera exactly as it is, to come back to (see {@link MapView.restoreCamera}). */
export interface SavedCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  /** MapLibre's own padding (flights set it, fits do not). */
  mapPadding: PaddingOptions;
  /** The padding the story framed with: what `getState` measures the centre in. */
  framedWith: Padding;
  /** The map's size then: on another size the same camera shows another picture. */
  size: [number, number];
}

/** Moves the camera as planned; also used before the style has loaded, to place the first frame. */
export function moveCamera(map: MapLibreMap, plan: CameraPlan): void {
  map.stop();
  if (plan.kind === 'fit') {
    map.fitBounds(plan.bounds, {padding: plan.padding, maxZoom: plan.maxZoom, duration: plan.duration, essential: false});
  } else {
    map.flyTo({center: plan.center, zoom: plan.zoom, bearing: plan.bearing, pitch: plan.pitch, padding: plan.padding, duration: plan.duration, essential: false});
  }
}

/** For filters built by {@link layerFilter}: MapLibre's validation of each one cost ~7 ms per step (profiled). */
const BUILT = {validate: false} as const;

/** The source of the railway being drawn. */
const DRAWING_SOURCE = 'railway-drawing';
/** The source of the outline of the place under the mouse. */
export const HOVER_SOURCE = 'place-hover';

/**
 * The one owner of the MapLibre map during the story: applies a step's declared state (layers,
 * highlights, railways, camera) by setting it, never by toggling, so any order of steps lands on
 * the same picture. Data is sent to MapLibre only when it changes, at most once per frame.
 */
export class MapView {
  /** Set once the first complete frame is drawn; later map errors no longer mean "cannot start". */
  settled = false;
  #highlighted: string[] = [];
  #visible: LayerName[] = [];
  #drawnRailways: string[] = [];
  #drawing: MapState['drawing'] = null;
  #pendingDraw: {railway: Feature<LineString, RailwayProperties>; fraction: number} | undefined;
  #frame = 0;
  #animation = 0;
  #lastDrawKey = '';
  #padding: Padding = {top: 0, right: 0, bottom: 0, left: 0};
  /** Story layers whose data is not in their source yet (see `buildStyle`). */
  #withoutData = new Set<LayerName>(LAYER_NAMES);
  #sendTimer: ReturnType<typeof setTimeout> | undefined;
  #labelScale = 1;
  #hovered: string | undefined;
  #baseLabelSizes: Map<string, number> | undefined;

  #index: ReadonlyMap<string, IndexedFeature>;
  #geo: Partial<GeoLayers>;

  /**
   * @param geo the story layers loaded so far, sent to the map when a step first shows each layer.
   * @param inStyle the layers whose data the map's style already holds.
   */
  constructor(readonly map: MapLibreMap, geo: Partial<GeoLayers>, inStyle: readonly LayerName[] = []) {
    this.#index = indexFeatures(geo);
    this.#geo = geo;
    for (const layer of inStyle) this.#withoutData.delete(layer);
    // The railway being drawn: its drawn part and a head at the drawing's tip, in one source so
    // each frame sends one update. Above all our lines and areas, so that each source's line and
    // fill layers stay next to each other (one set of tile masks per source and pass).
    map.addSource(DRAWING_SOURCE, {type: 'geojson', data: EMPTY});
    map.addLayer(withSharedPrograms({id: 'railway-progress', type: 'line', source: DRAWING_SOURCE, layout: {'line-cap': 'round', 'line-join': 'round'}, paint: {'line-color': palette.accent, 'line-width': 4.5}}), 'project-uncertainty');
    map.addLayer(withSharedPrograms({id: 'railway-head', type: 'circle', source: DRAWING_SOURCE, filter: ['==', ['geometry-type'], 'Point'], paint: {'circle-radius': 6, 'circle-color': palette.accent, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2}}), 'project-uncertainty');
    // What a click would open: an outline of areas and lines, a ring round points.
    map.addSource(HOVER_SOURCE, {type: 'geojson', data: EMPTY});
    map.addLayer(withSharedPrograms({id: 'hover-outline', type: 'line', source: HOVER_SOURCE, filter: ['!=', ['geometry-type'], 'Point'], paint: {'line-color': palette.hover, 'line-width': 2.5}}), 'project-uncertainty');
    map.addLayer(withSharedPrograms({id: 'hover-ring', type: 'circle', source: HOVER_SOURCE, filter: ['==', ['geometry-type'], 'Point'], paint: {'circle-radius': 10, 'circle-color': 'rgba(0, 0, 0, 0)', 'circle-stroke-color': palette.hover, 'circle-stroke-width': 2.5}}), 'project-uncertainty');
  }

  /** Outlines the place a click would open (`undefined`: none); the map gets new data only when it changes. */
  hover(id: string | undefined): void {
    if (id === this.#hovered) return;
    this.#hovered = id;
    const feature = id === undefined ? undefined : this.#index.get(id)?.feature;
    const data: FeatureCollection = feature ? {type: 'FeatureCollection', features: [{type: 'Feature', id, properties: {id}, geometry: feature.geometry}]} : EMPTY;
    void (this.map.getSource(HOVER_SOURCE) as GeoJSONSource | undefined)?.setData(data);
  }

  /**
   * More layers have arrived (those the first step does not show load after it): after the first
   * picture they go to the map at once, before that the next `applyStep` sends what it shows.
   */
  setGeo(geo: Partial<GeoLayers>): void {
    this.#geo = geo;
    this.#index = indexFeatures(geo);
    if (this.settled) this.sendLoadedData();
  }

  /**
   * Sends every loaded layer the map does not have yet, shown or not — after the first picture,
   * so MapLibre's worker indexes them in the quiet time, not in the frame a step first shows them.
   * One layer per task: copying all of them to the worker at once took a long frame (~50 ms).
   * The next only once the sources have loaded this one: with two versions of a source loading at
   * once, a style change between them can pair a tile's new features with its old data in
   * MapLibre's worker (6.17–6.20), and the next feature-state update throws "feature index out of bounds".
   */
  sendLoadedData(): void {
    clearTimeout(this.#sendTimer);
    const next = LAYER_NAMES.find((layer) => this.#missing(layer));
    if (next === undefined) return;
    if ([STORY_SOURCE, MARKS_SOURCE].every((source) => this.map.isSourceLoaded(source))) this.#sendData([next]);
    this.#sendTimer = setTimeout(() => this.sendLoadedData(), 16);
  }

  /** Loaded, but not in its source yet. */
  #missing(layer: LayerName): boolean {
    return this.#geo[layer] !== undefined && this.#withoutData.has(layer);
  }

  /**
   * Adds those of `layers` that are loaded but not in their source yet — as a diff, so the
   * layers already there are not copied to the worker again.
   */
  #sendData(layers: readonly LayerName[]): void {
    const arrived = layers.filter((layer) => this.#missing(layer));
    if (arrived.length === 0) return;
    for (const layer of arrived) this.#withoutData.delete(layer);
    for (const [source, data] of Object.entries(bySource(storyData(this.#geo, arrived)))) {
      if (data.features.length > 0) void (this.map.getSource(source) as GeoJSONSource | undefined)?.updateData({add: data.features});
    }
  }

  /** Sets everything a step declares except the camera and the drawing progress. */
  applyStep(step: Pick<StepState, 'layers' | 'highlight' | 'draw' | 'drawn'>): void {
    this.#showLayers(step.layers);
    this.#highlight(step.highlight);
    this.#drawnRailways = step.draw || step.drawn.length > 0 ? [...step.drawn] : this.#allRailways();
    this.map.setFilter('railway', layerFilter('railways', this.#drawnRailways), BUILT);
    this.map.setFilter('railway-label', layerFilter('railways', this.#drawnRailways), BUILT);
    // Only the project ids: a filter that did not change does not make MapLibre re-lay out the tiles.
    const projectLabels = step.highlight.filter((id) => this.#index.get(id)?.layer === 'projects');
    this.map.setFilter('project-label', layerFilter('projects', projectLabels), BUILT);
    if (!step.draw) {
      this.#drawing = null;
      this.#pendingDraw = undefined;
      this.#setDrawData(EMPTY, '');
      this.#setStations([]);
    }
  }

  /**
   * Explore mode's picture: `layers` (with every railway drawn and every project named) and the
   * place whose card is open highlighted. The step's own state comes back with `applyStep`.
   */
  showAll(layers: readonly LayerName[], highlight: readonly string[]): void {
    this.stopDrawing();
    this.applyStep({layers: [...layers], highlight: [...highlight], drawn: []});
    const projects = [...this.#index.values()].filter((entry) => entry.layer === 'projects').map((entry) => String(entry.feature.id));
    this.map.setFilter('project-label', layerFilter('projects', projects), BUILT);
  }

  /**
   * Lets the reader pan, zoom and rotate the map (explore mode), or not (the story moves it).
   * `cooperative`: inside a host page the wheel and one finger keep scrolling the page; zooming
   * takes Ctrl (⌘) and panning two fingers, as MapLibre's cooperative gestures say.
   */
  setInteractive(on: boolean, cooperative = false): void {
    const {map} = this;
    for (const handler of [map.dragPan, map.scrollZoom, map.touchZoomRotate, map.doubleClickZoom, map.keyboard, map.boxZoom, map.dragRotate, map.touchPitch]) {
      if (on) handler.enable();
      else handler.disable();
    }
    if (on && cooperative) map.cooperativeGestures.enable();
    else map.cooperativeGestures.disable();
    // The keyboard handler listens on the canvas, which takes the focus only while it pans.
    const canvas = map.getCanvas();
    if (on) canvas.tabIndex = 0;
    else canvas.removeAttribute('tabindex');
  }

  /** Draws the step's railway up to `fraction` (0–1); coalesced to one update per frame. */
  drawProgress(railwayId: string, fraction: number): void {
    const railway = this.#index.get(railwayId)?.feature as Feature<LineString, RailwayProperties> | undefined;
    if (!railway) return;
    // The line itself is sliced once per frame, in the flush.
    this.#drawing = {id: railwayId, fraction: drawnShare(fraction), km: drawnKm(railway, fraction)};
    this.#pendingDraw = {railway, fraction};
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#flushDraw());
  }

  /**
   * Draws the railway by itself over `duration` ms, for briefings and embeds where nobody
   * scrolls; `onFrame` gets each frame's fraction. A new step or drawing stops it.
   */
  animateDrawing(railwayId: string, duration: number, onFrame: (fraction: number) => void): void {
    this.stopDrawing();
    const start = performance.now();
    const frame = (now: number) => {
      const fraction = Math.min(1, (now - start) / duration);
      this.drawProgress(railwayId, fraction);
      onFrame(fraction);
      if (fraction < 1) this.#animation = requestAnimationFrame(frame);
    };
    this.drawProgress(railwayId, 0);
    onFrame(0);
    this.#animation = requestAnimationFrame(frame);
  }

  /** Stops a railway drawing itself (see {@link animateDrawing}). */
  stopDrawing(): void {
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
  }

  /** The legend's km counter for the railway being drawn ("61.6 / 436.37 km" style), or '' when none is. */
  drawCounter(): string {
    if (!this.#drawing) return '';
    const total = (this.#index.get(this.#drawing.id)?.feature.properties as Partial<RailwayProperties> | undefined)?.length_km ?? 0;
    return drawnCounter(this.#drawing.km, total);
  }

  /** The features of the layers loaded so far, by id. */
  get index(): ReadonlyMap<string, IndexedFeature> {
    return this.#index;
  }

  /** Moves the camera as planned; a new move interrupts the one in flight. */
  moveCamera(plan: CameraPlan): void {
    this.#padding = plan.padding;
    moveCamera(this.map, plan);
  }

  /** The camera now; `undefined` while it moves, when only the move's end would do. */
  saveCamera(): SavedCamera | undefined {
    const {map} = this;
    if (map.isMoving()) return undefined;
    const canvas = map.getCanvas();
    return {center: map.getCenter().toArray(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch(), mapPadding: map.getPadding(), framedWith: {...this.#padding}, size: [canvas.clientWidth, canvas.clientHeight]};
  }

  /**
   * Puts the camera back exactly where it was, if the map still has the size it had: the step's
   * own fit would land within rounding of it, and `getMapState()` then equals what it was. `false` otherwise.
   */
  restoreCamera(saved: SavedCamera): boolean {
    const canvas = this.map.getCanvas();
    if (saved.size[0] !== canvas.clientWidth || saved.size[1] !== canvas.clientHeight) return false;
    this.map.stop();
    this.#padding = {...saved.framedWith};
    this.map.jumpTo({center: saved.center, zoom: saved.zoom, bearing: saved.bearing, pitch: saved.pitch, padding: saved.mapPadding});
    return true;
  }

  getState(): MapState {
    const canvas = this.map.getCanvas();
    const {top, right, bottom, left} = this.#padding;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const center = this.map.unproject([(left + width - right) / 2, (top + height - bottom) / 2]);
    const bounds = this.map.getBounds();
    return {
      center: [center.lng, center.lat],
      zoom: this.map.getZoom(),
      bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      visibleLayers: [...this.#visible],
      highlighted: [...this.#highlighted],
      drawing: this.#drawing,
      drawnRailways: [...this.#drawnRailways],
    };
  }

  /**
   * Draws our labels `scale` times their style size: larger for a projector in briefing mode.
   * The sizes are read from the style once, so scaling back to 1 restores them exactly.
   */
  setLabelScale(scale: number): void {
    if (scale === this.#labelScale) return;
    this.#labelScale = scale;
    this.#baseLabelSizes ??= new Map(
      Object.values(MAP_LAYERS)
        .flat()
        .flatMap((id) => {
          const size: unknown = this.map.getLayer(id)?.type === 'symbol' ? this.map.getLayoutProperty(id, 'text-size') : undefined;
          return typeof size === 'number' ? [[id, size] as const] : [];
        }),
    );
    for (const [id, size] of this.#baseLabelSizes) this.map.setLayoutProperty(id, 'text-size', size * scale);
  }

  /** Cancels a pending frame and data sends: call before the map is removed. */
  dispose(): void {
    this.stopDrawing();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    clearTimeout(this.#sendTimer);
  }

  #flushDraw(): void {
    this.#frame = 0;
    const pending = this.#pendingDraw;
    if (!pending) return;
    const part = drawnPart(pending.railway, pending.fraction);
    const key = `${pending.railway.properties.id}:${part.line.coordinates.length}:${part.head.join()}`;
    const drawing = pending.fraction > 0 && pending.fraction < 1;
    this.#setDrawData(
      {
        type: 'FeatureCollection',
        features: [
          {type: 'Feature', properties: {}, geometry: part.line},
          ...(drawing ? [{type: 'Feature' as const, properties: {}, geometry: {type: 'Point' as const, coordinates: part.head}}] : []),
        ],
      },
      key,
    );
    this.#setStations(part.stations);
  }

  #setDrawData(drawing: FeatureCollection, key: string): void {
    if (key === this.#lastDrawKey) return;
    this.#lastDrawKey = key;
    void (this.map.getSource(DRAWING_SOURCE) as GeoJSONSource | undefined)?.setData(drawing);
  }

  /** Stations of fully drawn railways, plus those the drawing has reached. */
  #setStations(reached: readonly string[]): void {
    const onDrawn = new Set<string>(reached);
    for (const id of this.#drawnRailways) {
      const railway = this.#index.get(id)?.feature as Feature<LineString, RailwayProperties> | undefined;
      for (const station of railway?.properties.stations ?? []) onDrawn.add(station);
    }
    this.map.setFilter('station', layerFilter('stations', [...onDrawn]), BUILT);
    this.map.setFilter('station-label', layerFilter('stations', [...onDrawn]), BUILT);
  }

  #allRailways(): string[] {
    return [...this.#index.values()].filter((entry) => entry.layer === 'railways').map((entry) => String(entry.feature.id));
  }

  #showLayers(layers: readonly LayerName[]): void {
    const visible = new Set(layers);
    this.#sendData(layers);
    for (const layer of LAYER_NAMES) {
      for (const id of MAP_LAYERS[layer]) {
        if (!this.map.getLayer(id)) {
          // Over a remote basemap, its own land replaces ours.
          if (REPLACED_BY_BASEMAP.has(id)) continue;
          throw new Error(`story-map: the map has no layer "${id}" for the story layer "${layer}": the style (buildStyle) and MAP_LAYERS in src/map/style.ts disagree.`);
        }
        this.map.setLayoutProperty(id, 'visibility', visible.has(layer) ? 'visible' : 'none');
      }
    }
    const railwaysShown = visible.has('railways') ? 'visible' : 'none';
    this.map.setLayoutProperty('railway-progress', 'visibility', railwaysShown);
    this.map.setLayoutProperty('railway-head', 'visibility', railwaysShown);
    this.#visible = LAYER_NAMES.filter((layer) => visible.has(layer));
  }

  #highlight(ids: readonly string[]): void {
    for (const id of this.#highlighted) this.#setHighlight(id, false);
    this.#highlighted = ids.filter((id) => this.#index.has(id));
    for (const id of this.#highlighted) this.#setHighlight(id, true);
  }

  #setHighlight(id: string, highlight: boolean): void {
    const layer = this.#index.get(id)?.layer;
    if (layer) this.map.setFeatureState({source: SOURCE_OF[layer], id}, {highlight});
  }
}
