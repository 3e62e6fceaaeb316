import type {Language, LayerName} from '../story/schema.ts';
import {strings} from '../story/strings.ts';
import {PLACE_LAYERS} from '../story/find-places.ts';
import type {IndexedFeature} from './feature-index.ts';

/** A story layer whose features are places a reader can tap or find. */
export type PlaceLayer = (typeof PLACE_LAYERS)[number];

export const isPlaceLayer = (layer: LayerName): layer is PlaceLayer => (PLACE_LAYERS as readonly LayerName[]).includes(layer);

/** What a place card says about a place, in one language. */
export interface PlaceCard {
  id: string;
  layer: PlaceLayer;
  name: string;
  /** The name in the story's other language. */
  otherName: string;
  /** What kind of place: "县级行政区", "Power plant", "High-speed railway". */
  kind: string;
  facts: {label: string; value: string}[];
  /** A project's own facts, as geo/ words them. */
  note: string;
  /** What is uncertain about it: an approximate location, a schematic route, a disputed site. */
  caveats: string[];
  sources: string[];
  /** The other candidate site of a place whose location sources dispute. */
  otherCandidate?: {id: string; name: string};
  /** The steps that show or name the place, in story order. */
  steps: {id: string; title: string}[];
}

/** geo/'s properties, as far as a card reads them (each layer has a subset). */
interface PlaceProperties {
  name_zh: string;
  name_en: string;
  code?: string;
  area_km2?: number;
  /** A county's: where `area_km2` comes from, and whether it is derived rather than published. */
  area_source_short?: string;
  area_estimated?: boolean;
  kind?: string;
  county?: string;
  facts_zh?: string;
  facts_en?: string;
  source?: string;
  estimated?: boolean;
  uncertainty_m?: number;
  schematic?: boolean;
  disputed?: boolean;
  candidate_of?: string;
  opened?: string;
  length_km?: number;
  design_speed_kmh?: number;
  ref?: string;
  lines?: string[];
}

/**
 * The card of the place `id`: its names, kind, the facts geo/ carries with their sources, what is
 * uncertain about it in words, and the story's steps that show or name it. `undefined` for an id
 * that is not a place of the loaded layers.
 *
 * @example describePlace('ruijin', index, 'zh', []) // → {name: '瑞金市', kind: '县级行政区', facts: [{label: '行政区划代码', value: '360781'}, …], …}
 */
export function describePlace(
  id: string,
  index: ReadonlyMap<string, IndexedFeature>,
  language: Language,
  steps: {id: string; title: string}[],
): PlaceCard | undefined {
  const entry = index.get(id);
  if (!entry || !isPlaceLayer(entry.layer)) return undefined;
  const words = strings(language).place;
  const properties = entry.feature.properties as PlaceProperties;
  const nameOf = (other: string) => {
    const found = index.get(other)?.feature.properties as PlaceProperties | undefined;
    return found ? (language === 'zh' ? found.name_zh : found.name_en) : other;
  };
  const facts: PlaceCard['facts'] = [];
  const fact = (label: string, value: string | undefined) => {
    if (value) facts.push({label, value});
  };
  let kind: string = words.layer[entry.layer];
  if (entry.layer === 'projects' && properties.kind && properties.kind in words.project) kind = words.project[properties.kind as keyof typeof words.project];
  if (entry.layer === 'railways' && properties.kind && properties.kind in words.railwayKind) kind = words.railwayKind[properties.kind as keyof typeof words.railwayKind];
  fact(words.code, properties.code);
  fact(words.area, properties.area_km2 === undefined ? undefined : words.areaValue(properties.area_km2));
  fact(words.county, properties.county && nameOf(properties.county));
  fact(words.ref, properties.ref);
  fact(words.lines, properties.lines?.map(nameOf).join(language === 'zh' ? '、' : ', '));
  fact(words.opened, properties.opened);
  fact(words.length, properties.length_km === undefined ? undefined : words.lengthValue(properties.length_km));
  fact(words.speed, properties.design_speed_kmh === undefined ? undefined : words.speedValue(properties.design_speed_kmh));
  const caveats: string[] = [];
  if (properties.disputed) caveats.push(words.disputed);
  else if (properties.estimated) caveats.push(words.approximate(properties.uncertainty_m));
  if (properties.schematic) caveats.push(words.schematic);
  // A county's area is a figure from a source, or one worked out from others: the card says which.
  const hasArea = properties.area_km2 !== undefined;
  if (hasArea && properties.area_estimated) caveats.push(words.areaEstimated);
  const sources: string[] = [];
  if (properties.source) sources.push(properties.source);
  if (hasArea && properties.area_source_short) sources.push(words.areaSource(properties.area_source_short));
  const candidate = properties.disputed && properties.candidate_of ? otherCandidate(id, properties.candidate_of, index) : undefined;
  return {
    id,
    layer: entry.layer,
    name: language === 'zh' ? properties.name_zh : properties.name_en,
    otherName: language === 'zh' ? properties.name_en : properties.name_zh,
    kind,
    facts,
    note: (language === 'zh' ? properties.facts_zh : properties.facts_en) ?? '',
    caveats,
    sources,
    ...(candidate ? {otherCandidate: {id: candidate, name: nameOf(candidate)}} : {}),
    steps,
  };
}

/** The other site given for the same disputed place. */
function otherCandidate(id: string, place: string, index: ReadonlyMap<string, IndexedFeature>): string | undefined {
  for (const [other, entry] of index) {
    if (other !== id && (entry.feature.properties as PlaceProperties).candidate_of === place) return other;
  }
  return undefined;
}
