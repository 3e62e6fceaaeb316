import {describe, expect, it} from 'vitest';
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {StepState} from '../story/schema.ts';
import {MapView} from './map-view.ts';
import {MAP_LAYERS} from './style.ts';

/** The part of MapLibre's map that MapView uses, in memory: layers by id with their visibility. */
function fakeMap(missing: readonly string[] = []) {
  const visibility = new Map<string, string>();
  const ids = [...Object.values(MAP_LAYERS).flat(), 'railway-progress', 'railway-head'].filter((id) => !missing.includes(id));
  for (const id of ids) visibility.set(id, 'visible');
  const source = {setData: () => Promise.resolve(), updateData: () => Promise.resolve()};
  const map = {
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
  return {map: map as unknown as MapLibreMap, visibility};
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
