import {LitElement, html, nothing} from 'lit';
import type {Language} from '../story/schema.ts';
import {strings} from '../story/strings.ts';
import type {PlaceCard} from '../geo/describe-place.ts';
import {EscapeController} from './escape-controller.ts';
import {emit} from './events.ts';
import {storyPlaceCardStyles} from './story-place-card.styles.ts';

/**
 * `<story-place-card>`: what a place on the map is — names, kind, the facts geo/ carries with
 * their sources, what is uncertain about it, and links to the story's steps that show it. A
 * non-modal dialog: `Esc` or the close button closes it (`story-place-close`); a step link asks
 * for that step (`story-navigate`), a link to a disputed site's other candidate for that place
 * (`story-place-open`). All text is set as text.
 */
export class StoryPlaceCard extends LitElement {
  static override styles = storyPlaceCardStyles;

  static override properties = {
    card: {attribute: false},
    language: {type: String},
  };

  declare card: PlaceCard | undefined;
  declare language: Language;

  constructor() {
    super();
    this.card = undefined;
    this.language = 'zh';
    new EscapeController(this, () => emit(this, 'story-place-close', {}));
  }

  protected override render() {
    const card = this.card;
    if (!card) return nothing;
    const words = strings(this.language).place;
    const follow = (event: Event, type: 'story-navigate' | 'story-place-open', id: string) => {
      event.preventDefault();
      emit(this, type, {id});
    };
    return html`
      <section class="card" role="dialog" aria-label=${words.card(card.name)}>
        <button class="close" type="button" aria-label=${words.close} @click=${() => emit(this, 'story-place-close', {})}>×</button>
        <h2>${card.name}</h2>
        <p class="other" lang=${this.language === 'zh' ? 'en' : 'zh-Hans'}>${card.otherName}</p>
        <p class="kind">${card.kind}</p>
        ${card.caveats.map((caveat) => html`<p class="caveat">${caveat}</p>`)}
        ${card.facts.length ? html`<dl>${card.facts.map((fact) => html`<dt>${fact.label}</dt><dd>${fact.value}</dd>`)}</dl>` : nothing}
        ${card.note ? html`<p class="note">${card.note}</p>` : nothing}
        ${card.otherCandidate
          ? html`<p>
              ${words.otherCandidate}<a href="#place=${card.otherCandidate.id}" @click=${(event: Event) => follow(event, 'story-place-open', card.otherCandidate?.id ?? '')}>${card.otherCandidate.name}</a>
            </p>`
          : nothing}
        <h3>${words.inStory}</h3>
        ${card.steps.length
          ? html`<ul>
              ${card.steps.map((step) => html`<li><a href="#${step.id}" @click=${(event: Event) => follow(event, 'story-navigate', step.id)}>${step.title}</a></li>`)}
            </ul>`
          : html`<p>${words.notInStory}</p>`}
        ${card.sources.map((source) => html`<p class="source">${words.source(source)}</p>`)}
      </section>
    `;
  }
}

customElements.define('story-place-card', StoryPlaceCard);

declare global {
  interface HTMLElementTagNameMap {
    'story-place-card': StoryPlaceCard;
  }
}
