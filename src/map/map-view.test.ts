import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {StepState} from '../story/schema.ts';
import {MapView} from './map-view.ts';
import {MAP_LAYERS} from './style.ts';

/** The part of MapLibre's map that MapView uses, in memory: layers by id with their visibility. */
function fakeMap(missing: readonly string[] = []) {
  const visibility = new Map<string, string>();
  const ids = [...Object.values(MAP_LAYERS).flat(), 'railway-progress', 'railway-head'].filter((id) => !missing.includes(id));
  for (const id of ids) visibility.set(id, 'visible');
  /** What each `updateData` was sent, and whether every source had loaded what it was sent before. */
  const sent: {layers: string[]; sourcesLoaded: boolean}[] = [];
  const loading = {now: false};
  const source = {
    setData: () => Promise.resolve(),
    updateData: (diff: {add: {properties: {layer: string}}[]}) => {
      sent.push({layers: [...new Set(diff.add.map((feature) => feature.properties.layer))], sourcesLoaded: !loading.now});
      loading.now = true;
      return Promise.resolve();
    },
  };
  const map = {
    isSourceLoaded: () => !loading.now,
    addSource: () => undefined,
    addLayer: () => undefined,
    getLayer: (id: string) => (visibility.has(id) ? {type: id.endsWith('label') ? 'symbol' : 'line'} : undefined),
    getSource: () => source,
    setLayoutProperty: (id: string, name: string, value: string) => {
      if (!visibility.has(id)) throw new Error(`no layer ${id}`);
      if (name === 'visibility') visibility.set(id, value);
    },
    setFilter: () => undefined,
    setFeatureState: () => undefined,
  };
  return {map: map as unknown as MapLibreMap, visibility, sent, loading};
}

const step = {id: 'counties', title: '', chapter: '', layers: ['land', 'counties'], highlight: [], drawn: [], legend: []} as unknown as StepState;

describe('MapView.applyStep', () => {
  it('shows the map layers of the story layers a step lists, and hides the others', () => {
    const {map, visibility} = fakeMap();
    new MapView(map, {}).applyStep(step);
    expect(['land', 'county-fill', 'county-border', 'county-label'].map((id) => visibility.get(id))).toEqual(['visible', 'visible', 'visible', 'visible']);
    expect(['railway', 'river', 'province-border', 'railway-progress'].map((id) => visibility.get(id))).toEqual(['none', 'none', 'none', 'none']);
  });

  it('goes without our land over a remote basemap, whose own land replaces it', () => {
    const {map, visibility} = fakeMap(['land']);
    new MapView(map, {}).applyStep(step);
    expect(visibility.get('county-fill')).toBe('visible');
  });

  it('refuses a story layer whose map layer the style lacks, naming both', () => {
    const {map} = fakeMap(['county-border']);
    expect(() => new MapView(map, {}).applyStep(step)).toThrow('the map has no layer "county-border" for the story layer "counties"');
  });
});

describe('MapView.sendLoadedData', () => {
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  const layer = (id: string) => ({type: 'FeatureCollection', features: [{type: 'Feature', id, properties: {id}, geometry: {type: 'LineString', coordinates: [[115, 25], [115.1, 25.1]]}}]});

  it('sends the loaded layers one at a time, each once the sources have loaded the one before', async () => {
    vi.useFakeTimers();
    const {map, sent, loading} = fakeMap();
    const view = new MapView(map, {rivers: layer('gan'), expressways: layer('g45'), railways: layer('changgan')} as never);
    view.sendLoadedData();
    await vi.advanceTimersByTimeAsync(500);
    // MapLibre is still loading the first layer's tiles: nothing more goes.
    expect(sent).toEqual([{layers: ['rivers'], sourcesLoaded: true}]);
    loading.now = false;
    await vi.advanceTimersByTimeAsync(100);
    loading.now = false;
    await vi.advanceTimersByTimeAsync(100);
    expect(sent.map((update) => update.layers.join())).toEqual(['rivers', 'expressways', 'railways']);
    expect(sent.every((update) => update.sourcesLoaded)).toBe(true);
  });
});
