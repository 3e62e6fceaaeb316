import {readFileSync} from 'node:fs';
import type {FeatureCollection} from 'geojson';
import {describe, expect, it} from 'vitest';
import {loadStoryContext} from '../../scripts/check-story.ts';
import {parseStory} from '../../src/story/parse-story.ts';
import type {Block, Inline, Story} from '../../src/story/schema.ts';

/** How far from an English name its Chinese name may stand: room for " county (" or " District (". */
const REACH = 12;

interface CountyName {
  /** The name English text uses: name_en without "District", "City" or "County". */
  en: string;
  /** name_zh, and the same without its last character (区, 市 or 县), as in "Ningdu (宁都)". */
  zh: [string, string];
}

const counties: CountyName[] = (JSON.parse(readFileSync(new URL('../../geo/counties.geojson', import.meta.url), 'utf8')) as FeatureCollection).features.map((feature) => {
  const {name_en: en, name_zh: zh} = feature.properties as {name_en: string; name_zh: string};
  return {en: en.replace(/ (?:District|City|County)$/, ''), zh: [zh, zh.slice(0, -1)]};
});

const inlineText = (nodes: readonly Inline[]): string =>
  nodes.map((node) => ('text' in node ? node.text : 'children' in node ? inlineText(node.children) : ' ')).join('');
const blockText = (block: Block): string => (block.type === 'paragraph' ? inlineText(block.children) : block.items.map(inlineText).join('\n'));

/** What a reader reads, in order: each step's title, text, caption and source (as the page shows them). */
function readerText(story: Story): string {
  return story.steps.flatMap((step) => [step.title, ...step.body.map(blockText), step.caption ?? '', step.source ?? '']).join('\n');
}

/**
 * Whether the first mention of a county in `text` carries its Chinese name: "Yudu (于都县)",
 * "Shangyou county (上犹县)" or "宁都 (Ningdu)". The short Chinese form must end there, so the
 * station "Yudu North (于都北)" does not count for the county.
 */
function firstMentionProblem(text: string, county: CountyName): string | undefined {
  const at = new RegExp(`\\b${county.en}\\b`).exec(text)?.index;
  if (at === undefined) return `${county.en}: never named`;
  const chinese = `(?:${county.zh.join('|')})`;
  const after = text.slice(at + county.en.length, at + county.en.length + REACH + county.zh[0].length + 1);
  const before = text.slice(Math.max(0, at - REACH), at);
  if (new RegExp(`^[^()（）\\n]{0,${REACH}}[(（]${chinese}(?=[)）,，、;；\\s])`).test(after)) return undefined;
  if (new RegExp(`${chinese}[)）]?\\s*[(（]?$`).test(before)) return undefined;
  return `${county.en}: first mention "…${before}${county.en}${after}…" has no (${county.zh[0]})`;
}

describe('English names of the counties', () => {
  it('reads all 18 county-level units from geo/', () => {
    expect(counties).toHaveLength(18);
  });

  it('accepts a Chinese name right after or before the first mention, and nothing else', () => {
    const ningdu: CountyName = {en: 'Ningdu', zh: ['宁都县', '宁都']};
    expect(firstMentionProblem('rice from Ningdu county (宁都县) sells well', ningdu)).toBeUndefined();
    expect(firstMentionProblem('rice from 宁都 (Ningdu) sells well', ningdu)).toBeUndefined();
    expect(firstMentionProblem('Ningdu (宁都) and later Ningdu', ningdu)).toBeUndefined();
    expect(firstMentionProblem('Ningdu sells rice; Ningdu (宁都县)', ningdu)).toMatch(/first mention/);
    expect(firstMentionProblem('Ningdu North (宁都北) station', ningdu)).toMatch(/first mention/);
    expect(firstMentionProblem('no county here', ningdu)).toMatch(/never named/);
  });

  it('the English story names every county with its characters on first mention', () => {
    const file = 'stories/ganzhou/story.en.md';
    const {story, errors} = parseStory(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file, loadStoryContext());
    expect(errors).toEqual([]);
    const text = story ? readerText(story) : '';
    expect(counties.map((county) => firstMentionProblem(text, county)).filter(Boolean)).toEqual([]);
  });
});
