import {describe, expect, it} from 'vitest';
import {parseMarkdown} from './markdown.ts';

describe('parseMarkdown', () => {
  it('keeps paragraphs, emphasis, https links and lists as data', () => {
    const {blocks, problems} = parseMarkdown('Some **bold** and *em* [link](https://example.org).\n\n- one\n- two\n');
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          {type: 'text', text: 'Some '},
          {type: 'strong', children: [{type: 'text', text: 'bold'}]},
          {type: 'text', text: ' and '},
          {type: 'em', children: [{type: 'text', text: 'em'}]},
          {type: 'text', text: ' '},
          {type: 'link', href: 'https://example.org', children: [{type: 'text', text: 'link'}]},
          {type: 'text', text: '.'},
        ],
      },
      {type: 'list', ordered: false, items: [[{type: 'text', text: 'one'}], [{type: 'text', text: 'two'}]]},
    ]);
  });

  it('reports raw HTML, inline and block, with its offset', () => {
    const text = 'Hello <img src=x onerror=alert(1)> there.\n\n<script>alert(1)</script>\n';
    const {blocks, problems} = parseMarkdown(text);
    expect(problems.map((p) => p.offset)).toEqual([6, text.indexOf('<script>')]);
    expect(problems[0]?.message).toContain('raw HTML is not allowed');
    expect(JSON.stringify(blocks)).not.toContain('<img');
  });

  it('refuses javascript: links and keeps only their text', () => {
    const {blocks, problems} = parseMarkdown('[click](javascript:alert(1))');
    expect(problems[0]?.message).toBe('link "javascript:alert(1)" is not allowed: use an https:// address or #step-id');
    expect(blocks).toEqual([{type: 'paragraph', children: [{type: 'text', text: 'click'}]}]);
  });

  it('decodes HTML entities once, as CommonMark does, so readers see the character', () => {
    const {blocks, problems} = parseMarkdown('a &lt; b &amp; c &#39;d&#39;');
    expect(problems).toEqual([]);
    expect(blocks).toEqual([{type: 'paragraph', children: [{type: 'text', text: "a < b & c 'd'"}]}]);
  });

  it('reports each of several identical bad links at its own place', () => {
    const text = '[a](javascript:x) and [a](javascript:x)\n\n[a](javascript:x)\n';
    const {problems} = parseMarkdown(text);
    expect(problems.map((p) => p.offset)).toEqual([0, 22, 41]);
  });

  it('resolves reference links, and checks their targets like inline links', () => {
    const {blocks, problems} = parseMarkdown('[a][ok] and [b][bad]\n\n[ok]: https://example.org\n[bad]: javascript:x\n');
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([[1, 13, 'link "javascript:x" is not allowed: use an https:// address or #step-id']]);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          {type: 'link', href: 'https://example.org', children: [{type: 'text', text: 'a'}]},
          {type: 'text', text: ' and '},
          {type: 'text', text: 'b'},
        ],
      },
    ]);
  });
});
