import {html, nothing} from 'lit';
import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import type {Language, LegendEntry} from '../story/schema.ts';
import {strings} from '../story/strings.ts';
import type {StoryMode} from '../story/names.ts';
import {COMPACT_MAX_HEIGHT, PHONE_MAX_WIDTH} from '../camera/text-padding.ts';
import type {ReadingLayout} from '../camera/text-padding.ts';
import './story-key.ts';
import './story-legend.ts';

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
  readonly language: Language;
  reducedMotion: boolean;
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

  /**
   * The reading bar's part of the legend: where it is folded, the key button (in the map's bottom
   * strip, with the km counter) holding the legend and the motion switch; elsewhere just the switch.
   */
  renderKey(entries: readonly LegendEntry[], counter: string): TemplateResult {
    const settings = html`<label class="motion"
      ><input type="checkbox" .checked=${this.host.reducedMotion} @change=${(event: Event) => (this.host.reducedMotion = (event.target as HTMLInputElement).checked)} />${strings(this.host.language).map.reduceMotion}</label
    >`;
    if (!this.compactKey) return settings;
    return html`<story-key class=${this.layout} opens=${this.layout === 'split' ? 'down' : 'up'} .entries=${entries} .counter=${counter} .language=${this.host.language}
      >${settings}</story-key
    >`;
  }

  /** The legend box on the map, where it is not folded into the key; none for a step without entries or counter. */
  renderLegend(entries: readonly LegendEntry[] | undefined, counter: string): TemplateResult | typeof nothing {
    if (this.compactKey || !entries || (entries.length === 0 && !counter)) return nothing;
    return html`<aside class="legend" aria-label=${strings(this.host.language).map.legend}>
      <story-legend .entries=${entries} .counter=${counter}></story-legend>
    </aside>`;
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
