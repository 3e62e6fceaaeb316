import type {FeatureCollection} from 'geojson';

/**
 * Serialises a FeatureCollection with one feature per line, so `git diff` of a
 * regenerated layer shows which features changed and the file stays compact.
 */
export function formatFeatureCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
