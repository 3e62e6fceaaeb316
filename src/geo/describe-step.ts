import type {Language, StepState} from '../story/schema.ts';
import {strings} from '../story/strings.ts';
import type {IndexedFeature} from './feature-index.ts';

/**
 * The map state of a step in words, for the screen-reader live region: what is in view, what is
 * highlighted (flagging disputed and approximate locations), which railway is drawn and how far.
 * A candidate site of a disputed place says so rather than "approximate": the dispute is the
 * larger doubt, as on the map, where its ring replaces the disc of an estimate.
 */
export function describeStep(
  step: StepState,
  position: {index: number; total: number},
  index: ReadonlyMap<string, IndexedFeature>,
  language: Language,
  drawing?: {km: number},
): string {
  const words = strings(language).describe;
  const name = (id: string) => {
    const entry = index.get(id);
    if (!entry) return id;
    const properties = entry.feature.properties as {name_zh: string; name_en: string; estimated?: boolean; disputed?: boolean};
    const flag = properties.disputed ? words.disputed : properties.estimated ? words.approximate : '';
    return `${language === 'zh' ? properties.name_zh : properties.name_en}${flag}`;
  };
  const fitIds = typeof step.fit === 'string' ? [step.fit] : step.fit?.every((v) => typeof v === 'string') ? (step.fit as string[]) : [];
  const parts: string[] = [words.step(position.index + 1, position.total, step.title), words.view(fitIds.length ? words.list(fitIds.map(name)) : words.area)];
  if (step.highlight.length) parts.push(words.highlight(words.list(step.highlight.map(name))));
  if (step.draw) {
    const railway = index.get(step.draw)?.feature.properties as {length_km: number} | undefined;
    parts.push(words.drawing(name(step.draw), drawing?.km ?? 0, railway?.length_km ?? 0));
  }
  if (step.drawn.length) parts.push(words.drawn(words.list(step.drawn.map(name))));
  return parts.join(' ');
}
