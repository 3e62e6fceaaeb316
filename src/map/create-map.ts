import {Map as MapLibreMap, ScaleControl, setWorkerUrl} from 'maplibre-gl';
import type {StyleSpecification} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type {Bounds} from '../geo/bounds-of.ts';
import type {Padding} from '../camera/text-padding.ts';

// MapLibre looks for its worker next to its own module URL, which a bundle moves:
// point it at the worker file Vite emits.
setWorkerUrl(workerUrl);

/** The map could not be created: typically no WebGL 2 in this browser. */
export class MapUnavailableError extends Error {
  override name = 'MapUnavailableError';
}

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  bounds: Bounds;
  padding: Padding;
  /** Short data credits for the attribution line. */
  attribution: string;
}

/**
 * Creates the story's background map: not interactive (it never takes the page's wheel or
 * touch scroll; the text carries the story), with a scale bar and a compact attribution line.
 * Throws {@link MapUnavailableError} when the browser cannot draw it.
 */
export function createMap(options: CreateMapOptions): MapLibreMap {
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container: options.container,
      style: options.style,
      bounds: options.bounds,
      fitBoundsOptions: {padding: options.padding},
      interactive: false,
      attributionControl: {compact: true, customAttribution: options.attribution},
      // Labels appear at once instead of fading in: steadier screenshots and projector output.
      fadeDuration: 0,
      // The story's data is small and re-tiles in milliseconds, while MapLibre's default cache
      // keeps ~60 tiles per source (14 sources): a few per source bound the memory of a long read.
      maxTileCacheSize: 4,
    });
  } catch (error) {
    throw new MapUnavailableError(error instanceof Error ? error.message : String(error));
  }
  map.addControl(new ScaleControl({maxWidth: 120, unit: 'metric'}), 'bottom-right');
  return map;
}

/** Whether this browser can create a WebGL 2 context, which MapLibre 6 needs. */
export function supportsWebGL2(): boolean {
  const canvas = document.createElement('canvas');
  return canvas.getContext('webgl2') !== null;
}
