import {html} from 'lit';
import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import type {Language, StoryData} from '../story/schema.ts';
import type {StoryMode} from '../story/names.ts';
import {snapshotPath} from '../story/snapshot-path.ts';

/** What the poster needs of `<story-map>`. */
export interface PosterHost extends ReactiveControllerHost, HTMLElement {
  readonly mode: StoryMode;
  readonly language: Language;
  readonly story: StoryData | undefined;
}

export interface PosterOptions {
  /** The step the map would show now. */
  stepInView(): number;
  /** The step the live map would open on now (a deep link's, else the one in view). */
  opening(): number;
  /** The live map is wanted at once, poster or not: a deep link, a briefing, a step to start on. */
  startNow(): boolean;
}

/** What a reader does first that needs the live map: scroll (or scrolled by the browser), touch, click, type. */
const FIRST_MOVES = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Until the live map shows, the map area shows the picture of the step in view (the page slots the
 * opening step's picture, `<img class="map-poster" slot="poster">`): a reader who scrolls before
 * MapLibre has started sees each step's map, never a blank or a wrong one. The pictures are
 * committed in public/snapshots/. Follows the scroll at most once a frame, and stops for good once
 * the map shows or cannot.
 *
 * Under a poster the live map waits for the reader's first move ({@link wanted}): starting MapLibre
 * holds a phone's main thread for seconds (its code, the WebGL context, the shaders), which the
 * reader who is still reading the opening never needs to feel.
 */
export class PosterController implements ReactiveController {
  /** The live map shows (or never will): the poster is done. */
  done = false;
  /** The index of the step whose picture the poster shows; -1 before it shows one. */
  step = -1;
  #frame = 0;
  /** Whether the live map waits for the reader's first move (decided at the first update), or is {@link wanted} already. */
  #decided = false;
  #isWanted = false;
  readonly #wanted = Promise.withResolvers<undefined>();
  readonly #onScroll = () => {
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#follow());
  };
  readonly #onFirstMove = () => this.want();

  constructor(
    private readonly host: PosterHost,
    private readonly options: PosterOptions,
  ) {
    host.addController(this);
  }

  /**
   * Resolves when the live map should start: at once without a poster or when `startNow` says so;
   * under a poster, at the reader's first scroll, touch, click or key.
   */
  get wanted(): Promise<void> {
    return this.#wanted.promise;
  }

  /** The index of the step the live map opens on, once it is {@link wanted}: a frame later, when a wheel or a key has moved the page. */
  get opening(): Promise<number> {
    return this.#wanted.promise.then(
      () =>
        new Promise((resolve) => {
          const open = () => resolve(this.options.opening());
          requestAnimationFrame(open);
          // A hidden page has no frames.
          setTimeout(open, 100);
        }),
    );
  }

  /** The live map is wanted now. */
  want(): void {
    this.#stopWaiting();
    this.#wanted.resolve(undefined);
    this.#isWanted = true;
  }

  hostConnected(): void {
    if (!this.done) window.addEventListener('scroll', this.#onScroll, {passive: true});
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.#onScroll);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#stopWaiting();
    this.#decided = this.#isWanted;
  }

  hostUpdated(): void {
    if (!this.done) this.#follow();
    // Decided at the first update: the page script has set the story, the mode and the start step by then.
    if (this.#decided) return;
    this.#decided = true;
    if (this.#poster() && !this.options.startNow()) {
      for (const type of FIRST_MOVES) window.addEventListener(type, this.#onFirstMove, {capture: true, passive: true});
    } else {
      this.want();
    }
  }

  /** The live map shows, or cannot: the picture goes and the scroll is no longer followed. */
  finish(): void {
    if (this.done) return;
    this.done = true;
    this.hostDisconnected();
    this.host.requestUpdate();
  }

  /** Where the poster goes in the map's frame: under the map, hidden once it is done. */
  render(): TemplateResult {
    return html`<slot name="poster" ?hidden=${this.done}></slot>`;
  }

  #stopWaiting(): void {
    for (const type of FIRST_MOVES) window.removeEventListener(type, this.#onFirstMove, {capture: true});
  }

  #poster(): HTMLImageElement | null {
    return this.host.querySelector<HTMLImageElement>(':scope > img.map-poster');
  }

  #follow(): void {
    this.#frame = 0;
    const poster = this.#poster();
    const index = Math.max(0, this.options.stepInView());
    const step = this.host.story?.steps[index];
    if (!poster || !step) return;
    const src = snapshotPath(this.host.language, index, step.id);
    if (poster.getAttribute('src') !== src) poster.setAttribute('src', src);
    // The reading bar counts the step pictured until the live map has a step of its own.
    if (index !== this.step) {
      this.step = index;
      this.host.requestUpdate();
    }
  }
}
