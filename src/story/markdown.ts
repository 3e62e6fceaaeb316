import {fromMarkdown} from 'mdast-util-from-markdown';
import type {ListItem, Node, Nodes, PhrasingContent, RootContent} from 'mdast';
import type {Block, Inline} from './schema.ts';
import {isSafeHref} from './safe-href.ts';

/** A problem in Markdown text, where it starts: a character offset, and the 1-based line and column. */
export interface MarkdownProblem {
  offset: number;
  line: number;
  column: number;
  message: string;
}

/** Where the link reference definitions of a document point (`[label]: url`), by normalized label. */
export type Definitions = ReadonlyMap<string, string>;

/** Where a parsed node starts (1-based line and column); the parser always records it, so the fallback is the text's start. */
export function startOf(node: Node): {line: number; column: number; offset: number} {
  const start = node.position?.start;
  return {line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0};
}

/** Every link reference definition in a tree: CommonMark lets a reference use one from anywhere in the document. */
export function definitionsOf(tree: Nodes): Definitions {
  const found = new Map<string, string>();
  const visit = (node: Nodes) => {
    // The first definition of a label wins (CommonMark).
    if (node.type === 'definition' && !found.has(node.identifier)) found.set(node.identifier, node.url);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}

const rawHtml = (html: string) => `raw HTML is not allowed in story text: ${JSON.stringify(html.trim().slice(0, 40))}. Write Markdown instead`;

/**
 * Converts parsed step text — mdast nodes from `mdast-util-from-markdown`, with positions — into
 * plain data (paragraphs, lists, emphasis, links) that components render as Lit templates. Anything
 * that could carry markup — raw HTML, images, non-https links — is reported where it starts, never
 * passed through. Text is CommonMark's: entities and backslash escapes are already decoded.
 */
export function toBlocks(nodes: readonly RootContent[], definitions: Definitions): {blocks: Block[]; problems: MarkdownProblem[]} {
  const problems: MarkdownProblem[] = [];
  const report = (node: Node, message: string) => problems.push({...startOf(node), message});

  const link = (node: Node, href: string, children: PhrasingContent[]): Inline[] => {
    if (isSafeHref(href)) return [{type: 'link', href, children: inline(children)}];
    report(node, `link "${href}" is not allowed: use an https:// address or #step-id`);
    return inline(children);
  };

  const inline = (nodes: readonly PhrasingContent[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      switch (node.type) {
        case 'text':
          return [{type: 'text', text: node.value}];
        case 'strong':
          return [{type: 'strong', children: inline(node.children)}];
        case 'emphasis':
          return [{type: 'em', children: inline(node.children)}];
        case 'inlineCode':
          return [{type: 'code', text: node.value}];
        case 'break':
          return [{type: 'break'}];
        case 'link':
          return link(node, node.url, node.children);
        case 'linkReference':
          // The parser makes a reference only when its definition exists.
          return link(node, definitions.get(node.identifier) ?? '', node.children);
        case 'image':
        case 'imageReference':
          report(node, 'images in the text are not allowed: use `image: {src, alt, credit}` in the map block');
          return [];
        case 'html':
          report(node, rawHtml(node.value));
          return [];
        default:
          // Extension syntax (strikethrough, footnotes), which the CommonMark parser does not produce.
          report(node, `${node.type} is not supported in step text`);
          return [];
      }
    });

  const item = (node: ListItem): Inline[] => {
    const result: Inline[] = [];
    for (const child of node.children) {
      if (child.type === 'paragraph') {
        // Inline data has no paragraphs: a loose item's paragraphs are kept apart by a line break.
        if (result.length > 0) result.push({type: 'break'});
        result.push(...inline(child.children));
      } else if (child.type === 'list') report(child, 'a list inside a list item is not supported in step text; use one level of list');
      else block(child);
    }
    return result;
  };

  const block = (node: RootContent): Block | undefined => {
    switch (node.type) {
      case 'paragraph':
        return {type: 'paragraph', children: inline(node.children)};
      case 'list':
        return {type: 'list', ordered: node.ordered ?? false, items: node.children.map(item)};
      case 'definition':
        // Its target is used by the reference links that name it.
        return undefined;
      case 'html':
        report(node, rawHtml(node.value));
        return undefined;
      case 'code':
        report(node, 'a step has one ```map block, right after its heading; other code blocks are not allowed');
        return undefined;
      case 'heading':
        // An ATX heading is one line; a setext heading is its text and an underline.
        report(node, startOf(node).line === node.position?.end.line ? 'use `# Chapter` and `## Step {#id}` headings only; deeper headings are not allowed in step text' : 'underlined headings are not allowed: write `# Chapter` or `## Step title {#step-id}`');
        return undefined;
      case 'thematicBreak':
        report(node, 'horizontal rules are not supported in step text; use paragraphs and lists');
        return undefined;
      default:
        report(node, `${node.type} blocks are not supported in step text; use paragraphs and lists`);
        return undefined;
    }
  };

  const blocks = nodes.map(block).filter((b) => b !== undefined);
  return {blocks, problems};
}

/**
 * Converts a step's Markdown into plain data, as {@link toBlocks} does, with each problem's place in
 * `markdown`.
 *
 * @example parseMarkdown('Hello *there*').blocks // → [{type: 'paragraph', children: [{type: 'text', text: 'Hello '}, {type: 'em', …}]}]
 */
export function parseMarkdown(markdown: string): {blocks: Block[]; problems: MarkdownProblem[]} {
  const tree = fromMarkdown(markdown);
  return toBlocks(tree.children, definitionsOf(tree));
}
