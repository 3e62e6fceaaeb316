/**
 * `npm run check:story`: checks every story in stories/ — schema, ids against geo/, camera values,
 * fit targets in the region, unique step ids, language parity — and prints every problem at once.
 * Exits 1 when there is any. `--schema` also (re)writes the JSON Schemas for editors.
 */
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {customPinyin, pinyin} from 'pinyin-pro';
import {z} from 'zod';
import type {FeatureCollection} from 'geojson';
import {REGION} from './geo/fields.ts';
import {boundsOf} from '../src/geo/bounds-of.ts';
import {LAYER_NAMES, frontMatterSchema, mapBlockSchema} from '../src/story/schema.ts';
import type {Story} from '../src/story/schema.ts';
import {parseStory} from '../src/story/parse-story.ts';
import type {FeatureRef, StoryContext} from '../src/story/parse-story.ts';
import {checkParity} from '../src/story/parity.ts';
import {formatStoryError} from '../src/story/story-error.ts';
import type {StoryError} from '../src/story/story-error.ts';
import {searchKey} from '../src/story/find-places.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the stories are: stories/, or $STORIES_DIR (tests point it at broken stories). */
const storiesDir = () => process.env.STORIES_DIR ?? `${root}stories`;

/**
 * Readings pinyin-pro gets wrong in geo/'s names, given to it as words (its `customPinyin`
 * dictionary), each checked against the place's official romanisation or a dictionary:
 * 都 in 于都 and 宁都 is dū (Yudu, Ningdu), not dōu; 冠豸山 is Guànzhài Shān; 厦 in 厦蓉
 * (Xiamen–Chengdu) is xià; 济 in 济广 (Jinan–Guangzhou) is jǐ; 干 in 新干 (Xingan) is gàn.
 * `npm run check` pins the pinyin of the 18 counties (tests/story/places.test.ts).
 */
const PINYIN_FIXES: Record<string, string> = {
  于都: 'yú dū',
  宁都: 'níng dū',
  冠豸山: 'guàn zhài shān',
  厦蓉: 'xià róng',
  济广: 'jǐ guǎng',
  新干: 'xīn gàn',
};
customPinyin(PINYIN_FIXES);

/**
 * The pinyin a place is found by: lower case, no tone marks (ü as u), no spaces or punctuation.
 * Derived here, at build time, so the page ships it and never converts.
 *
 * @example pinyinOf('瑞金市') // 'ruijinshi'
 * @example pinyinOf('于都县') // 'yuduxian'
 */
export function pinyinOf(zh: string): string {
  return searchKey(pinyin(zh, {toneType: 'none', v: 'u', nonZh: 'removed', separator: ''}));
}

/**
 * The checker's view of geo/: every feature by id with the pinyin of its Chinese name (a project
 * with its county and, for a disputed site, all the candidate sites of its place), and the region.
 */
export function loadStoryContext(): StoryContext {
  const features = new Map<string, FeatureRef>();
  /** Candidate site ids by disputed place, in geo/'s order. */
  const candidates = new Map<string, string[]>();
  for (const layer of LAYER_NAMES) {
    const collection = JSON.parse(readFileSync(`${root}geo/${layer}.geojson`, 'utf8')) as FeatureCollection;
    for (const feature of collection.features) {
      const properties = feature.properties as {id: string; name_zh: string; name_en: string; county?: string; candidate_of?: string};
      // Counties come before projects in LAYER_NAMES.
      const county = layer === 'projects' && properties.county ? features.get(properties.county) : undefined;
      features.set(properties.id, {
        id: properties.id,
        layer,
        name_zh: properties.name_zh,
        name_en: properties.name_en,
        pinyin: pinyinOf(properties.name_zh),
        geometry: feature.geometry.type,
        bounds: boundsOf(feature),
        ...(county ? {county: {id: county.id, name_zh: county.name_zh, name_en: county.name_en}} : {}),
      });
      if (properties.candidate_of) candidates.set(properties.candidate_of, [...(candidates.get(properties.candidate_of) ?? []), properties.id]);
    }
  }
  for (const [place, ids] of candidates) {
    for (const id of ids) {
      const feature = features.get(id) as FeatureRef;
      features.set(id, {...feature, disputed: {place, candidates: ids}});
    }
  }
  return {features, region: [REGION.west, REGION.south, REGION.east, REGION.north]};
}

/** Parses and checks every story in stories/, with parity between languages. */
export function checkAllStories(context: StoryContext): {stories: Story[]; errors: StoryError[]} {
  const stories: Story[] = [];
  const errors: StoryError[] = [];
  const folderOfStories = storiesDir();
  for (const folder of readdirSync(folderOfStories, {withFileTypes: true}).filter((entry) => entry.isDirectory())) {
    const files = readdirSync(`${folderOfStories}/${folder.name}`).filter((file) => /^story\.[a-z]{2}\.md$/.test(file)).sort().reverse();
    const versions: Story[] = [];
    for (const file of files) {
      const path = `stories/${folder.name}/${file}`;
      const result = parseStory(readFileSync(`${folderOfStories}/${folder.name}/${file}`, 'utf8'), path, context);
      errors.push(...result.errors);
      if (result.story) versions.push(result.story);
    }
    if (versions.length === files.length) errors.push(...checkParity(versions));
    stories.push(...versions);
  }
  return {stories, errors};
}

/** JSON Schemas of the front matter and the ```map block, for editor autocomplete. */
export function storySchemas(): Record<string, unknown> {
  return {
    'front-matter.schema.json': z.toJSONSchema(frontMatterSchema, {io: 'input'}),
    'map-block.schema.json': z.toJSONSchema(mapBlockSchema, {io: 'input'}),
  };
}

/** The command line's flags; an unknown one stops with the usage. */
function readFlags(): {schema: boolean} {
  try {
    return parseArgs({options: {schema: {type: 'boolean', default: false}}}).values;
  } catch (error) {
    console.error(`check:story: ${error instanceof Error ? error.message : String(error)}. Usage: npm run check:story [-- --schema]`);
    process.exit(2);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {schema} = readFlags();
  if (schema) {
    for (const [name, schema] of Object.entries(storySchemas())) writeFileSync(`${root}stories/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  const {stories, errors} = checkAllStories(loadStoryContext());
  for (const error of errors) console.error(formatStoryError(error));
  if (errors.length > 0) {
    console.error(`check:story: ${errors.length} problem${errors.length === 1 ? '' : 's'}.`);
    process.exit(1);
  }
  console.log(`check:story: ${stories.length} stories, ${stories.reduce((n, s) => n + s.steps.length, 0)} steps, ${stories[0]?.places?.length ?? 0} places, no problems.`);
}
