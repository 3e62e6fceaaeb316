import {LitElement, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import type {Language, LegendEntry} from '../story/schema.ts';
import {strings} from '../story/strings.ts';
import {EscapeController} from './escape-controller.ts';
import {storyKeyStyles} from './story-key.styles.ts';
import './story-legend.ts';

/**
 * `<story-key>`: the legend folded into a key button, for small screens. The button and the km
 * counter of a railway being drawn sit in the map's bottom strip; the panel opens over the text,
 * never over the map, and holds the legend and any slotted controls (the motion switch). A
 * disclosure: the button says whether it is expanded; `Esc` or a tap elsewhere closes it.
 */
export class StoryKey extends LitElement {
  static override styles = storyKeyStyles;

  static override properties = {
    entries: {attribute: false},
    counter: {type: String},
    language: {type: String},
    open: {type: Boolean, reflect: true},
    opens: {type: String, reflect: true},
  };

  declare entries: readonly LegendEntry[];
  /** e.g. "207.9 / 415.7 km"; empty when no railway is being drawn. */
  declare counter: string;
  declare language: Language;
  /** Whether the panel is open. */
  declare open: boolean;
  /** Which way the panel opens from the button: `down` (below a phone's map, over the cards) or `up`. */
  declare opens: 'up' | 'down';

  readonly #onOutside = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  constructor() {
    super();
    this.entries = [];
    this.counter = '';
    this.language = 'zh';
    this.open = false;
    this.opens = 'down';
    new EscapeController(this, () => {
      if (!this.open) return;
      this.open = false;
      this.renderRoot.querySelector('button')?.focus();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onOutside);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open) document.addEventListener('pointerdown', this.#onOutside);
    else document.removeEventListener('pointerdown', this.#onOutside);
  }

  protected override render() {
    const text = strings(this.language);
    return html`
      <div class="strip">
        <button type="button" aria-expanded=${String(this.open)} aria-controls="panel" @click=${() => (this.open = !this.open)}>${text.map.legend}</button>
        ${this.counter ? html`<span class="counter">${this.counter}</span>` : nothing}
      </div>
      <div id="panel" class="panel" role="region" aria-label=${text.map.legend} ?hidden=${!this.open}>
        <story-legend .entries=${this.entries}></story-legend>
        <slot></slot>
      </div>
    `;
  }
}

customElements.define('story-key', StoryKey);

declare global {
  interface HTMLElementTagNameMap {
    'story-key': StoryKey;
  }
}
