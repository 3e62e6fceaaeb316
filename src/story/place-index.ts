import {PLACE_LAYERS} from './find-places.ts';
import type {Block, Inline, Language, LayerName, PlaceEntry, Step} from './schema.ts';
import type {FeatureRef, StoryContext} from './story-context.ts';

/** What the index reads of a step: its map ids, title and text. */
export type IndexedStep = Pick<Step, 'id' | 'title' | 'body' | 'fit' | 'highlight' | 'draw'>;

/** A run of a step's text that names places: [start, end) and the places it names. */
interface Mention {
  start: number;
  end: number;
  ids: Set<string>;
}

/** Station names that are no town's name: the English name ends in a compass point (赣州西, "Ganzhou West"). */
const DIRECTION = / (?:East|West|South|North)$/;

/** A county's name without its last character (区, 市 or 县), when at least two remain: 瑞金市 → 瑞金. */
const COUNTY_SHORT = /^(.{2,})[市县区]$/u;

/**
 * The reverse index of one story: every place the reader can find or tap — each named feature
 * of the counties, cities, projects, railways, stations, expressways and rivers layers of geo/, in
 * that order and in geo/'s order within a layer — with the ids of the steps, in story order, that
 * show or name it. The page ships it in the story data (`places`); it is never kept by hand.
 *
 * A step **shows** a place when its `fit`, `highlight` or `draw` lists the place's id (`drawn`,
 * and a railway's stations, do not count).
 *
 * A step **names** a place when its title or text (not its caption, source or notes) contains one
 * of the place's name forms in the story's language:
 * - its name: `name_zh` in the Chinese story, `name_en` in the English one; also the name without
 *   parentheses (信丰电厂（一期） → 信丰电厂, "Xiang River (Huichang)" → "Xiang River") and, in
 *   English, without what follows its first comma ("Meijiao village, Xingguo" → "Meijiao village");
 * - a county also by its short form: Chinese without the final 市/县/区 when at least two
 *   characters remain (瑞金市 → 瑞金), English without " County", " City" or " District";
 * - a station only as name + 站 (瑞金站) or name + " station" ("Ruijin station"), since most station
 *   names are town names — except a station whose English name ends in East, West, South or North
 *   (赣州西, "Ganzhou West"), which no town is called, also by its name alone.
 *
 * Chinese names match anywhere in the text; English names case-insensitively, as whole words (not
 * next to a letter or digit; ’ reads as '). A name inside a longer name of another place does not
 * count: 赣州西站 names the station 赣州西, not the city 赣州; 平江灌区 the irrigation district, not
 * the river 平江. The same words naming several places name them all: 瑞金 names the county 瑞金市
 * and the city 瑞金.
 *
 * @example placeIndex(story.steps, 'zh', context).find((place) => place.id === 'ruijin')?.steps
 *   // every step that frames or highlights 瑞金市 or writes 瑞金 or 瑞金市 (but not only 瑞金站)
 */
export function placeIndex(steps: readonly IndexedStep[], language: Language, context: StoryContext): PlaceEntry[] {
  const rank = (feature: FeatureRef) => (PLACE_LAYERS as readonly LayerName[]).indexOf(feature.layer);
  const places = [...context.features.values()].filter((feature) => rank(feature) !== -1).sort((a, b) => rank(a) - rank(b));
  const forms = places.map((feature) => ({id: feature.id, forms: nameForms(feature, language)}));
  const stepsOf = new Map<string, string[]>(places.map((feature) => [feature.id, []]));
  for (const step of steps) {
    const named = namedPlaces(`${step.title}\n${step.body.map(blockText).join('\n')}`, forms, language);
    for (const id of new Set([...fitIds(step.fit), ...step.highlight, ...(step.draw === undefined ? [] : [step.draw]), ...named])) stepsOf.get(id)?.push(step.id);
  }
  return places.map((feature) => ({id: feature.id, layer: feature.layer, zh: feature.name_zh, en: feature.name_en, pinyin: feature.pinyin ?? '', steps: stepsOf.get(feature.id) ?? []}));
}

/** The ways a story in `language` names a feature (see {@link placeIndex}). */
function nameForms(feature: FeatureRef, language: Language): string[] {
  const name = language === 'zh' ? feature.name_zh : feature.name_en;
  if (feature.layer === 'stations') return DIRECTION.test(feature.name_en) ? [name] : [language === 'zh' ? `${name}站` : `${name} station`];
  const forms = [name, language === 'zh' ? name.replace(/（[^（）]*）/g, '') : name.replace(/\s*\([^()]*\)/g, '').replace(/,.*$/, '')];
  if (feature.layer === 'counties') forms.push(language === 'zh' ? (COUNTY_SHORT.exec(name)?.[1] ?? name) : name.replace(/ (?:County|City|District)$/, ''));
  return [...new Set(forms.map((form) => form.trim()).filter((form) => form !== ''))];
}

/** The ids of the places `text` names: every mention that no longer mention of another place contains. */
function namedPlaces(text: string, places: readonly {id: string; forms: readonly string[]}[], language: Language): string[] {
  const mentions = new Map<string, Mention>();
  const read = language === 'zh' ? text : text.replace(/’/g, "'");
  for (const {id, forms} of places) {
    for (const form of forms) {
      for (const [start, end] of positions(read, form, language)) {
        const mention = mentions.get(`${start}:${end}`) ?? {start, end, ids: new Set<string>()};
        mention.ids.add(id);
        mentions.set(`${start}:${end}`, mention);
      }
    }
  }
  const all = [...mentions.values()];
  const inLonger = (m: Mention) => all.some((other) => other.start <= m.start && other.end >= m.end && other.end - other.start > m.end - m.start);
  return all.filter((mention) => !inLonger(mention)).flatMap((mention) => [...mention.ids]);
}

/** Where `form` occurs in `text`, [start, end): anywhere for Chinese, as whole words ignoring case for English. */
function positions(text: string, form: string, language: Language): [number, number][] {
  if (language === 'zh') {
    const found: [number, number][] = [];
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) found.push([at, at + form.length]);
    return found;
  }
  const escaped = form.replace(/’/g, "'").replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))].map((match) => [match.index, match.index + match[0].length]);
}

/** The ids a step's `fit` names (none for a bbox). */
function fitIds(fit: IndexedStep['fit']): string[] {
  if (typeof fit === 'string') return [fit];
  return Array.isArray(fit) && !fit.every((item) => typeof item === 'number') ? fit.map(String) : [];
}

const inlineText = (nodes: readonly Inline[]): string =>
  nodes.map((node) => (node.type === 'break' ? '\n' : 'text' in node ? node.text : inlineText(node.children))).join('');

/** A block of step text as plain text: its list items one per line. */
const blockText = (block: Block): string => (block.type === 'paragraph' ? inlineText(block.children) : block.items.map(inlineText).join('\n'));
