import {LitElement, css, html, nothing, unsafeCSS} from 'lit';
import type {PropertyValues} from 'lit';
import type {StyleSpecification} from 'maplibre-gl';
import type {Language, Story} from '../story/schema.ts';
import {storyData} from '../story/story-data.ts';
import type {GeoLayers} from '../geo/layers.ts';
import pageCss from '../page.css?inline';
import type {StoryMode} from '../story/names.ts';
import {storyHeader, storyStep} from './text-templates.ts';
import './story-map.ts';

/**
 * `<story-embed>`: the whole story as one element for news pages, from one
 * `<script type="module" src=".../embed/story-map.js">`. Story text, map and chrome all live in
 * shadow roots, so the host page's CSS stays out and ours stays in; data and the map worker load
 * relative to the script. Attributes: `story` (`ganzhou`), `language` (`zh`/`en`), `start` (a step
 * id), `mode` (`scroll`, `stepper`, `step`).
 *
 * Text comes from the checked story as data and is rendered by Lit templates (escaped), never as HTML.
 *
 * @summary The whole story as one element for news pages; instances are independent and leave the page's address alone.
 */
export class StoryEmbed extends LitElement {
  static override styles = [
    // The page's own text styles, so the embed's cards and their spacing are the page's.
    unsafeCSS(pageCss),
    css`
      :host {
        display: block;
        position: relative;
        isolation: isolate;
        text-align: left;
      }
      .problem {
        margin: 1rem;
        padding: 0.75rem 1rem;
        border-left: 4px solid #8a5a00;
        background: #fff8e6;
      }
    `,
  ];

  static override properties = {
    story: {type: String},
    language: {type: String},
    start: {type: String},
    mode: {type: String},
    _story: {state: true},
    _geo: {state: true},
    _problem: {state: true},
  };

  /** Which story: `ganzhou`. An unknown story is named in the element instead of a blank box. */
  declare story: string;
  /** The story's language: `zh` (default) or `en`. */
  declare language: Language;
  /** The step to open with (a step id). */
  declare start: string | undefined;
  /** `scroll` (default) follows the page's scroll; `stepper` has previous/next buttons; `step` shows the `start` step alone. */
  declare mode: StoryMode;
  declare private _story: Story | undefined;
  declare private _geo: Partial<GeoLayers> | undefined;
  declare private _problem: string;

  /** Loads a story and the geo layers; set by the embed entry (the only place that does IO). */
  static loader: ((story: string, language: Language) => Promise<{story: Story; geo: Partial<GeoLayers>; basemap?: StyleSpecification}>) | undefined;

  constructor() {
    super();
    this.story = 'ganzhou';
    this.language = 'zh';
    this.start = undefined;
    this.mode = 'scroll';
    this._story = undefined;
    this._geo = undefined;
    this._problem = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('story') || changed.has('language')) void this.#load();
  }

  async #load(): Promise<void> {
    const loader = StoryEmbed.loader;
    if (!loader) return;
    try {
      const {story, geo} = await loader(this.story, this.language === 'en' ? 'en' : 'zh');
      this._story = story;
      this._geo = geo;
      this._problem = '';
    } catch (error) {
      this._problem = error instanceof Error ? error.message : String(error);
    }
  }

  protected override render() {
    if (this._problem) return html`<p class="problem" role="alert">${this._problem}</p>`;
    const story = this._story;
    if (!story) return nothing;
    return html`
      <story-map .story=${storyData(story)} .geo=${this._geo} language=${story.language} mode=${this.mode} .start=${this.start} .linkSteps=${false}>
        <article class="story" lang=${story.language === 'zh' ? 'zh-Hans' : 'en'}>
          ${storyHeader(story, 2)} ${story.steps.map((step) => storyStep(step, story.language))}
        </article>
      </story-map>
    `;
  }
}

customElements.define('story-embed', StoryEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'story-embed': StoryEmbed;
  }
}
