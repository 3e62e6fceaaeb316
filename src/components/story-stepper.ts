import {LitElement, html} from 'lit';
import type {Language} from '../story/names.ts';
import {strings} from '../story/strings.ts';
import {emit} from './events.ts';
import {storyStepperStyles} from './story-stepper.styles.ts';

/**
 * `<story-stepper>`: where the story is, when nobody scrolls. For embeds, previous/next buttons
 * around "n / total"; for briefings, the counter alone, large enough to read across a room
 * (the clicker moves the story). It only reports intent (`story-navigate`); `<story-map>` moves the story.
 *
 * @summary Previous/next buttons and a step counter for embeds and briefings.
 * @fires story-navigate - the reader asked for the previous or next step; `detail.id`
 * @slot - more controls after the buttons (`<story-map>` puts its explore toggle there)
 */
export class StoryStepper extends LitElement {
  static override styles = storyStepperStyles;

  static override properties = {
    steps: {attribute: false},
    current: {type: Number},
    language: {type: String},
    counterOnly: {type: Boolean, attribute: 'counter-only'},
  };

  /** Step ids, in story order. */
  declare steps: readonly string[];
  /** Index of the current step; -1 before the first. */
  declare current: number;
  declare language: Language;
  /** Only the counter (briefing mode), no buttons. */
  declare counterOnly: boolean;

  constructor() {
    super();
    this.steps = [];
    this.current = -1;
    this.language = 'zh';
    this.counterOnly = false;
  }

  #go(offset: number): void {
    const id = this.steps[this.current + offset];
    if (id !== undefined) emit(this, 'story-navigate', {id});
  }

  protected override render() {
    const text = strings(this.language).map;
    const count = `${this.current + 1} / ${this.steps.length}`;
    if (this.counterOnly) return html`<p class="present-counter" aria-label=${text.counter}>${count}</p>`;
    return html`<nav aria-label=${text.counter}>
      <button type="button" ?disabled=${this.current <= 0} @click=${() => this.#go(-1)}>${text.previous}</button>
      <span>${count}</span>
      <button type="button" ?disabled=${this.current >= this.steps.length - 1} @click=${() => this.#go(1)}>${text.next}</button>
      <slot></slot>
    </nav>`;
  }
}

customElements.define('story-stepper', StoryStepper);

declare global {
  interface HTMLElementTagNameMap {
    'story-stepper': StoryStepper;
  }
}
