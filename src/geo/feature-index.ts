import type {Feature, FeatureCollection} from 'geojson';
import type {LayerName} from '../story/schema.ts';
import {LAYER_NAMES} from '../story/names.ts';
import type {GeoLayers} from './layers.ts';

/** A feature of geo/ and the layer it belongs to. */
export interface IndexedFeature {
  layer: LayerName;
  feature: Feature;
}

/** Every feature of the loaded geo/ layers by its id (ids are unique across layers). */
export function indexFeatures(layers: Partial<GeoLayers>): Map<string, IndexedFeature> {
  const index = new Map<string, IndexedFeature>();
  for (const layer of LAYER_NAMES) {
    for (const feature of (layers[layer] as FeatureCollection | undefined)?.features ?? []) index.set(String(feature.id), {layer, feature});
  }
  return index;
}

