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
});
