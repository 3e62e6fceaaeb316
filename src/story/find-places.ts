import type {LayerName, PlaceEntry} from './schema.ts';

/*
 * The place finder's search: pure and small, it runs in the browser over the story data's
 * `places` (src/story/place-index.ts). Nothing here is derived at run time but folding case and
 * marks; the pinyin comes with the data.
 */

/** The layers a place can come from, in the order the finder ranks equally good matches. */
export const PLACE_LAYERS = ['counties', 'cities', 'projects', 'railways', 'stations', 'expressways', 'rivers'] as const satisfies readonly LayerName[];

/**
 * How well a name matches, best (lowest) first. `wordPrefix`: the query starts a later word of the
 * English name, "high" in "Nanchang–Ganzhou High-Speed Railway".
 */
const MATCH = {exact: 0, prefix: 1, wordPrefix: 2, substring: 3} as const;
type Match = (typeof MATCH)[keyof typeof MATCH];

/** The pinyin of a county's last character: its short form drops it (瑞金市 → 瑞金, ruijinshi → ruijin, "Ruijin City" → "Ruijin"). */
const COUNTY_SUFFIXES: Record<string, string> = {市: 'shi', 县: 'xian', 区: 'qu'};

/**
 * The query as the index compares it: NFKD (so full-width ｒｕｉｊｉｎ from a Chinese keyboard is
 * plain ASCII), combining marks removed (tones and ü's dots), lower case, and everything but
 * letters and digits removed.
 *
 * @example searchKey('ruìjīn') // 'ruijin'
 * @example searchKey('Rui jin') // 'ruijin'
 * @example searchKey('瑞金市') // '瑞金市'
 */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The names a place is found by, as search keys: its Chinese name, pinyin and English name, and a county's short forms. */
function namesOf(place: PlaceEntry): string[] {
  const names = [place.zh, place.pinyin, place.en];
  const suffix = place.layer === 'counties' && [...place.zh].length > 2 ? COUNTY_SUFFIXES[place.zh.slice(-1)] : undefined;
  if (suffix !== undefined) {
    names.push(place.zh.slice(0, -1), place.en.replace(/ (?:County|City|District)$/, ''));
    if (place.pinyin.endsWith(suffix)) names.push(place.pinyin.slice(0, -suffix.length));
  }
  return names.map(searchKey);
}

/** How well `key` (a search key) matches the place, or `undefined` when it does not. */
function matchOf(key: string, place: PlaceEntry): Match | undefined {
  const names = namesOf(place);
  if (names.includes(key)) return MATCH.exact;
  if (names.some((name) => name.startsWith(key))) return MATCH.prefix;
  // Each later word of the English name, with the rest of the name: "Ganzhou High-Speed Railway", …
  for (const word of place.en.matchAll(/(?<=[^\p{L}\p{N}'’])[\p{L}\p{N}]/gu)) {
    if (searchKey(place.en.slice(word.index)).startsWith(key)) return MATCH.wordPrefix;
  }
  if (names.some((name) => name.includes(key))) return MATCH.substring;
  return undefined;
}

const layerRank = (place: PlaceEntry) => {
  const rank = (PLACE_LAYERS as readonly LayerName[]).indexOf(place.layer);
  return rank === -1 ? PLACE_LAYERS.length : rank;
};

/**
 * Places matching what the reader typed, best first; [] for a blank query.
 *
 * A place matches when the query ({@link searchKey}) equals, starts or is part of its Chinese
 * name, its pinyin or its English name; a county also by its short form (瑞金市 → 瑞金, "ruijin",
 * "Ruijin"). Ranking, each rule breaking the ties of the one before:
 * 1. exact name, then the start of a name, then the start of a later word of the English name,
 *    then anywhere in a name;
 * 2. layer: counties, cities, projects, railways, stations, expressways, rivers;
 * 3. the shorter Chinese name;
 * 4. id.
 *
 * @example findPlaces('瑞金', places)[0]?.id  // 'ruijin' (the county 瑞金市), before the city and the station 瑞金
 * @example findPlaces('ruìjīn', places)[0]?.id  // 'ruijin'; so do 'ruijin' and 'Ruijin'
 * @example findPlaces('hui', places)[0]?.id  // 'huichang' (会昌县: its pinyin starts with "hui")
 * @example findPlaces('gan river', places)[0]?.id  // 'ganjiang' (an exact English name beats every prefix)
 * @example findPlaces('shenzhen north', places)[0]?.id  // 'station-shenzhen-north'
 * @example findPlaces('   ', places)  // []
 */
export function findPlaces(query: string, places: readonly PlaceEntry[], limit = 8): PlaceEntry[] {
  const key = searchKey(query);
  if (key === '') return [];
  const found: {place: PlaceEntry; match: Match}[] = [];
  for (const place of places) {
    const match = matchOf(key, place);
    if (match !== undefined) found.push({place, match});
  }
  return found
    .sort((a, b) => a.match - b.match || layerRank(a.place) - layerRank(b.place) || [...a.place.zh].length - [...b.place.zh].length || (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0))
    .slice(0, limit)
    .map(({place}) => place);
}
