import {Lexer} from 'marked';
import type {Token, Tokens} from 'marked';
import type {Block, Inline} from './schema.ts';
import {isSafeHref} from './safe-href.ts';

/** A problem in step text, at a character offset into that text. */
export interface MarkdownProblem {
  offset: number;
  message: string;
}


/**
 * Converts a step's Markdown into plain data (paragraphs, lists, emphasis, links) that components
 * render as Lit templates. Anything that could carry markup — raw HTML, images, non-https links —
 * is reported, never passed through.
 */
export function parseMarkdown(markdown: string): {blocks: Block[]; problems: MarkdownProblem[]} {
  const problems: MarkdownProblem[] = [];
  const offsetOf = (raw: string) => Math.max(0, markdown.indexOf(raw));
  const report = (raw: string, message: string) => problems.push({offset: offsetOf(raw), message});

  const inline = (tokens: Token[] | undefined): Inline[] => {
    const result: Inline[] = [];
    for (const token of tokens ?? []) {
      switch (token.type) {
        case 'text':
        case 'escape':
          if ('tokens' in token && token.tokens?.length) result.push(...inline(token.tokens));
          else result.push({type: 'text', text: (token as Tokens.Text).text});
          break;
        case 'strong':
        case 'em':
          result.push({type: token.type, children: inline((token as Tokens.Strong).tokens)});
          break;
        case 'del':
          result.push(...inline((token as Tokens.Del).tokens));
          break;
        case 'codespan':
          result.push({type: 'code', text: (token as Tokens.Codespan).text});
          break;
        case 'br':
          result.push({type: 'break'});
          break;
        case 'link': {
          const link = token as Tokens.Link;
          if (isSafeHref(link.href)) result.push({type: 'link', href: link.href, children: inline(link.tokens)});
          else {
            report(link.raw, `link "${link.href}" is not allowed: use an https:// address or #step-id`);
            result.push(...inline(link.tokens));
          }
          break;
        }
        case 'image':
          report(token.raw, 'images in the text are not allowed: use `image: {src, alt, credit}` in the map block');
          break;
        case 'html':
          report(token.raw, `raw HTML is not allowed in story text: ${JSON.stringify(token.raw.trim().slice(0, 40))}. Write Markdown instead`);
          break;
        default:
          result.push({type: 'text', text: token.raw});
      }
    }
    return result;
  };

  const blocks: Block[] = [];
  for (const token of new Lexer().lex(markdown)) {
    switch (token.type) {
      case 'space':
        break;
      case 'paragraph':
        blocks.push({type: 'paragraph', children: inline((token as Tokens.Paragraph).tokens)});
        break;
      case 'list': {
        const list = token as Tokens.List;
        blocks.push({type: 'list', ordered: list.ordered, items: list.items.map((item) => inline(item.tokens.flatMap((t) => ('tokens' in t && t.tokens ? t.tokens : [t]))))});
        break;
      }
      case 'html':
        report(token.raw, `raw HTML is not allowed in story text: ${JSON.stringify(token.raw.trim().slice(0, 40))}. Write Markdown instead`);
        break;
      case 'code':
        report(token.raw, 'a step has one ```map block, right after its heading; other code blocks are not allowed');
        break;
      case 'heading':
        report(token.raw, 'use `# Chapter` and `## Step {#id}` headings only; deeper headings are not allowed in step text');
        break;
      default:
        report(token.raw, `${token.type} blocks are not supported in step text; use paragraphs and lists`);
    }
  }
  return {blocks, problems};
}
