import {fromMarkdown} from 'mdast-util-from-markdown';
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter';
import {frontmatter} from 'micromark-extension-frontmatter';
import type {Code, Heading, PhrasingContent, RootContent} from 'mdast';
import {LineCounter, isMap, isPair, isScalar, parseDocument} from 'yaml';
import type {Document, Node as YamlNode} from 'yaml';
import type {z} from 'zod';
import {definitionsOf, startOf, toBlocks} from './markdown.ts';
import {frontMatterSchema, mapBlockSchema} from './schema.ts';
import type {Block, FrontMatter, LayerName, MapBlock, Step, Story} from './schema.ts';
import type {StoryError} from './story-error.ts';
import {andList, nearest, orList} from './suggest.ts';
import {checkDisputed, describeFeature, unnamedCandidateCounties} from './check-disputed.ts';
import type {FeatureRef, StoryContext} from './story-context.ts';
import {stepBounds} from './step-bounds.ts';
import {placeIndex} from './place-index.ts';

export type {FeatureRef, StoryContext} from './story-context.ts';

export interface ParseResult {
  /** The checked story; `undefined` when there are errors. */
  story: Story | undefined;
  errors: StoryError[];
}

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The `{#id}` that ends a step heading's text. */
const HEADING_ID = /\s*\{#([^}]*)\}$/;

interface RawStep {
  title: string;
  id: string;
  chapter: string;
  /** Where the heading starts. */
  line: number;
  column: number;
  /** Where the id starts, or the heading when it has none. */
  idColumn: number;
  block?: Code;
  /** What follows the map block, up to the next heading: the step's text. */
  body: RootContent[];
}

/** Positions in a YAML block, mapped back to lines of the story file. */
class YamlPlace {
  readonly counter = new LineCounter();
  constructor(
    readonly firstLine: number,
    readonly firstColumn = 1,
  ) {}
  at(offset: number): {line: number; column: number} {
    const {line, col} = this.counter.linePos(offset);
    return {line: this.firstLine + line - 1, column: line === 1 ? this.firstColumn + col - 1 : col};
  }
}

/** Text of any Markdown nodes without their markup, e.g. a step's paragraphs and lists. */
function textOf(nodes: readonly RootContent[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? textOf(node.children as RootContent[]) : '')).join('\n');
}

/** Text of inline Markdown without its markup: headings are plain text. */
function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children) : '')).join('');
}

/** A step heading's title, and its `{#id}` with the column where the id starts. */
function stepHeading(heading: Heading): {title: string; id?: {value: string; column: number}} {
  const title = plainText(heading.children);
  const last = heading.children.at(-1);
  const match = last?.type === 'text' ? HEADING_ID.exec(last.value) : null;
  if (!match || !last?.position) return {title};
  const value = match[1] ?? '';
  // The id ends one character (the `}`) before the heading's text does.
  return {title: title.slice(0, -match[0].length), id: {value, column: last.position.end.column - 1 - value.length}};
}

/**
 * The opening fence of a fenced code block, and whether the block is closed: CommonMark lets an
 * unclosed block run to the end of the document, swallowing every heading after it.
 */
function fenceOf(code: Code, text: string): {fence: string; closed: boolean} | undefined {
  const source = text.slice(startOf(code).offset, code.position?.end.offset);
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(source)?.[1];
  if (!fence) return undefined;
  const lines = source.split(/\r?\n/);
  const last = lines.length > 1 ? (lines.at(-1)?.trim() ?? '') : '';
  return {fence, closed: last.length >= fence.length && /^(`+|~+)$/.test(last) && last[0] === fence[0]};
}

/** The YAML node at a path, or the deepest existing ancestor; and the key node if the last step is a key. */
function nodeAt(document: Document, path: readonly PropertyKey[]): YamlNode | undefined {
  let node: unknown = document.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair || !pair.value) return (pair?.key as YamlNode | undefined) ?? (node as YamlNode);
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items) && typeof key === 'number') {
      const item = node.items[key] as unknown;
      if (!item) return node as YamlNode;
      node = item;
    } else {
      return node as YamlNode | undefined;
    }
  }
  return node as YamlNode | undefined;
}

function keyNode(document: Document, path: readonly PropertyKey[], key: string): YamlNode | undefined {
  const parent = nodeAt(document, path);
  if (!isMap(parent)) return parent;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  return (pair?.key as YamlNode | undefined) ?? parent;
}

const pathText = (path: readonly PropertyKey[]) =>
  path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');

/**
 * Parses and checks one story file. Returns every problem at once, each with file, line, column
 * and a path, or the typed {@link Story} when there are none.
 *
 * The file is read once as CommonMark (micromark, with YAML front matter), so a `## … {#id}` line
 * inside any code block, or an entity in the text, means what it means to every Markdown reader;
 * places come from the parser's node positions.
 *
 * @example parseStory(text, 'stories/ganzhou/story.zh.md', context).errors.map(formatStoryError)
 */
export function parseStory(text: string, file: string, context: StoryContext): ParseResult {
  const errors: StoryError[] = [];
  const report = (line: number, column: number, path: string, message: string) => errors.push({file, line, column, path, message});
  const tree = fromMarkdown(text, {extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])]});
  const [first, ...rest] = tree.children;

  // Front matter.
  let frontMatter: FrontMatter | undefined;
  let content: RootContent[] = tree.children;
  /** The line after the front matter, where steps could start. */
  let afterFrontMatter = 1;
  const expectedLanguage = /\.([a-z]{2})\.md$/.exec(file)?.[1];
  if (first?.type === 'yaml') {
    frontMatter = checkYaml(first.value, new YamlPlace(startOf(first).line + 1), 'front matter', frontMatterSchema, report, (document, place) => {
      const language: unknown = document.get('language');
      if (expectedLanguage && language !== expectedLanguage) {
        const at = place.at(nodeAt(document, ['language'])?.range?.[0] ?? 0);
        report(at.line, at.column, 'front matter.language', `is "${String(language)}" but the file name says "${expectedLanguage}"`);
      }
    });
    content = rest;
    afterFrontMatter = (first.position?.end.line ?? 1) + 1;
  } else if (/^---[\t ]*(?:\r?\n|$)/.test(text)) {
    // Without its closing line the whole file reads as front matter.
    report(1, 1, 'front matter', 'the front matter has no closing `---` line');
    content = [];
    afterFrontMatter = Infinity;
  } else {
    report(1, 1, 'front matter', 'a story starts with front matter between two `---` lines (title, language, byline, credits)');
  }

  // Chapters and steps: `# Chapter` and `## Step {#id}` headings, each step's ```map block and text.
  const chapters: string[] = [];
  const rawSteps: RawStep[] = [];
  let chapter = '';
  for (const node of content) {
    const current = rawSteps.at(-1);
    const start = startOf(node);
    // A setext heading (text over a `---` or `===` line) spans lines; only `#` headings structure a story.
    if (node.type === 'heading' && node.depth <= 2 && start.line === node.position?.end.line) {
      if (node.depth === 1) {
        chapter = plainText(node.children);
        chapters.push(chapter);
        continue;
      }
      const path = `steps[${rawSteps.length}]`;
      const {title, id} = stepHeading(node);
      if (id === undefined) report(start.line, start.column, path, 'a step heading needs an id: `## Title {#step-id}`');
      else if (!STEP_ID.test(id.value)) report(start.line, id.column, `${path}.id`, `"${id.value}" is not a step id: use lowercase letters, digits and single hyphens`);
      if (!chapter) report(start.line, start.column, path, 'the step comes before any `# Chapter` heading');
      rawSteps.push({title, id: id?.value ?? '', idColumn: id?.column ?? start.column, chapter, line: start.line, column: start.column, body: []});
      continue;
    }
    if (node.type === 'code') {
      const fence = fenceOf(node, text);
      if (fence && !fence.closed) {
        report(start.line, start.column, 'story', `this code block is never closed with ${fence.fence}`);
        continue;
      }
      if (fence && node.lang === 'map' && node.meta === null) {
        if (!current) report(start.line, start.column, 'story', 'a ```map block must follow a `## Step title {#id}` heading');
        else if (current.block || current.body.length > 0) report(start.line, start.column, `steps[${rawSteps.length - 1}]`, 'a step has exactly one ```map block, right after its heading');
        else current.block = node;
        continue;
      }
    }
    if (current) current.body.push(node);
    else report(start.line, start.column, 'story', 'text before the first step: put it under a `## Step title {#id}` heading');
  }
  if (rawSteps.length === 0) report(Math.min(afterFrontMatter, tree.position?.end.line ?? 1), 1, 'steps', 'the story has no steps: add `## Step title {#step-id}` headings, each with a ```map block');

  // Each step: map block, text, references.
  const steps: Step[] = [];
  const firstLineOfId = new Map<string, number>();
  const definitions = definitionsOf(tree);
  rawSteps.forEach((raw, index) => {
    const path = `steps[${index}]`;
    if (raw.id) {
      const first = firstLineOfId.get(raw.id);
      if (first !== undefined) report(raw.line, raw.idColumn, `${path}.id`, `duplicate step id "${raw.id}" (first used on line ${first}); step ids must be unique`);
      else firstLineOfId.set(raw.id, raw.line);
    }
    const {blocks, problems} = toBlocks(raw.body, definitions);
    for (const problem of problems) report(problem.line, problem.column, `${path}.text`, problem.message);
    if (!raw.block) {
      report(raw.line, raw.column, path, 'the step has no ```map block: add one right after its heading');
      return;
    }
    const block = checkYaml(raw.block.value, new YamlPlace(startOf(raw.block).line + 1), path, mapBlockSchema, report, (document, place) =>
      checkReferences(document, place, path, context, report),
    );
    if (!blocks.some((b: Block) => b.type === 'paragraph' || b.type === 'list')) report(raw.line, raw.column, `${path}.text`, 'the step has no text: write at least one paragraph after the map block');
    if (!block) return;
    const language = frontMatter?.language ?? expectedLanguage;
    for (const problem of unnamedCandidateCounties(block, textOf(raw.body), language, context)) report(raw.line, raw.column, `${path}.text`, problem);
    const bounds = block.fit === undefined ? undefined : stepBounds(block.fit, (id) => context.features.get(id)?.bounds);
    steps.push({...block, ...(bounds ? {bounds} : {}), id: raw.id, title: raw.title, chapter: raw.chapter, body: blocks, line: raw.line});
  });

  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length > 0 || !frontMatter) return {story: undefined, errors};
  return {story: {...frontMatter, file, chapters, steps, places: placeIndex(steps, frontMatter.language, context)}, errors};
}

type Report = (line: number, column: number, path: string, message: string) => void;

/** Parses YAML, validates it with a schema, and reports each problem at its place. */
function checkYaml<S extends z.ZodType>(
  text: string,
  place: YamlPlace,
  path: string,
  schema: S,
  report: Report,
  extraChecks?: (document: Document, place: YamlPlace) => void,
): z.infer<S> | undefined {
  const document = parseDocument(text, {lineCounter: place.counter, prettyErrors: false});
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const at = place.at(error.pos[0]);
      report(at.line, at.column, path, `invalid YAML: ${error.message.split('\n')[0] ?? ''}`);
    }
    return undefined;
  }
  const data: unknown = document.toJS();
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const issuePath = issue.path as PropertyKey[];
      if (issue.code === 'unrecognized_keys') {
        const expected = Object.keys(shapeAt(schema, issuePath));
        for (const key of issue.keys) {
          const node = keyNode(document, issuePath, key);
          const at = place.at(node?.range?.[0] ?? 0);
          const suggestions = nearest(key, expected.map((name) => ({value: name, names: [name]})));
          report(at.line, at.column, `${path}.${pathText([...issuePath, key])}`, `unknown field "${key}"${suggestions.length > 0 ? ` — did you mean ${orList(suggestions.map((name) => `"${name}"`))}?` : `; allowed: ${expected.join(', ')}`}`);
        }
        continue;
      }
      const node = nodeAt(document, issuePath);
      const at = place.at(node?.range?.[0] ?? 0);
      report(at.line, at.column, `${path}.${pathText(issuePath)}`, describeIssue(issue, document, issuePath));
    }
    return undefined;
  }
  extraChecks?.(document, place);
  return result.data;
}

function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): Record<string, unknown> {
  let current: unknown = schema;
  const unwrap = (value: unknown): unknown => {
    let inner = value as {def?: {innerType?: unknown; schema?: unknown; element?: unknown; type?: string}; shape?: unknown};
    while (inner?.def && !('shape' in inner && inner.shape) && (inner.def.innerType || inner.def.schema)) inner = (inner.def.innerType ?? inner.def.schema) as typeof inner;
    return inner;
  };
  current = unwrap(current);
  for (const key of path) {
    const node = current as {shape?: Record<string, unknown>; def?: {element?: unknown}};
    current = unwrap(typeof key === 'number' ? node.def?.element : node.shape?.[String(key)]);
  }
  return ((current as {shape?: Record<string, unknown>}).shape ?? {}) as Record<string, unknown>;
}

function describeIssue(issue: z.core.$ZodIssue, document: Document, path: readonly PropertyKey[]): string {
  const value = path.length === 0 ? undefined : (document.getIn(path as unknown[]) as unknown);
  const shown = JSON.stringify(value);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}, got ${shown}`;
    case 'invalid_value':
      return `${shown} is not allowed; use one of: ${issue.values.map(String).join(', ')}`;
    case 'too_big':
      return typeof value === 'number' ? `${shown} is too large: the most is ${String(issue.maximum)}` : `has too many items (at most ${String(issue.maximum)})`;
    case 'too_small':
      return typeof value === 'number' ? `${shown} is too small: the least is ${String(issue.minimum)}` : `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
    case 'invalid_union':
      return `${shown} is not a feature id, a list of ids, or a bbox [west, south, east, north]`;
    default:
      return issue.message;
  }
}

/** Checks that every id a map block names exists in geo/, and that the view stays in the region. */
function checkReferences(document: Document, place: YamlPlace, path: string, context: StoryContext, report: Report): void {
  const block = document.toJS() as MapBlock;
  const reportAt = (fieldPath: PropertyKey[], message: string) => {
    const at = place.at(nodeAt(document, fieldPath)?.range?.[0] ?? 0);
    report(at.line, at.column, `${path}.${pathText(fieldPath)}`, message);
  };
  const candidates = [...context.features.values()].map((f) => ({value: f.id, names: [f.id, f.name_zh, f.name_en]}));
  const known = (id: string, fieldPath: PropertyKey[]): FeatureRef | undefined => {
    const feature = context.features.get(id);
    const sites = feature ? undefined : [...context.features.values()].find((f) => f.disputed?.place === id)?.disputed?.candidates;
    if (sites) {
      reportAt(fieldPath, `"${id}" is a place whose location sources dispute, not a feature: name its candidate sites, ${andList(sites.map((site) => describeFeature(site, context)))}`);
    } else if (!feature) {
      const named = nearest(id, candidates).flatMap((value) => context.features.get(value) ?? []);
      reportAt(fieldPath, `unknown id "${id}"${named.length > 0 ? ` — did you mean ${orList(named.map((feature) => `"${feature.id}" (${feature.name_zh})`))}?` : ''}`);
    }
    return feature;
  };
  const [west, south, east, north] = context.region;
  const inRegion = (lon: number, lat: number) => lon >= west && lon <= east && lat >= south && lat <= north;
  const checkPoint = (lon: number, lat: number, fieldPath: PropertyKey[], what: string) => {
    if (inRegion(lon, lat)) return;
    reportAt(fieldPath, inRegion(lat, lon) ? `${what} [${lon}, ${lat}] looks swapped: write [longitude, latitude], i.e. [${lat}, ${lon}]` : `${what} [${lon}, ${lat}] is outside the story’s region (${west}–${east}° E, ${south}–${north}° N)`);
  };

  const fit = block.fit;
  if (typeof fit === 'string') known(fit, ['fit']);
  else if (Array.isArray(fit) && fit.every((item) => typeof item === 'number')) {
    const [w, s, e, n] = fit as number[];
    checkPoint(w as number, s as number, ['fit'], 'the bbox corner');
    checkPoint(e as number, n as number, ['fit'], 'the bbox corner');
    if ((w as number) >= (e as number) || (s as number) >= (n as number)) reportAt(['fit'], 'a bbox is [west, south, east, north], with west < east and south < north');
  } else if (Array.isArray(fit)) fit.forEach((id, index) => known(String(id), ['fit', index]));
  if (block.camera) checkPoint(block.camera.center[0], block.camera.center[1], ['camera', 'center'], 'the camera centre');

  const visible = new Set<LayerName>(block.layers);
  const needsLayer = (feature: FeatureRef | undefined, fieldPath: PropertyKey[], field: string) => {
    if (feature && !visible.has(feature.layer)) reportAt(fieldPath, `${field} "${feature.id}" is in the ${feature.layer} layer, which this step does not show: add ${feature.layer} to layers`);
  };
  (block.highlight ?? []).forEach((id, index) => needsLayer(known(id, ['highlight', index]), ['highlight', index], 'highlighted'));
  const railway = (id: string, fieldPath: PropertyKey[], field: string) => {
    const feature = known(id, fieldPath);
    if (feature && feature.layer !== 'railways') {
      reportAt(fieldPath, `\`${field}\` needs a railway (a line); "${id}" is a ${feature.geometry} in the ${feature.layer} layer`);
    } else needsLayer(feature, fieldPath, field);
  };
  if (block.draw !== undefined) railway(block.draw, ['draw'], 'draw');
  (block.drawn ?? []).forEach((id, index) => railway(id, ['drawn', index], 'drawn'));
  checkDisputed(block, context, reportAt);
}
