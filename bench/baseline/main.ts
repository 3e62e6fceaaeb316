/**
 * The benchmark's baseline (docs/decisions/0010-fair-baseline.md): the story as a bare MapLibre
 * page with a plain IntersectionObserver would show it — the same picture as ours at every step,
 * without our framework, labels, highlights, railway drawing or lazy loading.
 *
 * - The story's text is in the HTML from the start (the build puts in the same pre-rendered HTML
 *   and step data as ours, styled by our page's sheet), so a scroll covers the same distance.
 * - One GeoJSON source per file of geo/, loaded by URL, so the downloads overlap the map's start.
 * - Each step shows its `layers` (our types and colours, src/map/style.ts) and moves the camera as
 *   ours does (src/camera/plan-camera.ts): a fit of its bounds, or a flight to its camera, padded
 *   clear of the text column (src/camera/text-padding.ts).
 * - The same tile cache as ours (src/map/create-map.ts).
 *
 * It fires `baseline-step` on window when a step is triggered, before the camera moves, as ours
 * fires `story-step-enter`; `window.baseline` holds the map and a step jump for the bench.
 */
import {Map as MapLibreMap, setWorkerUrl} from 'maplibre-gl';
import type {ExpressionSpecification, LayerSpecification, PaddingOptions, StyleSpecification} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type {LayerName, StepState, StoryData} from '../../src/story/schema.ts';
import {palette} from '../../src/map/palette.ts';

setWorkerUrl(workerUrl);

// The step data the build puts in the page, as in ours (src/load/load-story.ts).
const story = JSON.parse(document.getElementById('story-data')?.textContent ?? 'null') as StoryData;

// Every file of geo/ as a built asset URL; MapLibre's worker downloads each.
const urls = import.meta.glob<string>('../../geo/*.geojson', {query: '?url', import: 'default', eager: true});
const url = (name: LayerName) => new URL(urls[`../../geo/${name}.geojson`] as string, location.href).href;

// Our map layers (src/map/style.ts) by story layer, in our drawing order, without labels.
const line = (id: string, source: LayerName, paint: Record<string, unknown>, layout: Record<string, unknown> = {}) => ({id, type: 'line', source, layout, paint}) as LayerSpecification;
const projectColour = ['match', ['get', 'kind'], ...Object.entries(palette.project).flat(), palette.project.site] as unknown as ExpressionSpecification;
const MAP_LAYERS: [LayerName, LayerSpecification][] = [
  ['land', {id: 'land', type: 'fill', source: 'land', paint: {'fill-color': ['match', ['get', 'kind'], 'sea', palette.water, palette.land]}}],
  ['provinces', line('province-border', 'provinces', {'line-color': palette.provinceBorder, 'line-width': 0.8})],
  ['counties', {id: 'county-fill', type: 'fill', source: 'counties', paint: {'fill-color': palette.countyFill}}],
  ['counties', line('county-border', 'counties', {'line-color': palette.countyBorder, 'line-width': 0.8})],
  ['ganzhou', line('prefecture-border', 'ganzhou', {'line-color': palette.prefectureBorder, 'line-width': 1.8})],
  ['rivers', line('river', 'rivers', {'line-color': palette.river, 'line-width': 1.4}, {'line-cap': 'round'})],
  ['expressways', line('expressway-casing', 'expressways', {'line-color': palette.expresswayCasing, 'line-width': 3.5}, {'line-cap': 'round'})],
  ['expressways', line('expressway', 'expressways', {'line-color': palette.expressway, 'line-width': 1.6}, {'line-cap': 'round'})],
  ['railways', line('railway', 'railways', {'line-color': palette.railway, 'line-width': ['match', ['get', 'kind'], 'high-speed', 2.6, 1.5]}, {'line-cap': 'round', 'line-join': 'round'})],
  ['projects', {id: 'project-area', type: 'fill', source: 'projects', filter: ['==', ['geometry-type'], 'Polygon'], paint: {'fill-color': palette.project.water, 'fill-opacity': 0.18}}],
  ['projects', {id: 'project-line', type: 'line', source: 'projects', filter: ['==', ['geometry-type'], 'LineString'], paint: {'line-color': palette.project.transport, 'line-width': 2}}],
  [
    'projects',
    {
      id: 'project',
      type: 'circle',
      source: 'projects',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {'circle-radius': 4, 'circle-color': projectColour, 'circle-opacity': 0.55, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1},
    },
  ],
  ['stations', {id: 'station', type: 'circle', source: 'stations', paint: {'circle-radius': 3, 'circle-color': palette.station, 'circle-stroke-color': palette.railway, 'circle-stroke-width': 1.5}}],
  ['cities', {id: 'city', type: 'circle', source: 'cities', paint: {'circle-radius': ['match', ['get', 'rank'], 'capital', 5, 4], 'circle-color': palette.city, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5}}],
];
const names = [...new Set(MAP_LAYERS.map(([name]) => name))];

/** Each layer shown when its story layer is among `layers`. */
function showLayers(layers: readonly LayerName[]): void {
  for (const [name, layer] of MAP_LAYERS) map.setLayoutProperty(layer.id, 'visibility', layers.includes(name) ? 'visible' : 'none');
}

/** Clear of the text, as ours pads a step's camera (src/camera/text-padding.ts, without our legend). */
function padding(): PaddingOptions {
  const phone = innerWidth <= 600;
  if (phone) {
    // The map on top (56 % of the screen), under our 56 px reading bar, above its 36 px strip.
    const frame = (document.querySelector('.map-frame') as HTMLElement).getBoundingClientRect();
    const margin = Math.round(Math.min(frame.width, frame.height) * 0.05);
    const side = Math.max(margin, 40);
    return {top: 56 + margin, right: side, bottom: 36 + margin, left: side};
  }
  // Right of the text column as laid out, under our 56 px reading bar.
  const margin = Math.round(Math.min(innerWidth, innerHeight) * 0.05);
  const textRight = document.querySelector('.step')?.getBoundingClientRect().right ?? 0;
  return {top: 56 + margin, right: margin, bottom: margin, left: Math.round(textRight) + margin};
}

/** Moves the camera to a step as ours moves it: a fit of its bounds, or a flight to its camera (a jump when `instant`). */
function frame(step: StepState, instant: boolean): void {
  const duration = instant ? 0 : 1600;
  if (step.camera) {
    const {center, zoom, bearing, pitch} = step.camera;
    map.flyTo({center, zoom, bearing, pitch, padding: padding(), duration, essential: false});
  } else if (step.bounds) {
    map.fitBounds(step.bounds, {padding: padding(), maxZoom: 10.5, duration, essential: false});
  }
}

/** The step shown. */
let current = 0;

/** Shows step `index`: its layers and its camera. */
function show(index: number, instant: boolean): void {
  const step = story.steps[index];
  if (!step) return;
  current = index;
  window.dispatchEvent(new CustomEvent('baseline-step', {detail: step.id}));
  showLayers(step.layers);
  frame(step, instant);
}

// The map starts as the first step's picture: its layers visible, the camera placed.
const opening = story.steps[0] as StepState;
const style: StyleSpecification = {
  version: 8,
  sources: Object.fromEntries(names.map((name) => [name, {type: 'geojson', data: url(name)}])),
  layers: [
    {id: 'background', type: 'background', paint: {'background-color': palette.provinceFill}},
    ...MAP_LAYERS.map(([name, layer]) => ({...layer, layout: {...layer.layout, visibility: opening.layers.includes(name) ? 'visible' : 'none'}}) as LayerSpecification),
  ],
};
const map = new MapLibreMap({container: 'map', style, interactive: false, fadeDuration: 0, maxTileCacheSize: 4});
frame(opening, true);

const phone = matchMedia('(max-width: 600px)').matches;
const sections = [...document.querySelectorAll<HTMLElement>('.step[data-step]')];
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const index = sections.indexOf(entry.target as HTMLElement);
      if (entry.isIntersecting && index !== current) show(index, false);
    }
  },
  // A step is current once its top passes our trigger line: the middle, or 70 % down on phones.
  {rootMargin: phone ? '-70% 0px -30% 0px' : '-50% 0px -50% 0px'},
);
for (const section of sections) observer.observe(section);

/** For the bench: the map, and a jump to a step (as a deep link would make it). */
Object.assign(window, {
  baseline: {
    map,
    goTo: (id: string, options: {instant?: boolean} = {}) => show(story.steps.findIndex((step) => step.id === id), options.instant === true),
  },
});
