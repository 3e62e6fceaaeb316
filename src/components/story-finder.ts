import {LitElement, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import type {Language, PlaceEntry} from '../story/schema.ts';
import {findPlaces} from '../story/find-places.ts';
import {strings} from '../story/strings.ts';
import {isPlaceLayer} from '../geo/describe-place.ts';
import {emit} from './events.ts';
import {nextActive} from './finder-keys.ts';
import {storyFinderStyles} from './story-finder.styles.ts';
import {visuallyHidden} from './visually-hidden.styles.ts';

const LISTBOX_ID = 'places';
const optionId = (index: number) => `place-${index}`;

/**
 * `<story-finder>`: a search box that finds any place on the map by its Chinese name, pinyin or
 * English name (`findPlaces`). A WAI-ARIA 1.2 combobox with a listbox popup and list autocomplete:
 * typing lists matches, ↓/↑ move through them (wrapping), `Enter` or a click chooses one, `Esc`
 * closes the list and then clears the box. A polite status line says how many places matched.
 * All names are set as text.
 *
 * @summary A combobox that finds a place on the map by name or pinyin.
 * @fires story-place-find - the reader chose a place; `detail.id` is its id in geo/. The box then shows its name.
 */
export class StoryFinder extends LitElement {
  static override styles = [storyFinderStyles, visuallyHidden];

  static override properties = {
    places: {attribute: false},
    language: {type: String},
    _results: {state: true},
    _open: {state: true},
    _active: {state: true},
    _announcement: {state: true},
  };

  /** The places to search (`StoryData.places`: each with its names, pinyin and layer). */
  declare places: PlaceEntry[];
  /** Interface language, and the language of the names listed: `zh` (default) or `en`. */
  declare language: Language;
  declare private _results: PlaceEntry[];
  /** Whether the reader wants the list: it shows only while there are results too. */
  declare private _open: boolean;
  /** The index in `_results` of the option ↓/↑ or the pointer made active. */
  declare private _active: number | undefined;
  declare private _announcement: string;

  /** The results' ids, '' for a blank query: the count is said only when this changes. */
  #resultsKey = '';
  /** What the results are for: what the reader typed, or the name chosen. */
  #query = '';

  constructor() {
    super();
    this.places = [];
    this.language = 'zh';
    this._results = [];
    this._open = false;
    this._active = undefined;
    this._announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('places')) this.#search(this.#query, true);
  }

  /** Focuses the search box and selects its text, so that typing replaces it. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
    this.#input?.select();
  }

  /** Empties the search box and closes the list. */
  clear(): void {
    if (this.#input) this.#input.value = '';
    this.#search('', false);
    this.#close();
  }

  get #input(): HTMLInputElement | null | undefined {
    return this.shadowRoot?.querySelector('input');
  }

  get #expanded(): boolean {
    return this._open && this._results.length > 0;
  }

  #nameOf(place: PlaceEntry): string {
    return this.language === 'zh' ? place.zh : place.en;
  }

  /** Finds the places for `query`; says how many only when the reader's typing changed the list. */
  #search(query: string, announce: boolean): void {
    this.#query = query;
    const results = findPlaces(query, this.places);
    const key = query.trim() === '' ? '' : `:${results.map((place) => place.id).join(' ')}`;
    if (key === this.#resultsKey) return;
    this.#resultsKey = key;
    this._results = results;
    this._active = undefined;
    this._announcement = announce && key !== '' ? strings(this.language).finder.results(results.length) : '';
  }

  #close(): void {
    this._open = false;
    this._active = undefined;
  }

  #choose(place: PlaceEntry): void {
    const name = this.#nameOf(place);
    if (this.#input) this.#input.value = name;
    // The list now follows the name shown; the page announces the place itself, so no count is said.
    this.#search(name, false);
    this.#close();
    emit(this, 'story-place-find', {id: place.id});
  }

  readonly #onInput = (event: Event) => {
    this.#search((event.target as HTMLInputElement).value, true);
    this._open = true;
  };

  readonly #onKeyDown = (event: KeyboardEvent) => {
    // While an IME composes (pinyin → 汉字), arrows and Enter belong to its candidate window.
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this._results.length === 0) return;
        event.preventDefault();
        this._active = nextActive(this.#expanded ? this._active : undefined, event.key === 'ArrowDown' ? 'down' : 'up', this._results.length);
        this._open = true;
        void this.updateComplete.then(() => this.shadowRoot?.getElementById(optionId(this._active ?? 0))?.scrollIntoView({block: 'nearest'}));
        return;
      }
      case 'Enter': {
        const place = this.#expanded ? this._results[this._active ?? 0] : undefined;
        if (!place) return;
        event.preventDefault();
        this.#choose(place);
        return;
      }
      case 'Escape': {
        if (this.#expanded) this.#close();
        else if (this.#input?.value) this.clear();
        else return;
        // Handled here: not the search box's own clearing, nor the page's Esc (which closes the place card).
        event.preventDefault();
        event.stopPropagation();
        return;
      }
    }
  };

  protected override render() {
    const text = strings(this.language);
    const expanded = this.#expanded;
    const active = expanded && this._active !== undefined ? optionId(this._active) : undefined;
    return html`
      <label for="input">${text.finder.label}</label>
      <div class="field">
        <input
          id="input"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${String(expanded)}
          aria-controls=${LISTBOX_ID}
          aria-activedescendant=${active ?? nothing}
          autocomplete="off"
          spellcheck="false"
          placeholder=${text.finder.placeholder}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @blur=${() => this.#close()}
        />
        <ul id=${LISTBOX_ID} role="listbox" aria-label=${text.finder.label} ?hidden=${!expanded}>
          ${this._results.map((place, index) => {
            const other = this.language === 'zh' ? place.en : place.zh;
            return html`<li
              role="option"
              id=${optionId(index)}
              aria-selected=${String(index === this._active)}
              @pointerdown=${(event: PointerEvent) => event.preventDefault()}
              @pointermove=${() => (this._active = index)}
              @click=${() => this.#choose(place)}
            >
              <span class="name">${this.#nameOf(place)}</span>
              <span class="meta">${isPlaceLayer(place.layer) ? `${text.place.layer[place.layer]} · ` : ''}<span lang=${this.language === 'zh' ? 'en' : 'zh-Hans'}>${other}</span></span>
            </li>`;
          })}
        </ul>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }
}

customElements.define('story-finder', StoryFinder);

declare global {
  interface HTMLElementTagNameMap {
    'story-finder': StoryFinder;
  }
}
