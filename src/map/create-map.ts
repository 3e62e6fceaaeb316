import {Map as MapLibreMap, ScaleControl, prewarm, setWorkerUrl} from 'maplibre-gl';
import type {StyleSpecification} from 'maplibre-gl';
import workerUrl from 'virtual:maplibre-worker-url';
import {MAP_CODE_MARK} from './marks.ts';
import {escapeHtml} from '../story/escape-html.ts';
import type {Language} from '../story/names.ts';
import {strings} from '../story/strings.ts';

performance.mark(MAP_CODE_MARK);

// MapLibre looks for its worker next to its own module URL, which a bundle moves: point it at
// the worker entry built with it (scripts/maplibre-source-plugin.ts).
setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker now, so that fetching and compiling it overlaps the story's data
 * download and the WebGL start-up instead of following them. Safe to call more than once.
 */
export function prewarmMap(): void {
  prewarm();
}

/** The map could not be created: typically no WebGL 2 in this browser. */
export class MapUnavailableError extends Error {
  override name = 'MapUnavailableError';
}

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** Short data credits for the attribution line. */
  attribution?: string | undefined;
  /** The language of MapLibre's own words (the cooperative-gestures hints). */
  language: Language;
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
      interactive: false,
      // MapLibre reads the credit line as HTML; the story's is text.
      attributionControl: {compact: true, customAttribution: options.attribution === undefined ? undefined : escapeHtml(options.attribution)},
      // Labels appear at once instead of fading in: steadier screenshots and projector output.
      fadeDuration: 0,
      // The story's data is small and re-tiles in milliseconds, while MapLibre's default cache
      // keeps ~60 off-screen tiles per source: a few bound the memory of a long read.
      maxTileCacheSize: 4,
      locale: mapLocale(options.language),
    });
  } catch (error) {
    // MapLibre 6 throws here when the browser has no WebGL 2; probing first would cost a second
    // context (≈ 300 ms on software rendering) on every page load.
    const detail = error instanceof Error ? error.message : String(error);
    throw new MapUnavailableError(`WebGL 2 is not available in this browser (${detail}).`);
  }
  map.addControl(new ScaleControl({maxWidth: 120, unit: 'metric'}), 'bottom-right');
  return map;
}

/** MapLibre's UI strings the story uses, in the story's language. */
function mapLocale(language: Language): Record<string, string> {
  const hints = strings(language).explore.gestures;
  return {
    'CooperativeGesturesHandler.WindowsHelpText': hints.windowsHelpText,
    'CooperativeGesturesHandler.MacHelpText': hints.macHelpText,
    'CooperativeGesturesHandler.MobileHelpText': hints.mobileHelpText,
  };
}

/** Longest wait for the first complete picture before the map shows what it has drawn so far. */
const FIRST_PICTURE_MAX_WAIT_MS = 3000;

/**
 * Hides the map's canvas until the returned function is called (when the first complete picture
 * is drawn), or for at most a few seconds, after which a slow picture (a remote basemap) shows as
 * it comes. The frames before the first complete one hold only the background or some of the
 * tiles, and the browser composites each of them onto the page. On software WebGL with 2 cores that
 * compositing held up the first complete picture (medians of 15 alternating cold loads: 1225 vs
 * 1099 ms, 1277 vs 1068 ms in a second set). A hidden canvas keeps its last drawn frame, which
 * shows as soon as it is visible again; the map's controls and credits show at once.
 */
export function hideCanvas(map: MapLibreMap): () => void {
  const canvas = map.getCanvas();
  canvas.style.visibility = 'hidden';
  const show = () => {
    window.clearTimeout(timer);
    map.off('remove', show);
    canvas.style.visibility = '';
  };
  const timer = window.setTimeout(show, FIRST_PICTURE_MAX_WAIT_MS);
  // A removed map lets go of its timer at once.
  map.on('remove', show);
  return show;
}
