import type {Feature, FeatureCollection} from 'geojson';
import type {LayerName} from '../story/schema.ts';
import {LAYER_NAMES} from '../story/names.ts';
import type {GeoLayers} from './layers.ts';
import type {Bounds} from './bounds-of.ts';
import {boundsOf} from './bounds-of.ts';

/** A feature of geo/ and the layer it belongs to. */
export interface IndexedFeature {
  layer: LayerName;
  feature: Feature;
}

/** Every feature of geo/ by its id (ids are unique across layers). */
export function indexFeatures(layers: GeoLayers): Map<string, IndexedFeature> {
  const index = new Map<string, IndexedFeature>();
  for (const layer of LAYER_NAMES) {
    for (const feature of (layers[layer] as FeatureCollection).features) index.set(String(feature.id), {layer, feature});
  }
  return index;
}

/**
 * The bounds a step's `fit` frames: one id, several ids (their joint bounds), or a bbox as given.
 * Unknown ids are skipped (the story checker has already refused them).
 */
export function fitBounds(fit: string | readonly string[] | readonly [number, number, number, number], index: ReadonlyMap<string, IndexedFeature>): Bounds | undefined {
  if (typeof fit !== 'string' && fit.length === 4 && fit.every((value) => typeof value === 'number')) {
    const [west, south, east, north] = fit as readonly number[];
    return [west as number, south as number, east as number, north as number];
  }
  const ids = typeof fit === 'string' ? [fit] : (fit as readonly string[]);
  const features = ids.map((id) => index.get(id)?.feature).filter((feature): feature is Feature => feature !== undefined);
  return features.length === 0 ? undefined : boundsOf({type: 'FeatureCollection', features});
}
