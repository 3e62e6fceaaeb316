import {html, nothing} from 'lit';
import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import type {MapMouseEvent} from 'maplibre-gl';
import type {Language, StoryData} from '../story/schema.ts';
import type {StoryMode} from '../story/names.ts';
import {PLACE_PREFIX, placeInAddress} from '../story/step-cursor.ts';
import {describePlace} from '../geo/describe-place.ts';
import type {PlaceCard} from '../geo/describe-place.ts';
import type {MapView} from '../map/map-view.ts';
import {pickPlace} from '../map/pick-place.ts';
import {emit} from './events.ts';
import './story-place-card.ts';

/** How far from a finger's tap a place still counts as tapped; a mouse is more precise. */
const TOUCH_RADIUS = 14;
const MOUSE_RADIUS = 4;
/** How far from a card's edge a tapped place counts as covered: a point's symbol and a finger. */
const TAP_CLEARANCE = 12;
/** A low card's distance from the map's bottom edge, as in the styles (over the credits line). */
const LOW_CARD_BOTTOM = 40;
/** Room kept between a card moved aside and the text column. */
const TEXT_GAP = 10;

/** Where a desktop reading card sits: `low` at the map's bottom; `right` (px from the map's right) when moved left of the place tapped. */
interface CardPlacement {
  low: boolean;
  right?: number;
}

/** What the place card needs of `<story-map>`. */
export interface PlaceHost extends ReactiveControllerHost, HTMLElement {
  readonly mode: StoryMode;
  readonly language: Language;
  readonly story: StoryData | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  goTo(id: string): boolean;
}

export interface PlaceOptions {
  /** The story's view of the map, once it is shown. */
  view(): MapView | undefined;
  /** A card opened or closed: the address follows. */
  changed(): void;
  /**
   * The card opened from a tap covers the tapped point (page coordinates): explore mode moves the
   * map to show it and says `true`; reading mode's map keeps the step's picture (`false`).
   */
  reveal(point: {x: number; y: number}): boolean;
  /** Shows a place the address names (explore mode flies there and opens its card); `false` when its layer has not arrived. */
  showLinked(id: string): boolean;
  /** The right edge of the reading text (page coordinates), which a card moved aside must not cover. */
  textRight(): number | undefined;
}

/**
 * The map answers the reader: a tap or click on a place opens its card, a tap elsewhere closes
 * it, and a mouse over a place shows the pointer and outlines the place. Hit-tests run only on pointer events (at most
 * one per frame for a moving mouse), never while the page is idle. In briefing mode a click is a
 * clicker's "next", so it opens nothing.
 */
export class PlaceController implements ReactiveController {
  /** The open card, or `undefined`. */
  card: PlaceCard | undefined;
  #hoverFrame = 0;
  /** A place the address names whose layer has not arrived yet. */
  #linked: string | undefined;
  /** The step shown last: a card belongs to its picture. */
  #step: string | undefined;
  #hoverAt: {x: number; y: number} | undefined;
  /** Where the reader tapped the place whose card just opened (page coordinates), until the card is laid out. */
  #tap: {x: number; y: number} | undefined;
  /** Where the card sits so as not to cover the tapped place; its usual place (top right) by default. */
  #placement: CardPlacement = {low: false};
  readonly #onClick = (event: MapMouseEvent) => {
    const view = this.options.view();
    if (!view || this.host.mode === 'present') return;
    const touch = (event.originalEvent as PointerEvent).pointerType === 'touch';
    const id = pickPlace(view.map, event.point, touch ? TOUCH_RADIUS : MOUSE_RADIUS);
    if (id === undefined || !this.open(id)) return this.close();
    const canvas = view.map.getCanvas().getBoundingClientRect();
    this.#tap = {x: canvas.left + event.point.x, y: canvas.top + event.point.y};
  };
  readonly #onMove = (event: MapMouseEvent) => {
    this.#hoverAt = event.point;
    if (this.#hoverFrame === 0) this.#hoverFrame = requestAnimationFrame(() => this.#hover());
  };
  readonly #onLeave = () => {
    cancelAnimationFrame(this.#hoverFrame);
    this.#hoverFrame = 0;
    const view = this.options.view();
    view?.hover(undefined);
    if (view) view.map.getCanvas().style.cursor = '';
  };
  readonly #onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.card && this.host.mode !== 'present') this.close();
  };

  constructor(
    private readonly host: PlaceHost,
    private readonly options: PlaceOptions,
  ) {
    host.addController(this);
  }

  /** Starts answering taps on this view's map. */
  listenOn(view: MapView): void {
    view.map.on('click', this.#onClick);
    view.map.on('mousemove', this.#onMove);
    view.map.on('mouseout', this.#onLeave);
  }

  /** Opens the card of place `id`; `false` when no loaded layer has it. */
  open(id: string): boolean {
    const view = this.options.view();
    const card = view && describePlace(id, view.index, this.host.language, this.#stepsOf(id));
    if (!card) return false;
    this.card = card;
    this.#tap = undefined;
    this.#placement = {low: false};
    this.host.requestUpdate();
    emit(this.host, 'story-place-select', {id, kind: card.layer});
    this.options.changed();
    return true;
  }

  close(): void {
    if (!this.card) return;
    this.card = undefined;
    this.host.requestUpdate();
    this.options.changed();
  }

  /** The map shows step `id` (again, after a resize, or a new one): a new step closes the card. */
  stepShown(id: string): void {
    if (id !== this.#step) this.close();
    this.options.view()?.hover(undefined);
    this.#step = id;
  }

  /**
   * Notes the place an address names (`#place=<id>`, `?place=<id>`), to open once its layer has
   * arrived: the opening step's layers come first. Read before the opening step puts its own id
   * in the address.
   */
  link(address: {hash: string; search: string}): void {
    this.#linked = placeInAddress(address.hash, address.search);
  }

  /** Opens the linked place if its layer is here now. */
  openLinked(): void {
    if (this.#linked && this.options.showLinked(this.#linked)) this.#linked = undefined;
  }

  /** What the address names for the open card (`place=<id>`), or `undefined` when none is open. */
  get address(): string | undefined {
    return this.card && `${PLACE_PREFIX}${this.card.id}`;
  }

  /** The open card, placed by the element's styles for the reading layout (`split` on phones). */
  render(layout: string): TemplateResult | typeof nothing {
    const card = this.card;
    if (!card) return nothing;
    return html`<story-place-card
      class="${layout}${this.#placement.low ? ' low' : ''}"
      .card=${card}
      .language=${this.host.language}
      @story-navigate=${(event: CustomEvent<{id: string}>) => {
        this.close();
        this.host.goTo(event.detail.id);
      }}
      @story-place-open=${(event: CustomEvent<{id: string}>) => this.open(event.detail.id)}
      @story-place-close=${() => this.close()}
    ></story-place-card>`;
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKey);
  }

  /**
   * A card just laid out over the place tapped: explore mode moves the map; elsewhere the card
   * moves to the bottom of the map, or left of the place, wherever it leaves the place clear (one more update).
   */
  hostUpdated(): void {
    const element = this.card && this.host.renderRoot.querySelector('story-place-card');
    if (!element) return;
    // Through the CSSOM: a strict style-src refuses a style attribute, not this.
    element.style.right = this.#placement.right === undefined ? '' : `${this.#placement.right}px`;
    const tap = this.#tap;
    if (!tap) return;
    this.#tap = undefined;
    // Measured once the card has drawn its content.
    void element.updateComplete.then(() => this.#keepClear(element, tap));
  }

  #keepClear(element: HTMLElement, tap: {x: number; y: number}): void {
    if (!element.isConnected) return;
    const box = element.getBoundingClientRect();
    const covers = (left: number, top: number) =>
      tap.x >= left - TAP_CLEARANCE && tap.x <= left + box.width + TAP_CLEARANCE && tap.y >= top - TAP_CLEARANCE && tap.y <= top + box.height + TAP_CLEARANCE;
    if (!covers(box.left, box.top) || this.options.reveal(tap) || !element.classList.contains('column')) return;
    const frame = this.host.renderRoot.querySelector('.map-frame')?.getBoundingClientRect() ?? new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    const lowTop = frame.bottom - LOW_CARD_BOTTOM - box.height;
    const asideLeft = tap.x - TAP_CLEARANCE - 1 - box.width;
    const aside = frame.right - (asideLeft + box.width);
    const candidates = [
      {placement: {low: true}, left: box.left, top: lowTop},
      {placement: {low: false, right: aside}, left: asideLeft, top: box.top},
      {placement: {low: true, right: aside}, left: asideLeft, top: lowTop},
    ];
    const textRight = this.options.textRight() ?? frame.left;
    const clear = candidates.find(({placement, left, top}) => (placement.right === undefined || left >= textRight + TEXT_GAP) && !covers(left, top));
    if (clear) {
      this.#placement = clear.placement;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKey);
    cancelAnimationFrame(this.#hoverFrame);
    this.#hoverFrame = 0;
  }

  /** The steps that show or name a place, in story order: the checker's index, shipped in the story data. */
  #stepsOf(id: string): {id: string; title: string}[] {
    const shown = this.host.story?.places.find((place) => place.id === id)?.steps ?? [];
    return (this.host.story?.steps ?? []).filter((step) => shown.includes(step.id)).map(({id, title}) => ({id, title}));
  }

  #hover(): void {
    this.#hoverFrame = 0;
    const view = this.options.view();
    if (!view || !this.#hoverAt) return;
    const over = this.host.mode === 'present' ? undefined : pickPlace(view.map, this.#hoverAt, MOUSE_RADIUS);
    view.map.getCanvas().style.cursor = over === undefined ? '' : 'pointer';
    view.hover(over);
  }
}
