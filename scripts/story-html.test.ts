import {describe, expect, it, vi} from 'vitest';
import {storyStep} from '../src/components/text-templates.ts';
import {parseMarkdown} from '../src/story/markdown.ts';
import type {Block, Story} from '../src/story/schema.ts';
import {renderStoryHtml, toHtml} from './story-html.ts';

// Vitest resolves lit's development build (the `development` export condition), which announces
// itself on import; the build and `npm run handout` load the production build, which does not.
vi.hoisted(() => {
  (globalThis as {litIssuedWarnings?: Set<string>}).litIssuedWarnings = new Set(['dev-mode']);
});

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
      source: "<!--lit-part--> '",
      body: [{type: 'paragraph', children: [{type: 'text', text: 'a < b & "c"'}, {type: 'link', href: 'https://example.org/?a=1&b=2', children: [{type: 'text', text: '链接'}]}]}],
    },
  ],
};

const stepHtml = (body: Block[]) => toHtml(storyStep({id: 's', title: 't', body}, 'en'));

describe('renderStoryHtml', () => {
  const html = renderStoryHtml(story);

  it('escapes every piece of story text', () => {
    expect(html).toContain('<h1>标题 &lt;script&gt;</h1>');
    expect(html).toContain('<p class="caption">&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).toContain('a &lt; b &amp; &quot;c&quot;');
    expect(html).toContain('<p class="source">来源：&lt;!--lit-part--&gt; &#39;</p>');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('gives each step its id for deep links and scroll triggers, under its chapter', () => {
    expect(html).toMatch(/<h2 class="chapter-title" id="chapter-1">第一章<\/h2>\s*<section class="step" id="intro" data-step="intro" aria-labelledby="intro-title">\s*<h3 id="intro-title">/);
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer">链接</a>');
  });

  it('leaves out Lit’s hydration markers: the page is read, never hydrated', () => {
    expect(html).not.toMatch(/<!--|<\?/);
  });
});

describe('storyStep', () => {
  it('renders paragraphs, lists, emphasis, code and line breaks', () => {
    const {blocks} = parseMarkdown('**a** *b* `<c>`  \nd\n\n1. one\n2. two\n\n- x\n');
    expect(stepHtml(blocks)).toContain('<p><strong>a</strong> <em>b</em> <code>&lt;c&gt;</code><br>d</p><ol><li>one</li><li>two</li></ol><ul><li>x</li></ul>');
  });

  it('escapes text again after the parser decoded its entities, so readers see the character', () => {
    expect(stepHtml(parseMarkdown('a &lt; b &amp; c &#39;d&#39;').blocks)).toContain('<p>a &lt; b &amp; c &#39;d&#39;</p>');
  });

  it('marks links to other sites noopener, not links to steps, and never writes an unsafe link', () => {
    const html = stepHtml([
      {
        type: 'paragraph',
        children: [
          {type: 'link', href: '#counties', children: [{type: 'text', text: 'step'}]},
          {type: 'link', href: 'javascript:alert(1)', children: [{type: 'text', text: 'kept as text'}]},
        ],
      },
    ]);
    expect(html).toContain('<p><a href="#counties">step</a>kept as text</p>');
  });
});
