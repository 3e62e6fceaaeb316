import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {FeatureCollection} from 'geojson';
import type {CircleLayerSpecification} from 'maplibre-gl';
import {createPropertyExpression, featureFilter, latest} from '@maplibre/maplibre-gl-style-spec';
import type {StylePropertySpecification} from '@maplibre/maplibre-gl-style-spec';
import {DEFAULT_LAYERS, DISPUTED_RING_PX, MAP_LAYERS, MARKS_SOURCE, SOURCE_OF, STORY_SOURCE, buildStyle, labelId, layerFilter, storyData, withBasemap, withSharedPrograms} from './style.ts';
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

  it('draws each story layer from its source, each map layer filtering its own story layer', () => {
    const style = buildStyle('zh', DEFAULT_LAYERS, storyData(layers));
    expect(Object.keys(style.sources).sort()).toEqual([MARKS_SOURCE, STORY_SOURCE]);
    for (const name of LAYER_NAMES) {
      const source = style.sources[SOURCE_OF[name]];
      const features = source?.type === 'geojson' ? (source.data as FeatureCollection).features : [];
      expect(features.filter((f) => f.properties?.layer === name).length, name).toBeGreaterThanOrEqual(layers[name].features.length);
      for (const id of MAP_LAYERS[name]) {
        const layer = style.layers.find((l) => l.id === id);
        expect(layer && 'source' in layer ? layer.source : undefined, id).toBe(SOURCE_OF[name]);
        expect(JSON.stringify(layer && 'filter' in layer ? layer.filter : undefined), id).toContain(JSON.stringify(layerFilter(name)));
      }
    }
    const empty = buildStyle('zh').sources[STORY_SOURCE];
    expect(empty?.type === 'geojson' ? (empty.data as FeatureCollection).features : undefined).toEqual([]);
  });

  it('draws line and fill layers source by source, so MapLibre redraws tile masks rarely', () => {
    const clipped = buildStyle('zh').layers.filter((l) => l.type === 'line' || l.type === 'fill').map((l) => ('source' in l ? l.source : ''));
    const switches = clipped.filter((source, i) => i > 0 && source !== clipped[i - 1]).length;
    expect(switches).toBe(1);
  });

  it('storyData tags each feature with its layer and adds one label point per county and province; ids stay unique', () => {
    const all = storyData(layers).features;
    const expected = LAYER_NAMES.reduce((sum, name) => sum + layers[name].features.length, 0) + layers.counties.features.length + layers.provinces.features.length;
    expect(all).toHaveLength(expected);
    for (const name of LAYER_NAMES) expect(all.filter((f) => f.properties?.layer === name).length, name).toBeGreaterThanOrEqual(layers[name].features.length);
    const countyPoints = all.filter((f) => f.properties?.layer === 'counties' && f.geometry.type === 'Point');
    expect(countyPoints.map((f) => f.properties?.id).sort()).toEqual(layers.counties.features.map((f) => labelId(String(f.id))).sort());
    expect(countyPoints[0]?.geometry).toEqual({type: 'Point', coordinates: countyPoints[0]?.properties?.label});
    // MapLibre's updateData (adding later layers as a diff) needs unique ids.
    expect(new Set(all.map((f) => f.properties?.id)).size).toBe(all.length);
  });

  it('storyData holds only the given layers that are loaded', () => {
    const some = storyData({counties: layers.counties, railways: layers.railways}, ['railways', 'projects']).features;
    expect(new Set(some.map((f) => f.properties?.layer))).toEqual(new Set(['railways']));
    expect(some).toHaveLength(layers.railways.features.length);
  });

  it('gives every story layer at least one map layer that exists in the style', () => {
    const ids = new Set(buildStyle('zh', DEFAULT_LAYERS).layers.map((l) => l.id));
    for (const name of LAYER_NAMES) {
      expect(MAP_LAYERS[name].length).toBeGreaterThan(0);
      for (const id of MAP_LAYERS[name]) expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('withSharedPrograms', () => {
  it('writes constant paint values per feature and keeps those that already vary', () => {
    const line = withSharedPrograms({id: 'l', type: 'line', source: 's', paint: {'line-color': '#123456', 'line-width': ['get', 'w']}});
    expect(line.paint?.['line-color']).toEqual(['case', ['boolean', ['feature-state', 'highlight'], false], '#123456', '#123456']);
    expect(line.paint?.['line-width']).toEqual(['get', 'w']);
  });

  it('fills in MapLibre’s defaults, and draws circle radii per zoom as well', () => {
    const circle = withSharedPrograms<CircleLayerSpecification>({id: 'c', type: 'circle', source: 's'});
    expect(Object.keys(circle.paint ?? {}).sort()).toEqual(['circle-color', 'circle-opacity', 'circle-radius', 'circle-stroke-color', 'circle-stroke-opacity', 'circle-stroke-width']);
    expect(circle.paint?.['circle-radius']).toEqual(['interpolate', ['linear'], ['zoom'], 0, ['case', ['boolean', ['feature-state', 'highlight'], false], 5, 5], 24, ['case', ['boolean', ['feature-state', 'highlight'], false], 5, 5]]);
  });

  it('leaves layer types it does not list alone', () => {
    const background = {id: 'b', type: 'background' as const, paint: {'background-color': '#fff'}};
    expect(withSharedPrograms(background)).toBe(background);
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
    expect(Object.keys(merged.sources)).toEqual(['osm', STORY_SOURCE, MARKS_SOURCE]);
  });

  it('labels with a font the basemap’s glyph server has', () => {
    const label = withBasemap(buildStyle('zh'), basemap).layers.find((l) => l.id === 'county-label');
    expect(label?.type === 'symbol' ? label.layout?.['text-font'] : undefined).toEqual(['Noto Sans Regular']);
  });
});

describe('the circle around a highlighted project (evaluated as MapLibre evaluates the style)', () => {
  const layer = buildStyle('zh', ['projects']).layers.find((l) => l.id === 'project-uncertainty') as CircleLayerSpecification;
  const circleSpec = (latest as unknown as {paint_circle: Record<string, StylePropertySpecification>}).paint_circle;
  type Site = {estimated: boolean; disputed: boolean; uncertainty_m?: number};
  const feature = (properties: Site) => ({type: 1 as const, id: 'site', properties: {layer: 'projects', ...properties}, geometry: []});
  const drawn = (site: Site) => featureFilter(layer.filter, 'project-uncertainty.filter').filter({zoom: 8}, feature(site));
  /** A paint value for a highlighted site at a zoom. */
  function paint(property: keyof typeof circleSpec & string, site: Site, zoom: number, highlight = true): unknown {
    const compiled = createPropertyExpression((layer.paint as Record<string, unknown>)[property], `project-uncertainty.paint.${property}`, circleSpec[property] as StylePropertySpecification);
    if (compiled.result !== 'success') throw new Error(`${property}: ${compiled.value.map((e) => e.message).join('; ')}`);
    return compiled.value.evaluate({zoom}, feature(site), {highlight});
  }
  const estimated: Site = {estimated: true, disputed: false, uncertainty_m: 3000};
  const disputed: Site = {estimated: true, disputed: true, uncertainty_m: 3000};

  it('is drawn for estimated and for disputed sites, not for exact ones', () => {
    expect(drawn(estimated)).toBe(true);
    expect(drawn({estimated: false, disputed: true})).toBe(true);
    expect(drawn({estimated: false, disputed: false})).toBe(false);
  });

  it('for an estimated site: a soft filled disc of its uncertainty at ground size, growing with the zoom', () => {
    expect(paint('circle-opacity', estimated, 8)).toBeGreaterThan(0);
    expect(paint('circle-radius', estimated, 10) as number).toBeCloseTo((paint('circle-radius', estimated, 8) as number) * 4, 6);
  });

  it('for a disputed site: a hollow ring of one size at every zoom, never a disc', () => {
    for (const zoom of [6, 8, 12]) {
      expect(paint('circle-radius', disputed, zoom), `zoom ${zoom}`).toBe(DISPUTED_RING_PX);
      expect(paint('circle-opacity', disputed, zoom)).toBe(0);
      expect(paint('circle-stroke-opacity', disputed, zoom)).toBeGreaterThan(paint('circle-stroke-opacity', estimated, zoom) as number);
    }
    expect(paint('circle-stroke-width', disputed, 8)).toBeGreaterThan(paint('circle-stroke-width', estimated, 8) as number);
  });

  it('shows only around the step’s subject: nothing when the site is not highlighted', () => {
    for (const site of [estimated, disputed]) {
      expect(paint('circle-opacity', site, 8, false)).toBe(0);
      expect(paint('circle-stroke-opacity', site, 8, false)).toBe(0);
    }
  });
});
