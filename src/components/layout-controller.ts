import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {StoryMode} from '../story/names.ts';
import {COMPACT_MAX_HEIGHT, PHONE_MAX_WIDTH} from '../camera/text-padding.ts';
import type {ReadingLayout} from '../camera/text-padding.ts';

/** Where a step becomes current in the column layout: the middle of the viewport. */
const COLUMN_TRIGGER = 0.5;
/**
 * Where a step becomes current in the split layout, as a share of the small viewport height: a
 * little below the map's bottom edge (56 %), where a card coming up from below is first read.
 */
const SPLIT_TRIGGER = 0.7;

/** What the layout needs of `<story-map>`. */
export interface LayoutHost extends ReactiveControllerHost {
  readonly mode: StoryMode;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The reading layout for the screen: phones read in the split layout (the map on top, the cards
 * scrolling up below it) and fold the legend into a key button, as landscape phones do. Follows
 * the media queries the styles use, and tells the element when they change.
 */
export class LayoutController implements ReactiveController {
  readonly #split = window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  readonly #compact = window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px), (max-height: ${COMPACT_MAX_HEIGHT}px)`);
  readonly #onChange = () => this.host.requestUpdate();

  constructor(private readonly host: LayoutHost) {
    host.addController(this);
  }

  /** The split layout is for reading: briefings and embeds keep their own. */
  get layout(): ReadingLayout {
    return this.host.mode === 'scroll' && this.#split.matches ? 'split' : 'column';
  }

  /** Whether the legend is folded into the key button in the map's bottom strip. */
  get compactKey(): boolean {
    return this.host.mode === 'scroll' && this.#compact.matches;
  }

  /**
   * The trigger line, in pixels from the viewport's top. The split layout measures it on the small
   * viewport height (a probe sized `100svh`), which a phone's address bar sliding in and out does
   * not change, so the line stays put while the reader scrolls.
   */
  triggerLine(): number {
    if (this.layout === 'column') return window.innerHeight * COLUMN_TRIGGER;
    const probe = this.host.renderRoot.querySelector('.svh-probe')?.getBoundingClientRect().height;
    return Math.round((probe || window.innerHeight) * SPLIT_TRIGGER);
  }

  hostConnected(): void {
    this.#split.addEventListener('change', this.#onChange);
    this.#compact.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#split.removeEventListener('change', this.#onChange);
    this.#compact.removeEventListener('change', this.#onChange);
  }
}
