import type {MapGeoJSONFeature, Map as MapLibreMap} from 'maplibre-gl';

/**
 * The map layers a tap can open a place from, in groups by preference: points (the nearest to the
 * pointer wins: a plant beside a park, a project at a county seat), then names, lines, and areas.
 * Uncertainty discs are not places of their own.
 */
const PICKABLE: readonly (readonly string[])[] = [
  ['project', 'station', 'city'],
  ['project-label', 'station-label', 'city-label', 'county-label', 'railway-label', 'expressway-label', 'river-label'],
  ['project-line', 'project-area', 'railway', 'expressway', 'river'],
  ['county-fill'],
];

/** A county's label point has an id of its own (`<id>/label`, style.ts `labelId`): its county's. */
const placeOf = (id: string | number) => String(id).replace(/\/label$/, '');

/**
 * The id of the place drawn under a point of the map's canvas, within `radius` pixels (a finger
 * is less precise than a mouse), or `undefined`. Only layers the map shows now count.
 */
export function pickPlace(map: MapLibreMap, point: {x: number; y: number}, radius: number): string | undefined {
  const layers = PICKABLE.flat().filter((id) => map.getLayer(id) !== undefined && map.getLayoutProperty(id, 'visibility') !== 'none');
  if (layers.length === 0) return undefined;
  const box: [[number, number], [number, number]] = [
    [point.x - radius, point.y - radius],
    [point.x + radius, point.y + radius],
  ];
  const distance = (feature: MapGeoJSONFeature) => {
    if (feature.geometry.type !== 'Point') return 0;
    const at = map.project(feature.geometry.coordinates as [number, number]);
    return Math.hypot(at.x - point.x, at.y - point.y);
  };
  let found: MapGeoJSONFeature[];
  try {
    found = map.queryRenderedFeatures(box, {layers});
  } catch {
    // A query while a source's data is being replaced can throw "feature index out of bounds"
    // (maplibre-gl-js #2923, #7752, #8064; seen here on the synthetic mousemove a resize sends):
    // nothing is picked, the next pointer event asks again.
    return undefined;
  }
  const ranked = found
    .map((feature) => ({feature, rank: PICKABLE.findIndex((group) => group.includes(feature.layer.id)), distance: distance(feature)}))
    .sort((a, b) => a.rank - b.rank || a.distance - b.distance);
  const best = ranked[0]?.feature;
  return best?.id === undefined ? undefined : placeOf(best.id);
}
