/**
 * The benchmark's baseline: the same geo data and steps with bare MapLibre and a plain
 * IntersectionObserver — nothing else. Our page is measured against this in one run.
 */
import {Map as MapLibreMap, setWorkerUrl} from 'maplibre-gl';
import type {StyleSpecification} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import bbox from '@turf/bbox';
import type {FeatureCollection} from 'geojson';
import storyModule from 'virtual:ganzhou-story/zh';
import type {Story} from '../../src/story/schema.ts';
import countiesUrl from '../../geo/counties.geojson?url';
import provincesUrl from '../../geo/provinces.geojson?url';
import railwaysUrl from '../../geo/railways.geojson?url';
import projectsUrl from '../../geo/projects.geojson?url';

setWorkerUrl(workerUrl);
const story = storyModule as Story;
const fetchJson = async (url: string) => (await fetch(url)).json() as Promise<FeatureCollection>;
const [counties, provinces, railways, projects] = (await Promise.all([countiesUrl, provincesUrl, railwaysUrl, projectsUrl].map(fetchJson))) as [FeatureCollection, FeatureCollection, FeatureCollection, FeatureCollection];

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

const style: StyleSpecification = {
  version: 8,
  sources: {
    provinces: {type: 'geojson', data: provinces},
    counties: {type: 'geojson', data: counties},
    railways: {type: 'geojson', data: railways},
    projects: {type: 'geojson', data: projects},
  },
  layers: [
    {id: 'background', type: 'background', paint: {'background-color': '#dae3ea'}},
    {id: 'provinces', type: 'fill', source: 'provinces', paint: {'fill-color': '#eeebe4', 'fill-outline-color': '#b8b2a6'}},
    {id: 'counties', type: 'fill', source: 'counties', paint: {'fill-color': '#efe6d2', 'fill-outline-color': '#a39a88'}},
    {id: 'railways', type: 'line', source: 'railways', paint: {'line-color': '#2f2f2f', 'line-width': 2}},
    {id: 'projects', type: 'circle', source: 'projects', filter: ['==', ['geometry-type'], 'Point'], paint: {'circle-radius': 5, 'circle-color': '#c0392b'}},
  ],
};
const all: FeatureCollection = {type: 'FeatureCollection', features: [...counties.features, ...railways.features, ...projects.features, ...provinces.features]};
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
