import {describe, expect, it} from 'vitest';
import {parseStory} from './parse-story.ts';
import type {StoryContext} from './parse-story.ts';
import {formatStoryError} from './story-error.ts';

const context: StoryContext = {
  features: new Map([['ganzhou', {id: 'ganzhou', layer: 'ganzhou', name_zh: '赣州市', name_en: 'Ganzhou', geometry: 'Polygon', bounds: [113.9, 24.5, 116.6, 27.2]}]]),
  region: [108, 19, 123, 32],
};

const FRONT_MATTER = '---\ntitle: 测试\nlanguage: zh\nbyline: 测试\ncredits:\n  - 测试\n---\n';
const MAP = '```map\nfit: ganzhou\nlayers: [ganzhou]\n```\n';

/** The errors of a story made of the front matter and `body`, formatted. */
const errorsOf = (body: string) => parseStory(`${FRONT_MATTER}${body}`, 'x.zh.md', context).errors.map(formatStoryError);

describe('parseStory', () => {
  it('reads chapters, steps, their map blocks and text', () => {
    const {story, errors} = parseStory(`${FRONT_MATTER}\n# 一\n\n## 甲 {#a}\n\n${MAP}\n正文。\n\n# 二\n\n## 乙 {#b}\n${MAP}- 一\n- 二\n`, 'x.zh.md', context);
    expect(errors).toEqual([]);
    expect(story?.chapters).toEqual(['一', '二']);
    expect(story?.steps.map(({id, title, chapter, line, fit, body}) => ({id, title, chapter, line, fit, body}))).toEqual([
      {id: 'a', title: '甲', chapter: '一', line: 11, fit: 'ganzhou', body: [{type: 'paragraph', children: [{type: 'text', text: '正文。'}]}]},
      {id: 'b', title: '乙', chapter: '二', line: 22, fit: 'ganzhou', body: [{type: 'list', ordered: false, items: [[{type: 'text', text: '一'}], [{type: 'text', text: '二'}]]}]},
    ]);
  });

  it('decodes entities once in headings and text', () => {
    const {story, errors} = parseStory(`${FRONT_MATTER}\n# R&amp;D\n\n## A &lt; B {#a}\n\n${MAP}\nx &lt; y &#39;z&#39;\n`, 'x.zh.md', context);
    expect(errors).toEqual([]);
    expect(story?.chapters).toEqual(['R&D']);
    expect(story?.steps[0]?.title).toBe('A < B');
    expect(story?.steps[0]?.body).toEqual([{type: 'paragraph', children: [{type: 'text', text: "x < y 'z'"}]}]);
  });

  it('reports a code block that is never closed, and takes no heading inside it for a step', () => {
    expect(errorsOf(`\n# 章\n\n## 甲 {#a}\n\n${MAP}\n正文。\n\n~~~\n## 乙 {#b}\n`)).toEqual(['x.zh.md:20:1 story: this code block is never closed with ~~~']);
  });

  it('reports an underlined heading instead of taking it for a step', () => {
    expect(errorsOf(`\n# 章\n\n## 甲 {#a}\n\n${MAP}\n正文。\n\n乙 {#b}\n---\n`)).toEqual([
      'x.zh.md:20:1 steps[0].text: underlined headings are not allowed: write `# Chapter` or `## Step title {#step-id}`',
    ]);
  });

  it('points at the language when it is not the one the file name says', () => {
    expect(parseStory(`${FRONT_MATTER}\n# 章\n\n## 甲 {#a}\n\n${MAP}\n正文。\n`, 'x.en.md', context).errors.map(formatStoryError)).toEqual([
      'x.en.md:3:11 front matter.language: is "zh" but the file name says "en"',
    ]);
  });
});
