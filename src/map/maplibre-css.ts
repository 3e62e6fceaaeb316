import css from 'maplibre-gl/dist/maplibre-gl.css?inline';

/** MapLibre's stylesheet as text: the map lives in a shadow root, where document styles do not reach. */
export const maplibreCss: string = css;
