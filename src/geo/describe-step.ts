import type {Language, StepState} from '../story/schema.ts';
import type {IndexedFeature} from './feature-index.ts';

const WORDS = {
  zh: {
    step: (n: number, total: number, title: string) => `第 ${n} 步，共 ${total} 步：${title}。`,
    view: (names: string) => `地图显示${names}。`,
    area: '所选区域',
    highlight: (names: string) => `突出显示：${names}。`,
    approximate: '（位置为示意）',
    drawing: (name: string, km: number, total: number) => `正在绘制${name}：已绘制 ${km} 公里，全长 ${total} 公里。`,
    drawn: (names: string) => `已绘制的铁路：${names}。`,
    list: (names: string[]) => names.join('、'),
  },
  en: {
    step: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}.`,
    view: (names: string) => `The map shows ${names}.`,
    area: 'the selected area',
    highlight: (names: string) => `Highlighted: ${names}.`,
    approximate: ' (approximate location)',
    drawing: (name: string, km: number, total: number) => `Drawing the ${name}: ${km} of ${total} km.`,
    drawn: (names: string) => `Railways drawn: ${names}.`,
    list: (names: string[]) => names.join(', '),
  },
} as const;

/**
 * The map state of a step in words, for the screen-reader live region: what is in view, what is
 * highlighted (flagging approximate locations), which railway is drawn and how far.
 */
export function describeStep(
  step: StepState,
  position: {index: number; total: number},
  index: ReadonlyMap<string, IndexedFeature>,
  language: Language,
  drawing?: {km: number},
): string {
  const words = WORDS[language];
  const name = (id: string) => {
    const entry = index.get(id);
    if (!entry) return id;
    const properties = entry.feature.properties as {name_zh: string; name_en: string; estimated?: boolean};
    return `${language === 'zh' ? properties.name_zh : properties.name_en}${properties.estimated ? words.approximate : ''}`;
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
