import {LitElement, css, html} from 'lit';
import type {Language, StepState} from '../story/schema.ts';
import {emit} from './events.ts';
import {clampStep} from '../story/step-cursor.ts';
import {strings} from '../story/strings.ts';

/**
 * `<story-progress>`: a reading-progress bar with chapter navigation and previous/next buttons.
 * It only reports intent (`story-navigate`); `<story-map>` moves the story.
 *
 * @slot - more controls at the end of the bar (`<story-map>` puts its explore toggle there)
 */
export class StoryProgress extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 13px/1.3 system-ui, sans-serif;
      color: #222;
    }
    .bar {
      height: 4px;
      background: rgba(0, 0, 0, 0.12);
    }
    .fill {
      height: 100%;
      background: #c0392b;
      transform-origin: left;
    }
    .controls {
      display: flex;
      gap: 6px;
      align-items: center;
      padding: 6px 10px;
      background: rgba(255, 255, 255, 0.94);
      box-shadow: 0 1px 3px rgba(0, 0, 0, 0.15);
    }
    button,
    summary {
      font: inherit;
      min-height: 32px;
      min-width: 32px;
      padding: 4px 10px;
      border: 1px solid #bbb;
      border-radius: 4px;
      background: #fff;
      color: #222;
      cursor: pointer;
    }
    button:focus-visible,
    summary:focus-visible {
      outline: 3px solid #1a5fb4;
      outline-offset: 1px;
    }
    details {
      position: relative;
    }
    summary {
      list-style: none;
    }
    ol {
      position: absolute;
      top: 100%;
      left: 0;
      z-index: 2;
      margin: 4px 0 0;
      padding: 6px;
      list-style: none;
      background: #fff;
      border: 1px solid #ccc;
      border-radius: 4px;
      box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
      min-width: 12em;
    }
    ol button {
      width: 100%;
      text-align: left;
      border: none;
    }
    ol button[aria-current='true'] {
      font-weight: 700;
      color: #c0392b;
    }
    .count {
      margin-left: auto;
      font-variant-numeric: tabular-nums;
      color: #444;
    }
  `;

  static override properties = {
    steps: {attribute: false},
    chapters: {attribute: false},
    current: {type: Number},
    language: {type: String},
  };

  declare steps: readonly StepState[];
  declare chapters: readonly string[];
  /** Index of the current step; -1 before the first. */
  declare current: number;
  declare language: Language;

  constructor() {
    super();
    this.steps = [];
    this.chapters = [];
    this.current = -1;
    this.language = 'zh';
  }

  protected override updated(): void {
    // Through the CSSOM, not a style attribute: a strict CSP (style-src 'self') refuses those.
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (fill) fill.style.transform = `scaleX(${this.steps.length === 0 ? 0 : (this.current + 1) / this.steps.length})`;
  }

  #go(index: number): void {
    const step = this.steps[clampStep(index, this.steps.length)];
    if (step) emit(this, 'story-navigate', {id: step.id});
  }

  #goToChapter(chapter: string, details: HTMLDetailsElement | null): void {
    const step = this.steps.find((s) => s.chapter === chapter);
    if (details) details.open = false;
    if (step) emit(this, 'story-navigate', {id: step.id});
  }

  protected override render() {
    const labels = strings(this.language).progress;
    const total = this.steps.length;
    const currentChapter = this.steps[this.current]?.chapter;
    return html`
      <div class="bar" role="progressbar" aria-label=${labels.progress} aria-valuemin="0" aria-valuemax=${total} aria-valuenow=${Math.max(0, this.current + 1)}>
        <div class="fill"></div>
      </div>
      <nav class="controls" aria-label=${labels.chapters}>
        <details>
          <summary>${labels.chapters}</summary>
          <ol>
            ${this.chapters.map(
              (chapter) => html`<li>
                <button type="button" aria-current=${chapter === currentChapter ? 'true' : 'false'} @click=${(event: Event) => this.#goToChapter(chapter, (event.currentTarget as HTMLElement).closest('details'))}>
                  ${chapter}
                </button>
              </li>`,
            )}
          </ol>
        </details>
        <button type="button" aria-label=${labels.previous} ?disabled=${this.current <= 0} @click=${() => this.#go(this.current - 1)}>↑</button>
        <button type="button" aria-label=${labels.next} ?disabled=${this.current >= total - 1} @click=${() => this.#go(this.current + 1)}>↓</button>
        <span class="count">${labels.step(Math.max(0, this.current + 1), total)}</span>
        <slot></slot>
      </nav>
    `;
  }
}

customElements.define('story-progress', StoryProgress);

declare global {
  interface HTMLElementTagNameMap {
    'story-progress': StoryProgress;
  }
}
