import {describe, expect, it} from 'vitest';
import {escapeHtml, renderStoryHtml} from './render-html.ts';
import type {Story} from './schema.ts';

const story: Story = {
  file: 'x.zh.md',
  title: '标题 <script>',
  language: 'zh',
  byline: '记者',
  credits: ['© OpenStreetMap contributors'],
  chapters: ['第一章'],
  steps: [
    {
      id: 'intro',
      title: '开场 "quoted"',
      chapter: '第一章',
      line: 10,
      fit: 'ganzhou',
      layers: ['counties'],
      highlight: [],
      drawn: [],
      legend: [],
      caption: '<img src=x onerror=alert(1)>',
      body: [{type: 'paragraph', children: [{type: 'text', text: 'a < b & "c"'}, {type: 'link', href: 'https://example.org/?a=1&b=2', children: [{type: 'text', text: '链接'}]}]}],
    },
  ],
};

describe('renderStoryHtml', () => {
  const html = renderStoryHtml(story);

  it('escapes every piece of story text', () => {
    expect(html).toContain('<h1>标题 &lt;script&gt;</h1>');
    expect(html).toContain('<p class="caption">&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('gives each step its id for deep links and scroll triggers, under its chapter', () => {
    expect(html).toMatch(/<h2 class="chapter-title" id="chapter-1">第一章<\/h2>\s*<section class="step" id="intro" data-step="intro"/);
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer">链接</a>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
