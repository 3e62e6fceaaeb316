import {LitElement, css, html} from 'lit';
import type {Language, StoryData} from '../story/schema.ts';
import {emit} from './events.ts';
import {clampStep} from '../story/step-cursor.ts';
import {strings} from '../story/strings.ts';

const clock = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * `<story-notes>`: the speaker-notes view of a briefing (`?mode=notes`, in a second window): the
 * current step's title and notes, the next step's title, and a timer. It follows the presenting
 * window (`step` property) and asks it to move (`story-navigate`).
 */
export class StoryNotes extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
      box-sizing: border-box;
      padding: 24px 32px;
      font: 22px/1.5 system-ui, sans-serif;
      color: #f4f4f4;
      background: #1b1d21;
    }
    h1 {
      margin: 0 0 12px;
      font-size: 16px;
      font-weight: 600;
      letter-spacing: 0.1em;
      color: #aab;
    }
    .now {
      font-size: 30px;
      font-weight: 700;
      margin: 0 0 8px;
    }
    .notes {
      margin: 0 0 20px;
      font-size: 26px;
    }
    .next {
      color: #c9c9c9;
    }
    .bar {
      display: flex;
      gap: 12px;
      align-items: center;
      margin-top: 24px;
    }
    button {
      font: inherit;
      font-size: 18px;
      padding: 8px 18px;
      border-radius: 6px;
      border: 1px solid #888;
      background: #2d3036;
      color: #fff;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid #8ab4f8;
    }
    .timer {
      margin-left: auto;
      font-variant-numeric: tabular-nums;
      font-size: 28px;
    }
  `;

  static override properties = {
    story: {attribute: false},
    step: {type: String},
    language: {type: String},
    _elapsed: {state: true},
  };

  declare story: StoryData | undefined;
  /** The id of the step the presenting window shows. */
  declare step: string | undefined;
  declare language: Language;
  declare private _elapsed: number;

  #started = performance.now();
  #timer = 0;

  constructor() {
    super();
    this.story = undefined;
    this.step = undefined;
    this.language = 'zh';
    this._elapsed = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = window.setInterval(() => (this._elapsed = performance.now() - this.#started), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this.#timer);
  }

  /** Restarts the timer (at the start of a briefing). */
  resetTimer(): void {
    this.#started = performance.now();
    this._elapsed = 0;
  }

  #go(offset: number): void {
    const steps = this.story?.steps ?? [];
    const index = steps.findIndex((s) => s.id === this.step);
    const target = steps[clampStep(index + offset, steps.length)];
    if (target) emit(this, 'story-navigate', {id: target.id});
  }

  protected override render() {
    const labels = strings(this.language).notes;
    const steps = this.story?.steps ?? [];
    const index = steps.findIndex((s) => s.id === this.step);
    const current = steps[index];
    const next = steps[index + 1];
    return html`
      <h1>${labels.title}</h1>
      ${current
        ? html`<p class="now" aria-live="polite">${labels.now} ${index + 1}/${steps.length}：${current.title}</p>
            <p class="notes">${current.notes ?? ''}</p>
            <p class="next">${labels.next}：${next ? next.title : labels.none}</p>`
        : html`<p class="now">${labels.waiting}</p>`}
      <div class="bar">
        <button type="button" @click=${() => this.#go(-1)}>${labels.previous}</button>
        <button type="button" @click=${() => this.#go(1)}>${labels.forward}</button>
        <span class="timer" aria-label=${labels.elapsed}>${clock(this._elapsed)}</span>
      </div>
    `;
  }
}

customElements.define('story-notes', StoryNotes);

declare global {
  interface HTMLElementTagNameMap {
    'story-notes': StoryNotes;
  }
}
