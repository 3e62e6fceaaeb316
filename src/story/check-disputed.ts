import type {MapBlock} from './schema.ts';
import {stepBounds} from './step-bounds.ts';
import type {StoryContext} from './story-context.ts';
import {andList} from './suggest.ts';

/*
 * The checker's rules for places whose location sources dispute (`disputed` in geo/): a step that
 * shows one candidate site shows them all, says so in its legend and names each site's county.
 */

/** The ids a map block's `fit` names (none for a bbox). */
function fitIds(fit: MapBlock['fit'] | undefined): string[] {
  if (typeof fit === 'string') return [fit];
  return Array.isArray(fit) && !fit.every((item) => typeof item === 'number') ? fit.map(String) : [];
}

/**
 * The disputed places a map block shows — those with a candidate site in `fit` or `highlight` —
 * each with the first candidate site the block names and all of its candidate sites.
 */
function disputedPlaces(block: Pick<MapBlock, 'fit' | 'highlight'>, context: StoryContext): Map<string, {named: string; candidates: readonly string[]}> {
  const places = new Map<string, {named: string; candidates: readonly string[]}>();
  for (const id of [...fitIds(block.fit), ...(block.highlight ?? [])]) {
    const disputed = context.features.get(id)?.disputed;
    if (disputed && !places.has(disputed.place)) places.set(disputed.place, {named: id, candidates: disputed.candidates});
  }
  return places;
}

export const describeFeature = (id: string, context: StoryContext) => `"${id}" (${context.features.get(id)?.name_zh ?? id})`;

/**
 * Where sources disagree on a place's location, a step that shows one of its candidate sites
 * shows them all and says the location is disputed: every candidate highlighted and inside the
 * view (for a `fit`; a `camera` is not checked), and a `disputed` legend entry.
 */
export function checkDisputed(block: MapBlock, context: StoryContext, reportAt: (fieldPath: PropertyKey[], message: string) => void): void {
  for (const [place, {named, candidates}] of disputedPlaces(block, context)) {
    const what = `"${named}" is one of ${candidates.length} candidate sites of ${place}, whose location sources dispute`;
    const highlighted = new Set(block.highlight ?? []);
    const unhighlighted = candidates.filter((id) => !highlighted.has(id));
    if (unhighlighted.length > 0) {
      reportAt(block.highlight ? ['highlight'] : [], `${what}: show every candidate site — add ${andList(unhighlighted.map((id) => describeFeature(id, context)))} to highlight`);
    }
    const view = block.fit === undefined ? undefined : stepBounds(block.fit, (id) => context.features.get(id)?.bounds);
    if (view) {
      const [west, south, east, north] = view;
      const outside = candidates.filter((id) => {
        const bounds = context.features.get(id)?.bounds;
        return bounds !== undefined && (bounds[0] < west || bounds[1] < south || bounds[2] > east || bounds[3] > north);
      });
      if (outside.length > 0) reportAt(['fit'], `${what}, but the view leaves out ${andList(outside.map((id) => describeFeature(id, context)))}: add ${outside.length === 1 ? 'it' : 'them'} to fit`);
    }
    if (!(block.legend ?? []).some((entry) => entry.symbol === 'disputed')) {
      reportAt(block.legend ? ['legend'] : [], `${what}: add a legend entry {symbol: disputed, label: 位置存疑} (in English: location disputed), so readers do not take the sites for estimates`);
    }
  }
}

/**
 * A step that shows a disputed place names, in its text, the county of every candidate site
 * (Chinese: the full name, 瑞金市; English: the name without District/City/County, Ruijin), so
 * that no one site is told as the fact. Whether the text hedges is for the editor to judge.
 */
export function unnamedCandidateCounties(block: MapBlock, text: string, language: string | undefined, context: StoryContext): string[] {
  const problems: string[] = [];
  for (const [place, {candidates}] of disputedPlaces(block, context)) {
    for (const id of candidates) {
      const county = context.features.get(id)?.county;
      if (!county) continue;
      const name = language === 'en' ? county.name_en.replace(/ (?:District|City|County)$/, '') : county.name_zh;
      const named = language === 'en' ? new RegExp(`\\b${name}\\b`, 'i').test(text) : text.includes(name);
      if (!named) problems.push(`the text never names ${name}, the county of ${describeFeature(id, context)}, a candidate site of ${place}: where sources disagree on a location, say so and name every candidate site`);
    }
  }
  return problems;
}
