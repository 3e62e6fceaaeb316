import {html, nothing} from 'lit';
import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import type {Language, LayerName, StoryData} from '../story/schema.ts';
import type {StoryMode} from '../story/names.ts';
import {LAYER_NAMES} from '../story/names.ts';
import {strings} from '../story/strings.ts';
import {boundsOf} from '../geo/bounds-of.ts';
import {clearOf} from '../camera/clear-of.ts';
import type {Box} from '../camera/clear-of.ts';
import type {Padding} from '../camera/text-padding.ts';
import {planCamera} from '../camera/plan-camera.ts';
import type {MapView, SavedCamera} from '../map/map-view.ts';
import type {PlaceController} from './place-controller.ts';
import './story-finder.ts';

/** The layers the reader can switch in explore mode, in the switcher's order. Land, provinces, Ganzhou and the cities always show. */
export const SWITCHABLE_LAYERS = ['counties', 'railways', 'expressways', 'rivers', 'projects', 'stations'] as const satisfies readonly LayerName[];
type SwitchableLayer = (typeof SWITCHABLE_LAYERS)[number];
const isSwitchable = (layer: LayerName): layer is SwitchableLayer => (SWITCHABLE_LAYERS as readonly LayerName[]).includes(layer);

/** What explore mode needs of `<story-map>`. */
export interface ExploreHost extends ReactiveControllerHost, HTMLElement {
  readonly mode: StoryMode;
  readonly language: Language;
  readonly story: StoryData | undefined;
  readonly reducedMotion: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  /** Resolves at the live map's first complete picture. */
  readonly ready: Promise<void>;
}

export interface ExploreOptions {
  /** The story's view of the map, once it is shown. */
  view(): MapView | undefined;
  /** The place cards. */
  places: PlaceController;
  /** Shows the current step again, exactly as it declares. */
  restore(): void;
  /** Says something through the story's live region. */
  announce(text: string): void;
}

/** Where focus goes as explore mode opens: the way back, or the finder (key `/`). */
type Focus = 'back' | 'finder';

/**
 * Explore mode: the reader pans, zooms and rotates the map, with every layer shown (and a
 * switcher), finds places by name, and goes back to the story exactly where they left it. On the
 * story's own page the map then fills the screen over the text; inside a host page (an embed or
 * an iframe) it stays in place and uses cooperative gestures, so the host page keeps scrolling.
 */
export class ExploreController implements ReactiveController {
  /** Whether the reader is exploring. */
  on = false;
  readonly #layers = new Set<SwitchableLayer>(SWITCHABLE_LAYERS);
  /** The story's camera as the reader left it, to return to. */
  #storyCamera: SavedCamera | undefined;

  constructor(
    private readonly host: ExploreHost,
    private readonly options: ExploreOptions,
  ) {
    host.addController(this);
  }

  /** Inside another page (`<story-embed>`'s shadow root, an iframe), whose scrolling must never be trapped. */
  get inHostPage(): boolean {
    return this.host.getRootNode() instanceof ShadowRoot || window.self !== window.top;
  }

  /** Starts explore mode; `focus` moves the focus into its toolbar once it is drawn. */
  enter(focus?: Focus): void {
    const view = this.options.view();
    // Asked for before the live map is up (it starts at the reader's first move): once it is.
    if (!view) {
      void this.host.ready.then(() => this.enter(focus), () => undefined);
      return;
    }
    if (!this.on) {
      this.on = true;
      this.#storyCamera = view.saveCamera();
      this.host.setAttribute('exploring', this.inHostPage ? 'in-place' : 'screen');
      view.setInteractive(true, this.inHostPage);
      this.#show();
      this.options.announce(strings(this.host.language).explore.on);
      this.host.requestUpdate();
    }
    void this.host.updateComplete.then(() => {
      // The map now fills the screen (or stays as it was): MapLibre's canvas follows the frame.
      view.map.resize();
      if (focus === 'back') this.host.renderRoot.querySelector<HTMLElement>('.explore .back')?.focus();
      if (focus === 'finder') this.host.renderRoot.querySelector<HTMLElement>('story-finder')?.focus();
    });
  }

  /**
   * Ends explore mode and closes the card. `restore`: the current step comes back exactly as it
   * declares (Back to the story); without, the step being entered sets the picture itself.
   */
  leave(restore: boolean): void {
    if (!this.on) return;
    const view = this.options.view();
    this.on = false;
    this.host.removeAttribute('exploring');
    view?.setInteractive(false);
    this.options.places.close();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      view?.map.resize();
      if (!restore) return;
      this.options.restore();
      // After the step's own camera move, which is planned once the element has updated.
      const camera = this.#storyCamera;
      if (camera) void this.host.updateComplete.then(() => view?.restoreCamera(camera));
      this.host.renderRoot.querySelector<HTMLElement>('.explore-toggle')?.focus({preventScroll: true});
    });
  }

  /**
   * Shows place `id`: explore mode, its layer switched on, its card open, and the camera fitted to
   * it clear of the toolbar and the card. `false` when no loaded layer has it.
   */
  find(id: string): boolean {
    const view = this.options.view();
    const entry = view?.index.get(id);
    if (!view || !entry) return false;
    this.enter();
    if (isSwitchable(entry.layer) && !this.#layers.has(entry.layer)) {
      this.#layers.add(entry.layer);
      this.#show();
    }
    if (!this.options.places.open(id)) return false;
    const name = this.options.places.card?.name ?? id;
    void this.host.updateComplete
      .then(() => this.host.renderRoot.querySelector('story-place-card')?.updateComplete)
      .then(() => {
        if (!this.on || this.options.view() !== view) return;
        view.map.resize();
        view.moveCamera(planCamera({bounds: boundsOf(entry.feature)}, {padding: this.#padding(), reducedMotion: this.host.reducedMotion}));
        this.options.announce(strings(this.host.language).finder.found(name));
      });
    return true;
  }

  /**
   * Moves the map so that a point of the page (a tapped place under its card) shows clear of the
   * toolbar and the card. `false` when the reader is not exploring: the story's map stays put.
   */
  reveal(point: {x: number; y: number}): boolean {
    const view = this.options.view();
    if (!this.on || !view) return false;
    const canvas = view.map.getCanvas().getBoundingClientRect();
    const center = view.map.unproject([point.x - canvas.left, point.y - canvas.top]);
    view.map.easeTo({center, padding: this.#padding(), duration: this.host.reducedMotion ? 0 : 400});
    return true;
  }

  /**
   * Draws explore mode's picture again: the open card changed (its place is the one highlighted)
   * or more layers arrived. `false` when the reader is not exploring.
   */
  refresh(): boolean {
    if (this.on) this.#show();
    return this.on;
  }

  /** The toolbar over the map while exploring: the way back, the finder and the layer switcher. */
  render(): TemplateResult | typeof nothing {
    if (!this.on) return nothing;
    const words = strings(this.host.language).explore;
    return html`<div class="explore" role="group" aria-label=${words.start}>
      <button type="button" class="back" @click=${() => this.leave(true)}>${words.end}</button>
      <details class="layers">
        <summary>${words.layers}</summary>
        <fieldset>
          <legend class="visually-hidden">${words.layers}</legend>
          ${SWITCHABLE_LAYERS.map(
            (layer) => html`<label
              ><input type="checkbox" .checked=${this.#layers.has(layer)} @change=${(event: Event) => this.#switch(layer, (event.target as HTMLInputElement).checked)} />${words.layer[layer]}</label
            >`,
          )}
        </fieldset>
      </details>
      <story-finder .places=${this.host.story?.places ?? []} .language=${this.host.language} @story-place-find=${(event: CustomEvent<{id: string}>) => this.find(event.detail.id)}></story-finder>
    </div>`;
  }

  /** The button that starts explore mode, for the reader's controls. */
  renderToggle(): TemplateResult {
    return html`<button type="button" class="explore-toggle" @click=${() => this.enter('back')}>${strings(this.host.language).explore.start}</button>`;
  }

  /** What follows the story's last step: an offer to look around. */
  renderOffer(): TemplateResult | typeof nothing {
    if (this.on) return nothing;
    const words = strings(this.host.language).explore;
    return html`<div class="explore-offer">
      <p>${words.afterStory}</p>
      <button type="button" @click=${() => this.enter('back')}>${words.start}</button>
    </div>`;
  }

  hostDisconnected(): void {
    this.on = false;
  }

  #switch(layer: SwitchableLayer, on: boolean): void {
    if (on) this.#layers.add(layer);
    else this.#layers.delete(layer);
    this.#show();
  }

  #show(): void {
    const card = this.options.places.card;
    const layers = LAYER_NAMES.filter((layer) => !isSwitchable(layer) || this.#layers.has(layer));
    this.options.view()?.showAll(layers, card ? [card.id] : []);
  }

  /** Padding that keeps a found place clear of the toolbar and the card over the map. */
  #padding(): Padding {
    const root = this.host.renderRoot;
    const frame = root.querySelector('.map-frame')?.getBoundingClientRect();
    if (!frame) return {top: 0, right: 0, bottom: 0, left: 0};
    const boxes: Box[] = [...root.querySelectorAll('.explore, story-place-card')].map((element) => {
      const box = element.getBoundingClientRect();
      return {left: box.left - frame.left, top: box.top - frame.top, right: box.right - frame.left, bottom: box.bottom - frame.top};
    });
    return clearOf(frame, boxes, Math.round(Math.min(frame.width, frame.height) * 0.05));
  }
}
