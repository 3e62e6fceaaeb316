import {LitElement, css, html, nothing, unsafeCSS} from 'lit';
import type {LegendEntry, LegendSymbol} from '../story/schema.ts';
import {palette} from '../map/palette.ts';

/** How each legend symbol is drawn: a small swatch in the map's own colours. */
const SWATCH: Record<LegendSymbol, string> = {
  county: `background:${palette.countyFill};border:1px solid ${palette.countyBorder}`,
  'county-highlight': `background:${palette.accentFill};border:2px solid ${palette.accent}`,
  prefecture: `background:transparent;border:2px solid ${palette.prefectureBorder}`,
  province: `background:${palette.provinceFill};border:1px solid ${palette.provinceBorder}`,
  'high-speed-rail': `height:4px;background:${palette.railway}`,
  railway: `height:2px;background:${palette.railway}`,
  station: `width:10px;height:10px;border-radius:50%;background:#fff;border:2px solid ${palette.railway}`,
  expressway: `height:4px;background:${palette.expressway};outline:1px solid #fff`,
  river: `height:2px;background:${palette.river}`,
  city: `width:9px;height:9px;border-radius:50%;background:${palette.city}`,
  power: `width:12px;height:12px;border-radius:50%;background:${palette.project.power};border:2px solid #fff`,
  water: `width:12px;height:12px;border-radius:50%;background:${palette.project.water};border:2px solid #fff`,
  industry: `width:12px;height:12px;border-radius:50%;background:${palette.project.industry};border:2px solid #fff`,
  village: `width:12px;height:12px;border-radius:50%;background:${palette.project.village};border:2px solid #fff`,
  school: `width:12px;height:12px;border-radius:50%;background:${palette.project.school};border:2px solid #fff`,
  park: `width:12px;height:12px;border-radius:50%;background:${palette.project.park};border:2px solid #fff`,
  estimated: `width:16px;height:16px;border-radius:50%;background:${palette.accent}22;border:1px dashed ${palette.accent}`,
  // As on the map: a hollow ring, unlike the soft disc of an estimate.
  disputed: `width:16px;height:16px;border-radius:50%;background:transparent;border:2px solid ${palette.accent}`,
};

/**
 * `<story-legend>`: what is on the map in this step — legend entries and the km counter of a
 * railway being drawn. Text is set as text (Lit escapes it), never as HTML.
 */
export class StoryLegend extends LitElement {
  static override styles = [
    // One class per symbol: no inline style attributes, which a strict CSP forbids.
    unsafeCSS(Object.entries(SWATCH).map(([symbol, rules]) => `.swatch.${symbol}{${rules}}`).join('\n')),
    css`
    :host {
      display: block;
      font: var(--legend-font-size, 13px) / 1.4 system-ui, sans-serif;
      color: #2b2b2b;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 3px 0;
    }
    .swatch {
      display: inline-block;
      box-sizing: border-box;
      width: 18px;
      height: 12px;
      flex: none;
    }
    .counter {
      margin: 0 0 6px;
      font-size: 1.15em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      color: ${unsafeCSS(palette.accent)};
    }
  `,
  ];

  static override properties = {
    entries: {attribute: false},
    counter: {type: String},
  };

  declare entries: readonly LegendEntry[];
  /** e.g. "207.9 / 415.7 km"; empty when no railway is being drawn. */
  declare counter: string;

  constructor() {
    super();
    this.entries = [];
    this.counter = '';
  }

  protected override render() {
    return html`
      ${this.counter ? html`<p class="counter">${this.counter}</p>` : nothing}
      <ul>
        ${this.entries.map((entry) => html`<li><span class="swatch ${entry.symbol}" aria-hidden="true"></span>${entry.label}</li>`)}
      </ul>
    `;
  }
}

customElements.define('story-legend', StoryLegend);

declare global {
  interface HTMLElementTagNameMap {
    'story-legend': StoryLegend;
  }
}
