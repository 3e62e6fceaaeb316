import {html, nothing} from 'lit';
import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import type {Map as MapLibreMap, StyleSpecification} from 'maplibre-gl';
import type {LayerName, StepState} from '../story/schema.ts';
import type {GeoLayers} from '../geo/layers.ts';
import {PHONE_MAX_WIDTH} from '../camera/text-padding.ts';
import type {Padding} from '../camera/text-padding.ts';
import {planCamera, stepTarget} from '../camera/plan-camera.ts';
import type * as MapCode from '../map/create-map.ts';
import {MapView, moveCamera} from '../map/map-view.ts';
import {buildStyle, storyData, withBasemap} from '../map/style.ts';
import type {Language} from '../map/style.ts';
import type {StoryMapErrorReason} from './events.ts';
import {strings} from '../story/strings.ts';

/**
 * Where the map is in its life: `loading` until it can start (the story, the text's first paint
 * and MapLibre's code), `creating` while its style and data load, `shown` once the story is on
 * it, `failed` when it cannot be shown (the text stays).
 */
export type MapPhase = 'loading' | 'creating' | 'shown' | 'failed';

/** Without paint timing (a hidden page, an older browser): the longest wait for a frame before the map starts. */
const PAINT_WAIT_MS = 100;
/** Longest wait for the text's first paint before the map starts anyway. */
const PAINT_TIMEOUT_MS = 1500;

/** MapLibre's code, loaded once for every element on the page: after the text has painted. */
let mapCode: Promise<typeof MapCode> | undefined;
const loadMapCode = () => (mapCode ??= import('../map/create-map.ts'));

/** What the map starts with. */
export interface MapStart {
  container: HTMLElement;
  language: Language;
  /** The layers loaded so far. */
  geo: Partial<GeoLayers>;
  /** The step the story opens on: the first picture is drawn in its state. */
  opening: StepState | undefined;
  basemap: StyleSpecification | undefined;
  attribution: string | undefined;
  padding: Padding;
}

/** What the controller asks of its element. */
export interface MapLifecycleDelegate {
  /** Whether the map may start: the story is known, and a remote basemap asked for has answered. */
  canStart(): boolean;
  /** Resolves when the live map is wanted (under a poster: at the reader's first move). */
  wanted(): Promise<void>;
  /** What the map starts with, once the element has rendered its container. */
  startWith(): MapStart | undefined;
  /** The geo layers loaded so far; the story is shown once there are some. */
  geo(): Partial<GeoLayers> | undefined;
  /** The map's style is in and the data is here: show the opening step on `view`. */
  show(view: MapView): void;
  /** The first complete picture is on screen. */
  ready(map: MapLibreMap): void;
  /** The remote basemap failed before the first picture: forget it; the map starts again on the embedded style. */
  dropBasemap(): void;
  /** The map cannot be shown. */
  failed(reason: StoryMapErrorReason, message: string): void;
}

/**
 * The map's life, from waiting for the text's first paint to the first complete picture, with
 * the basemap fallback and the failures (no WebGL, lost context, bad data). One map at a time:
 * events of a map that was removed (a restart, a failure) find it no longer current and do nothing.
 */
export class MapLifecycleController implements ReactiveController {
  #phase: MapPhase = 'loading';
  #scheduled = false;
  #code: typeof MapCode | undefined;
  #map: MapLibreMap | undefined;
  #view: MapView | undefined;
  #styleLoaded = false;
  /** Shows the canvas, hidden from its creation until the story's first complete picture. */
  #showCanvas: (() => void) | undefined;
  /** The layers whose data went into the map's style at its creation. */
  #inStyle: LayerName[] = [];
  readonly #ready = Promise.withResolvers<undefined>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly delegate: MapLifecycleDelegate,
  ) {
    host.addController(this);
    // A caller that never awaits `ready` must not see an unhandled rejection when the map fails.
    this.#ready.promise.catch(() => undefined);
  }

  get map(): MapLibreMap | undefined {
    return this.#map;
  }

  /** The story's view of the map, once it is shown. */
  get view(): MapView | undefined {
    return this.#view;
  }

  /** Resolves at the first complete picture; rejects if the map cannot be shown. */
  get ready(): Promise<void> {
    return this.#ready.promise;
  }

  /**
   * Starts the map if it can and has not: call when the story, the data or the basemap arrives.
   * Running MapLibre's code and creating the map hold the main thread for a while (WebGL context,
   * shaders), so the browser paints the story text first; the page preloads the code meanwhile.
   */
  request(): void {
    if (this.#phase !== 'loading' || !this.host.isConnected || !this.delegate.canStart()) return;
    if (this.#code) this.#create();
    else if (!this.#scheduled) this.#loadAfterPaint();
  }

  /** Shows the story once the style is in and data is here; tells whether it started now. */
  showIfReady(): boolean {
    const map = this.#map;
    const geo = this.delegate.geo();
    if (this.#phase !== 'creating' || !map || !geo || !this.#styleLoaded) return false;
    const view = new MapView(map, geo, this.#inStyle);
    this.#view = view;
    this.#phase = 'shown';
    try {
      this.delegate.show(view);
    } catch (error) {
      // A style without a layer the story needs (a programming error): say so instead of hanging.
      this.fail('map-failed', error instanceof Error ? error.message : String(error));
      return true;
    }
    void map.once('idle').then(() => {
      if (this.#view !== view) return;
      // The first complete picture: shown before `ready`, so its listeners see it.
      this.#showCanvas?.();
      view.settled = true;
      view.sendLoadedData();
      this.#ready.resolve(undefined);
      this.delegate.ready(map);
    });
    return true;
  }

  /** The map cannot be shown: it is removed, `ready` rejects, and the element shows the text with a notice. */
  fail(reason: StoryMapErrorReason, message: string): void {
    this.#remove();
    this.#phase = 'failed';
    this.#ready.reject(new Error(message));
    this.delegate.failed(reason, message);
  }

  hostDisconnected(): void {
    if (this.#phase !== 'failed') this.#remove();
  }

  /** MapLibre's code loads once the live map is wanted and the text has painted. */
  #loadAfterPaint(): void {
    this.#scheduled = true;
    void this.delegate.wanted().then(() => this.#whenPainted());
  }

  /**
   * "Painted" is the browser's own first-contentful-paint entry; a hidden page paints nothing, and
   * a browser without paint timing reports nothing, so a frame or a timer stands in.
   */
  #whenPainted(): void {
    let painted = false;
    const afterPaint = () => {
      if (painted) return;
      painted = true;
      loadMapCode().then(
        (code) => {
          // Start MapLibre's worker first: its download and compile overlap the WebGL start-up.
          code.prewarmMap();
          this.#code = code;
          this.#scheduled = false;
          this.request();
        },
        (error: unknown) => {
          this.#scheduled = false;
          this.fail('map-failed', `MapLibre’s code could not be loaded (${error instanceof Error ? error.message : String(error)}). Check the network and reload the page.`);
        },
      );
    };
    if (document.visibilityState === 'visible' && PerformanceObserver.supportedEntryTypes.includes('paint')) {
      const observer = new PerformanceObserver((entries) => {
        if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        afterPaint();
      });
      observer.observe({type: 'paint', buffered: true});
      setTimeout(afterPaint, PAINT_TIMEOUT_MS);
    } else {
      requestAnimationFrame(() => setTimeout(afterPaint));
      setTimeout(afterPaint, PAINT_WAIT_MS);
    }
  }

  #create(): void {
    const start = this.delegate.startWith();
    const code = this.#code;
    if (!start || !code) return;
    const {MapUnavailableError, createMap, hideCanvas} = code;
    // The style starts as the opening step's picture — its layers visible, the camera placed, and
    // its data when it is already here (usually) — so MapLibre draws the first picture in one pass.
    const {opening, geo, basemap} = start;
    this.#inStyle = opening ? opening.layers.filter((layer) => geo[layer] !== undefined) : [];
    const embedded = buildStyle(start.language, opening?.layers, storyData(geo, this.#inStyle));
    let map: MapLibreMap;
    try {
      map = createMap({container: start.container, style: basemap ? withBasemap(embedded, basemap) : embedded, attribution: start.attribution, language: start.language});
      const target = opening ? stepTarget(opening) : undefined;
      if (target) moveCamera(map, planCamera(target, {padding: start.padding, reducedMotion: true}));
    } catch (error) {
      this.fail(error instanceof MapUnavailableError ? 'webgl-unavailable' : 'map-failed', error instanceof Error ? error.message : String(error));
      return;
    }
    this.#phase = 'creating';
    this.#map = map;
    this.#showCanvas = hideCanvas(map);
    // On phones and in small embeds the credits start folded behind their (i) button — before
    // the first paint, so they do not shift.
    if (window.innerWidth <= PHONE_MAX_WIDTH || start.container.clientWidth <= 800) start.container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    map.getCanvas().addEventListener('webglcontextlost', () => {
      if (this.#map === map) this.fail('context-lost', 'The WebGL context was lost.');
    });
    map.on('error', (event) => {
      if (this.#map !== map || this.#view?.settled) return;
      if (basemap) {
        console.warn(`story-map: the basemap failed (${event.error.message}); using the embedded style.`);
        this.#remove();
        this.delegate.dropBasemap();
        this.request();
      } else if (!map.loaded()) {
        this.fail('map-failed', event.error.message);
      }
    });
    // The story is shown as soon as the style is in: waiting for `load` would first load every
    // (empty) source, then again with the data.
    map.once('style.load', () => {
      if (this.#map !== map) return;
      this.#styleLoaded = true;
      this.showIfReady();
    });
  }

  #remove(): void {
    this.#view?.dispose();
    this.#map?.remove();
    this.#view = undefined;
    this.#map = undefined;
    this.#styleLoaded = false;
    this.#showCanvas = undefined;
    this.#phase = 'loading';
  }
}

/** What replaces the map when it cannot be shown: why, and for data failures which file and what to do. */
export function failureNotice(language: Language, failure: {reason: StoryMapErrorReason; detail: string}): TemplateResult {
  return html`<div class="notice" role="status">
    <p>${strings(language).notice[failure.reason]}</p>
    ${failure.detail ? html`<p class="detail">${failure.detail}</p>` : nothing}
  </div>`;
}
