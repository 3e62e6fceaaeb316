/**
 * The benchmark's baseline: the same geo data and steps with bare MapLibre and a plain
 * IntersectionObserver — nothing else. Our page is measured against this in one run.
 *
 * Every file of geo/, each its own source, drawn as fills, lines and circles by geometry, all of
 * it from the first frame: what a page without a story's layer logic draws. No labels: a label is
 * a style choice of ours, not data (ours cost about 120–190 ms of the first idle: README, Performance).
 */
import {Map as MapLibreMap, setWorkerUrl} from 'maplibre-gl';
import type {FilterSpecification, LayerSpecification, StyleSpecification} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import bbox from '@turf/bbox';
import type {FeatureCollection} from 'geojson';
import storyModule from 'virtual:ganzhou-story/zh';
import type {Story} from '../../src/story/schema.ts';
import {LAYER_NAMES} from '../../src/story/names.ts';

setWorkerUrl(workerUrl);
const story = storyModule as Story;
const fetchJson = async (url: string) => (await fetch(url)).json() as Promise<FeatureCollection>;
// Every file of geo/ as a built asset URL, in the story's layer order (the order they are drawn).
const urls = import.meta.glob<string>('../../geo/*.geojson', {query: '?url', import: 'default', eager: true});
const files = LAYER_NAMES.map((name) => {
  const url = urls[`../../geo/${name}.geojson`];
  if (!url) throw new Error(`bench/baseline: no geo/${name}.geojson`);
  return [name, url] as const;
});
const data = Object.fromEntries(await Promise.all(files.map(async ([name, url]) => [name, await fetchJson(url)] as const)));
const counties = data.counties as FeatureCollection;

const steps = document.getElementById('steps') as HTMLElement;
for (const step of story.steps) {
  const section = document.createElement('section');
  section.className = 'step';
  section.dataset.step = step.id;
  const title = document.createElement('h3');
  title.textContent = step.title;
  section.append(title);
  steps.append(section);
}

// One layer per kind of geometry a file holds, as a page without a story's layer logic would
// add them.
type Kind = 'Point' | 'LineString' | 'Polygon';
const kinds = (collection: FeatureCollection) => new Set(collection.features.map((feature) => feature.geometry.type.replace('Multi', '') as Kind));
const layers: LayerSpecification[] = [{id: 'background', type: 'background', paint: {'background-color': '#eeebe4'}}];
for (const [name, collection] of Object.entries(data)) {
  const kind = kinds(collection);
  const filter = (type: Kind): FilterSpecification => ['==', ['geometry-type'], type];
  if (kind.has('Polygon')) layers.push({id: `${name}-fill`, type: 'fill', source: name, filter: filter('Polygon'), paint: {'fill-color': name === 'land' ? '#dae3ea' : '#efe6d2', 'fill-outline-color': '#a39a88'}});
  if (kind.has('LineString')) layers.push({id: `${name}-line`, type: 'line', source: name, filter: filter('LineString'), paint: {'line-color': '#2f2f2f', 'line-width': 1.5}});
  if (kind.has('Point')) layers.push({id: `${name}-point`, type: 'circle', source: name, filter: filter('Point'), paint: {'circle-radius': 4, 'circle-color': '#c0392b'}});
}
const style: StyleSpecification = {
  version: 8,
  sources: Object.fromEntries(Object.entries(data).map(([name, collection]) => [name, {type: 'geojson', data: collection}])),
  layers,
};
const all: FeatureCollection = {type: 'FeatureCollection', features: Object.values(data).flatMap((collection) => collection.features)};
const byId = new Map(all.features.map((feature) => [String((feature.properties as {id: string}).id), feature]));
const map = new MapLibreMap({container: 'map', style, bounds: bbox(counties) as [number, number, number, number], interactive: false, fadeDuration: 0});
Object.assign(window, {__map: map});
void map.once('idle').then(() => Object.assign(window, {__idle: performance.now()}));

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const step = story.steps.find((s) => s.id === (entry.target as HTMLElement).dataset.step);
      const fit = typeof step?.fit === 'string' ? [step.fit] : ((step?.fit ?? []) as string[]);
      const features = fit.map((id) => byId.get(id)).filter((f) => f !== undefined);
      if (features.length === 0) continue;
      window.dispatchEvent(new CustomEvent('baseline-step', {detail: step?.id}));
      map.fitBounds(bbox({type: 'FeatureCollection', features}) as [number, number, number, number], {padding: 60, maxZoom: 10.5, duration: 1600});
    }
  },
  {rootMargin: '-50% 0px -50% 0px'},
);
for (const section of steps.querySelectorAll('.step')) observer.observe(section);
