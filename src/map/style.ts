import type {StyleSpecification} from 'maplibre-gl';
import type {GeoLayers} from '../geo/layers.ts';
import {labelPoints} from '../geo/label-points.ts';
import {palette} from './palette.ts';

export type Language = 'zh' | 'en';

/** Font family names MapLibre draws with locally (the style has no `glyphs` server). */
const LABEL_FONT = ['sans-serif'];

/**
 * The embedded default style, built only from the project's own GeoJSON: no tiles,
 * no glyph server, no sprite — so the map makes no request outside the page's origin.
 */
export function buildStyle(layers: GeoLayers, language: Language): StyleSpecification {
  const name = language === 'zh' ? 'name_zh' : 'name_en';
  return {
    version: 8,
    name: 'Ganzhou story map (embedded)',
    sources: {
      counties: {type: 'geojson', data: layers.counties, promoteId: 'id'},
      'county-labels': {type: 'geojson', data: labelPoints(layers.counties), promoteId: 'id'},
    },
    layers: [
      {id: 'background', type: 'background', paint: {'background-color': palette.background}},
      {id: 'county-fill', type: 'fill', source: 'counties', paint: {'fill-color': palette.countyFill}},
      {
        id: 'county-border',
        type: 'line',
        source: 'counties',
        paint: {'line-color': palette.countyBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 10, 1.4]},
      },
      {
        id: 'county-label',
        type: 'symbol',
        source: 'county-labels',
        layout: {
          'text-field': ['get', name],
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 10, 16],
          'text-max-width': 8,
        },
        paint: {'text-color': palette.labelText, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.5},
      },
    ],
  };
}
