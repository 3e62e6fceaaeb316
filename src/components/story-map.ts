import {LitElement, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import type {Map as MapLibreMap, StyleSpecification} from 'maplibre-gl';
import type {Language, StoryData} from '../story/schema.ts';
import type {StoryMode} from '../story/names.ts';
import {PLACE_PREFIX, openingStep, placeInAddress} from '../story/step-cursor.ts';
import {strings} from '../story/strings.ts';
import type {GeoLayers} from '../geo/layers.ts';
import type {MapState, MapView} from '../map/map-view.ts';
import {ScrollSteps, arrivalScrollTop} from '../scroll/scroll-steps.ts';
import {emit} from './events.ts';
import type {StoryMapErrorReason} from './events.ts';
import {HashSyncController} from './hash-sync-controller.ts';
import {KeyController} from './key-controller.ts';
import {LayoutController} from './layout-controller.ts';
import {MapLifecycleController, failureNotice} from './map-lifecycle-controller.ts';
import {PosterController} from './poster-controller.ts';
import {ModeController} from './mode-controller.ts';
import {ExploreController} from './explore-controller.ts';
import {PlaceController} from './place-controller.ts';
import {ReducedMotionController} from './reduced-motion-controller.ts';
import {ResizeController} from './resize-controller.ts';
import {StepController} from './step-controller.ts';
import {SwipeController} from './swipe-controller.ts';
import {storyMapStyles} from './story-map.styles.ts';
import './story-progress.ts';
import './story-stepper.ts';

/** The public map state: what the map shows plus the step it shows, explore mode and the place card open. */
export interface StoryMapState extends MapState {
  step: string | null;
  /** `on`: the reader is exploring the map; `place`: the place whose card is open, or `null`. */
  explore: {on: boolean; place: string | null};
}

/**
 * `<story-map>`: the scrollytelling map. The story's steps are light-DOM HTML (pre-rendered, readable
 * without script); the element keeps a sticky MapLibre map behind them and sets it to each step's
 * declared state as the reader scrolls, jumps, or opens a deep link (`#step-id`).
 *
 * @summary The scrollytelling map: a sticky MapLibre map set to each step's declared state.
 * @attr basemap - the address of an opt-in remote MapLibre style, for the page script to load; while it is set and neither `basemapStyle` nor `geo` has arrived, the map waits for it
 * @fires story-map-ready - the first complete frame, the first the map shows (its canvas is hidden before, for at most 3 s); `detail.map` is the MapLibre map
 * @fires story-map-error - the map cannot be shown: a notice replaces it and the text stays; `detail.reason` (`webgl-unavailable`, `map-failed`, `context-lost` or `data-failed`), `detail.message`
 * @fires story-step-enter - a step became current; `detail.id`, `detail.index`
 * @fires story-step-progress - the reader's progress through the current step; `detail.id`, `detail.index`, `detail.progress` (0–1)
 * @fires story-speaker-notes - the presenter pressed `s` in briefing mode; `index.html` opens the speaker-notes window, an embedding page may ignore it
 * @fires story-place-select - a place's card opened (a tap or click on the map, `openPlace`, a `#place=<id>` deep link); `detail.id`, `detail.kind` (its geo layer: `counties`, `cities`, `projects`, `stations`, `railways`, `expressways` or `rivers`)
 */
export class StoryMap extends LitElement {
  static override styles = storyMapStyles;

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
    blackout: {type: Boolean, reflect: true},
    _failure: {state: true},
  };

  /**
   * The GeoJSON layers loaded so far (`Partial<GeoLayers>`). The first step is drawn once this is set, with
   * the layers it has; set it again (a new object) with more layers and the steps that list them show them.
   * The page loads the layers of the step the map opens on when it is wanted (`mapWanted`), the rest after `ready`.
   */
  declare geo: Partial<GeoLayers> | undefined;
  /**
   * The story's steps and chapters (`StoryData`, embedded in the page by the build; each fitted step carries
   * the `bounds` the checker worked out from `geo/`). Once it is set, the text has painted and the live map is wanted
   * (`mapWanted`), MapLibre's code runs and the map starts, while `geo` may still be downloading.
   */
  declare story: StoryData | undefined;
  /**
   * An opt-in remote basemap drawn under the story's layers. If it fails before the first frame,
   * the map falls back to the embedded style (and says so in the console, not to the reader).
   */
  declare basemapStyle: StyleSpecification | undefined;
  /** Label and notice language: `zh` (default) or `en`. */
  declare language: Language;
  /** Jumps instead of flights, lines shown fully drawn. Defaults to the system setting and follows its changes. */
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
  /** Briefing mode: the screen is black (key `b`); any step key brings it back. */
  declare blackout: boolean;
  /** Why the map cannot be shown; for data failures also which file and what to do. */
  declare private _failure: {reason: StoryMapErrorReason; detail: string} | undefined;

  readonly #steps: StepController = new StepController(this, {
    view: () => this.#lifecycle.view,
    measure: () => this.#scroll.measure(),
    stepElements: () => this.#stepElements(),
    beforeEnter: () => this.#explore.leave(false),
    entered: (id) => {
      this.#places.stepShown(id);
      this.#hash.follow(this.#address());
    },
    layout: () => ({layout: this.#layout.layout, compactKey: this.#layout.compactKey}),
  });
  readonly #layout = new LayoutController(this);
  readonly #places = new PlaceController(this, {
    view: () => this.#lifecycle.view,
    changed: () => {
      this.#explore.refresh();
      this.#hash.follow(this.#address());
    },
    showLinked: (id) => this.#explore.find(id),
    reveal: (point) => this.#explore.reveal(point),
    textRight: () => this.#steps.textRight(),
  });
  readonly #explore: ExploreController = new ExploreController(this, {
    view: () => this.#lifecycle.view,
    places: this.#places,
    restore: () => this.#steps.enter(this.#steps.cursor.current, {force: true, instant: true}),
    announce: (text) => this.#steps.announce(text),
  });
  readonly #lifecycle = new MapLifecycleController(this, {
    canStart: () => this.story !== undefined && !(this.hasAttribute('basemap') && !this.basemapStyle && !this.geo),
    wanted: () => this.#poster.wanted,
    startWith: () => this.#startWith(),
    geo: () => this.geo,
    show: (view) => this.#show(view),
    ready: (map) => {
      this.#poster.finish();
      emit(this, 'story-map-ready', {map});
    },
    dropBasemap: () => {
      this.#steps.cursor.current = -1;
      this.basemapStyle = undefined;
    },
    failed: (reason, message) => {
      this.#poster.finish();
      this.#scroll.observe([]);
      this._failure = {reason, detail: reason === 'data-failed' ? message : ''};
      this.mapUnavailable = true;
      emit(this, 'story-map-error', {reason, message});
    },
  });
  readonly #scroll = new ScrollSteps(this, {
    line: () => this.#layout.triggerLine(),
    onEnter: (index) => {
      if (!this.#resize.reflowing && this.#steps.cursor.accepts(index)) this.#steps.enter(index);
    },
    onProgress: (index, progress) => this.#steps.progress(index, progress),
  });
  readonly #hash = new HashSyncController(this, {
    enabled: () => this.linkSteps,
    onNavigate: (id) => {
      if (id.startsWith(PLACE_PREFIX)) this.openPlace(id.slice(PLACE_PREFIX.length));
      else if (id !== this.currentStep && this.steps.includes(id)) this.goTo(id);
    },
  });
  readonly #modes = new ModeController(this, {
    view: () => this.#lifecycle.view,
    neighbour: (offset) => this.#steps.cursor.neighbour(offset, this.steps.length),
    observeScroll: (on) => this.#scroll.observe(on ? this.#stepElements() : []),
  });
  // The live map starts at once for a briefing, a deep link or a reload mid-story; else at the reader's first move.
  readonly #poster = new PosterController(this, {
    stepInView: () => (this.mode === 'scroll' ? this.#scroll.measure(this.#stepElements()).index : this.#initialStep()),
    opening: () => this.#initialStep(),
    startNow: () => this.mode !== 'scroll' || this.#initialStep() > 0 || placeInAddress(location.hash, location.search) !== undefined,
  });
  // A drag while exploring pans the map; it does not change the step.
  readonly #swipes = new SwipeController(this, (direction) => this.#explore.on || this.#modes.step(direction));
  readonly #motion = new ReducedMotionController(this, (reduce) => (this.reducedMotion = reduce));
  readonly #resize: ResizeController = new ResizeController(this, this.#steps.cursor, {
    shown: () => this.#lifecycle.view !== undefined && !this.#explore.on,
    underLine: () => this.#scroll.measure().index,
    reframe: () => this.#steps.enter(this.#steps.cursor.current, {force: true, instant: true}),
  });

  constructor() {
    super();
    this.geo = undefined;
    this.story = undefined;
    this.basemapStyle = undefined;
    this.language = 'zh';
    this.reducedMotion = this.#motion.matches;
    this.mode = 'scroll';
    this.start = undefined;
    this.linkSteps = true;
    this.mapUnavailable = false;
    this.blackout = false;
    this._failure = undefined;
    // Controllers the element only hands callbacks to.
    new KeyController(this, {
      enabled: () => this.story !== undefined && this.#lifecycle.view !== undefined,
      exploring: () => this.#explore.on,
      find: () => this.#explore.enter('finder'),
    });
  }

  /** The MapLibre map, for integrations; `undefined` until it is created or when it cannot be. */
  get map(): MapLibreMap | undefined {
    return this.#lifecycle.map;
  }

  /** Resolves at the map's first `idle` in the first step's state; rejects if the map cannot be shown. */
  get ready(): Promise<void> {
    return this.#lifecycle.ready;
  }

  /** Resolves, with the id of the step the live map opens on, when it starts: at once, or under a poster (`<img class="map-poster" slot="poster">`)
   * at the reader's first scroll, touch, click or key (a frame later, when the page has moved), or a deep link. The moment to load that step's `geo`. */
  get mapWanted(): Promise<string | undefined> {
    return this.#poster.opening.then((index) => this.steps[index]);
  }

  /** Step ids, in story order. */
  get steps(): string[] {
    return this.story?.steps.map((step) => step.id) ?? [];
  }

  /** Where a step becomes current as the reader scrolls, in CSS pixels from the viewport's top: the middle of the screen, or on phones (the map on top) a little below the map. */
  get triggerLine(): number {
    return this.#layout.triggerLine();
  }

  /** The id of the step the map shows, or `null` before the first. */
  get currentStep(): string | null {
    return this.#steps.current?.id ?? null;
  }

  /**
   * Goes to a step: scrolls its text into view and sets the map to its full state; the camera flies there once the
   * step's legend is drawn (same frame), or jumps with `{instant: true}` (and under reduced motion). `false` for an unknown id.
   */
  goTo(id: string, options: {instant?: boolean} = {}): boolean {
    const index = this.steps.indexOf(id);
    const element = this.#stepElements()[index];
    if (index < 0 || !element) return false;
    if (this.mode !== 'scroll') {
      this.#steps.enter(index, {force: true, instant: options.instant});
      return true;
    }
    const instant = options.instant === true || this.reducedMotion;
    this.#steps.cursor.navigate(index);
    window.scrollTo({top: arrivalScrollTop(element, this.triggerLine), behavior: instant ? 'instant' : 'smooth'});
    this.#steps.enter(index, {force: true, instant});
    return true;
  }

  /** Shows that a data file could not be loaded: a notice with the file and what to do replaces the map; the text stays. */
  reportDataError(message: string): void {
    this.#lifecycle.fail('data-failed', message);
  }

  /**
   * What the map shows now, in plain data: `{step, center, zoom, bounds, visibleLayers, highlighted, drawing:
   * {id, fraction, km} | null, drawnRailways, explore: {on, place}}` (`on`: the reader is exploring the map; `place`:
   * the open place card's id or `null`); `center` is the centre of the map area the reader sees (not hidden by
   * the text). `null` before the map shows the story.
   */
  getMapState(): StoryMapState | null {
    const state = this.#lifecycle.view?.getState();
    return state ? {...state, step: this.currentStep, explore: {on: this.#explore.on, place: this.#places.card?.id ?? null}} : null;
  }

  /**
   * Opens the card of a place (any feature of the counties, cities, projects, stations, railways, expressways or
   * rivers) by its geo/ id. Fires `story-place-select`; the address follows (`#place=<id>`). `false` for an id no loaded layer has.
   */
  openPlace(id: string): boolean {
    return this.#places.open(id);
  }

  /** Closes the place card, if one is open. */
  closePlace(): void {
    this.#places.close();
  }

  /** Also waits for the legend: a step's camera is framed clear of its own legend. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.renderRoot.querySelector('story-legend')?.updateComplete;
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('geo') || changed.has('story') || changed.has('basemapStyle')) this.#lifecycle.request();
    if (changed.has('geo') && !this.#lifecycle.showIfReady()) this.#addLayers();
    if (changed.has('reducedMotion') && this.#lifecycle.view && this.#steps.cursor.current >= 0) this.#steps.enter(this.#steps.cursor.current, {force: true});
    if (changed.has('mode') && changed.get('mode') !== undefined && this.#lifecycle.view) this.#modes.switched();
  }

  #startWith() {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    const story = this.story;
    if (!container || !story) return undefined;
    const {language, basemapStyle: basemap, geo = {}} = this;
    return {container, language, geo, basemap, opening: story.steps[this.#initialStep()], attribution: story.attribution, padding: this.#steps.padding()};
  }

  /** The style is in and the data is here: the opening step, then (at the first idle) `ready`. */
  #show(view: MapView): void {
    this.#modes.shown(view);
    if (this.mode === 'scroll') this.#scroll.observe(this.#stepElements());
    // Swipes on the embedded stepper's map move between steps.
    if (this.mode === 'stepper') this.#swipes.listenOn(view.map.getContainer());
    this.#places.listenOn(view);
    if (this.linkSteps) this.#places.link(location);
    const first = this.#initialStep();
    if (first > 0) this.goTo(this.steps[first] as string, {instant: true});
    else this.#steps.enter(first, {force: true, instant: true});
    this.#places.openLinked();
  }

  /** What the address names: the open place card, else the step. */
  #address(): string {
    return this.#places.address ?? this.currentStep ?? '';
  }

  /** More layers arrived after the first picture: the current step shows those it lists, the camera keeps moving. */
  #addLayers(): void {
    const view = this.#lifecycle.view;
    const step = this.#steps.current;
    if (!view || !this.geo) return;
    view.setGeo(this.geo);
    if (!this.#explore.refresh() && step) view.applyStep(step);
    this.#steps.redraw();
    this.#places.openLinked();
  }

  #stepElements(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('.step[data-step]')];
  }

  /** The deep-linked step, else the `start` step, else (reading) the step in view — after a reload or the first move — else the first. */
  #initialStep(): number {
    const opening = openingStep(this.steps, {hash: this.#hash.read(), start: this.start});
    return opening ?? (this.mode === 'scroll' ? Math.max(0, this.#scroll.measure(this.#stepElements()).index) : 0);
  }

  protected override render() {
    const text = strings(this.language);
    const current = this.#steps.cursor.current;
    const step = this.story?.steps[current];
    // On the story's own page, explore mode's map covers the text and the reading bar.
    const covered = this.#explore.on && !this.#explore.inHostPage;
    const cardInBar = this.mode === 'scroll' && !covered;
    return html`
      <div class="svh-probe" aria-hidden="true"></div>
      ${this.story && !this._failure && this.mode === 'scroll'
        ? html`<div class="bar" ?inert=${covered}>
            <div class="top">
              <story-progress
                .steps=${this.story.steps}
                .chapters=${this.story.chapters}
                .current=${current >= 0 || this.#poster.done ? current : this.#poster.step}
                .language=${this.language}
                @story-navigate=${(event: CustomEvent<{id: string}>) => this.goTo(event.detail.id)}
                >${this.#explore.renderToggle()}</story-progress
              >
            </div>
            ${this.#layout.renderKey(step?.legend ?? [], this.#steps.counter)}
            ${cardInBar ? this.#places.render(this.#layout.layout) : nothing}
          </div>`
        : nothing}
      <div class="map-frame" @pointerdown=${(event: PointerEvent) => this.#modes.framePress(event)} @click=${(event: MouseEvent) => this.#modes.frameClick(event)}>
        ${this._failure
          ? failureNotice(this.language, this._failure)
          : html`${this.#poster.render()}<div class="map" role="region" aria-label=${text.map.map}></div>
              ${this.#layout.renderLegend(step?.legend, this.#steps.counter)}`}
        ${this.story && (this.mode === 'present' || this.mode === 'stepper')
          ? html`<story-stepper
              .steps=${this.steps}
              .current=${current}
              .language=${this.language}
              ?counter-only=${this.mode === 'present'}
              @story-navigate=${(event: CustomEvent<{id: string}>) => this.goTo(event.detail.id)}
              >${this.#explore.renderToggle()}</story-stepper
            >`
          : nothing}
        ${this.#explore.render()} ${cardInBar ? nothing : this.#places.render(covered && this.#layout.layout === 'split' ? 'sheet' : this.#layout.layout)}
        <div class="visually-hidden" aria-live="polite" role="status">${this.#steps.announcement}</div>
        ${this.blackout ? html`<div class="blackout" aria-hidden="true"></div>` : nothing}
      </div>
      <div class="text" ?inert=${covered}><slot></slot>${this.mode === 'scroll' && !this._failure ? this.#explore.renderOffer() : nothing}</div>
    `;
  }
}

customElements.define('story-map', StoryMap);

declare global {
  interface HTMLElementTagNameMap {
    'story-map': StoryMap;
  }
}
