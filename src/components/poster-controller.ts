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

/**
 * Until the live map shows, the map area shows the picture of the step in view (the page slots the
 * opening step's picture, `<img class="map-poster" slot="poster">`): a reader who scrolls before
 * MapLibre has started sees each step's map, never a blank or a wrong one. The pictures are
 * committed in public/snapshots/. Follows the scroll at most once a frame, and stops for good once
 * the map shows or cannot.
 */
export class PosterController implements ReactiveController {
  /** The live map shows (or never will): the poster is done. */
  done = false;
  #frame = 0;
  readonly #onScroll = () => {
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#follow());
  };

  constructor(
    private readonly host: PosterHost,
    /** The step the map would show now. */
    private readonly stepInView: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.done) window.addEventListener('scroll', this.#onScroll, {passive: true});
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.#onScroll);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostUpdated(): void {
    if (!this.done) this.#follow();
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

  #follow(): void {
    this.#frame = 0;
    const poster = this.host.querySelector<HTMLImageElement>(':scope > img.map-poster');
    const index = Math.max(0, this.stepInView());
    const step = this.host.story?.steps[index];
    if (!poster || !step) return;
    const src = snapshotPath(this.host.language, index, step.id);
    if (poster.getAttribute('src') !== src) poster.setAttribute('src', src);
  }
}
