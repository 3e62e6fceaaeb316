import type {Feature, FeatureCollection, Geometry, Point, Position} from 'geojson';

/**
 * One point feature per input feature, at its precomputed `label` position, carrying
 * the same properties — the source for a symbol layer that labels polygons once each.
 */
export function labelPoints<P extends {label: Position}>(collection: FeatureCollection<Geometry, P>): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map(
      (feature): Feature<Point, P> => ({
        type: 'Feature',
        ...(feature.id === undefined ? {} : {id: feature.id}),
        properties: feature.properties,
        geometry: {type: 'Point', coordinates: feature.properties.label},
      }),
    ),
  };
}
