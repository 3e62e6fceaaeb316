import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {FeatureCollection} from 'geojson';
import {DEFAULT_LAYERS, MAP_LAYERS, buildStyle, sourceData, withBasemap} from './style.ts';
import type {GeoLayers} from '../geo/layers.ts';
import {LAYER_NAMES} from '../geo/layers.ts';

const layers = Object.fromEntries(
  LAYER_NAMES.map((name) => [name, JSON.parse(readFileSync(new URL(`../../geo/${name}.geojson`, import.meta.url), 'utf8'))]),
) as unknown as GeoLayers;

describe('buildStyle', () => {
  it('references no remote resource: no glyphs, sprite, tiles or URLs', () => {
    const style = buildStyle('zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('labels features in the chosen language', () => {
    const label = (language: 'zh' | 'en') => {
      const layer = buildStyle(language).layers.find((l) => l.id === 'county-label');
      return layer?.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
    };
    expect(label('zh')).toEqual(['get', 'name_zh']);
    expect(label('en')).toEqual(['get', 'name_en']);
  });

  it('shows exactly the map layers of the visible story layers', () => {
    const style = buildStyle('zh', ['counties', 'railways']);
    const visible = style.layers.filter((l) => l.id !== 'background' && l.layout?.visibility === 'visible').map((l) => l.id);
    expect(visible.sort()).toEqual([...MAP_LAYERS.counties, ...MAP_LAYERS.railways].sort());
  });

  it('starts every source empty; sourceData gives each story layer its sources and their data', () => {
    const style = buildStyle('zh');
    const sizes = Object.values(style.sources).map((source) => (source.type === 'geojson' ? (source.data as FeatureCollection).features.length : -1));
    expect(sizes).toEqual(Array(LAYER_NAMES.length + 2).fill(0));
    const sourceIds = new Set(style.layers.flatMap((layer) => ('source' in layer ? [layer.source] : [])));
    for (const name of LAYER_NAMES) {
      for (const [id, data] of Object.entries(sourceData(name, layers[name]))) {
        expect(sourceIds.has(id), id).toBe(true);
        expect(data.features.length, id).toBe(layers[name].features.length);
      }
    }
    expect(Object.keys(sourceData('counties', layers.counties)).sort()).toEqual(['counties', 'county-labels']);
  });

  it('gives every story layer at least one map layer that exists in the style', () => {
    const ids = new Set(buildStyle('zh', DEFAULT_LAYERS).layers.map((l) => l.id));
    for (const name of LAYER_NAMES) {
      expect(MAP_LAYERS[name].length).toBeGreaterThan(0);
      for (const id of MAP_LAYERS[name]) expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('withBasemap', () => {
  const basemap = {
    version: 8 as const,
    glyphs: 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf',
    sources: {osm: {type: 'vector' as const, url: 'https://tiles.example.org/osm.json'}},
    layers: [
      {id: 'base-background', type: 'background' as const, paint: {'background-color': '#eee'}},
      {id: 'base-labels', type: 'symbol' as const, source: 'osm', 'source-layer': 'places', layout: {'text-font': ['Noto Sans Regular'], 'text-field': '{name}'}},
    ],
  };

  it('puts the story’s layers over the basemap’s, dropping our own background and land', () => {
    const merged = withBasemap(buildStyle('zh'), basemap);
    const ids = merged.layers.map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['base-background', 'base-labels']);
    expect(ids).not.toContain('background');
    expect(ids).not.toContain('land');
    expect(ids).toContain('county-fill');
    expect(Object.keys(merged.sources)).toEqual(expect.arrayContaining(['osm', 'counties', 'railways']));
  });

  it('labels with a font the basemap’s glyph server has', () => {
    const label = withBasemap(buildStyle('zh'), basemap).layers.find((l) => l.id === 'county-label');
    expect(label?.type === 'symbol' ? label.layout?.['text-font'] : undefined).toEqual(['Noto Sans Regular']);
  });
});
