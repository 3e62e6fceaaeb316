import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {MIN_RUN_LENGTH, bodyStart, markedQuotations, sharedRuns} from './own-words.ts';

/** A fixture of invented text in tests/own-words/ (see its README). */
const fixture = (name: string) => readFileSync(new URL(`../tests/own-words/${name}`, import.meta.url), 'utf8');
const source = fixture('source.txt');
const runsOf = (story: string) => sharedRuns(story, source, {from: bodyStart(story)});

describe('sharedRuns on the invented fixture', () => {
  it('finds a planted run of 25 copied characters, with its line, column and text', () => {
    const story = fixture('copied.md');
    const lines = story.split('\n');
    const line = lines.findIndex((text) => text.includes('面积达到')) + 1;
    const column = (lines[line - 1] ?? '').indexOf('面积达到') + 1;
    expect(runsOf(story)).toEqual([{line, column, text: '面积达到3200亩，年产干茶约150吨，带动800多户', length: MIN_RUN_LENGTH}]);
  });

  it('passes when the run is a marked quotation: in “” with who said it', () => {
    expect(runsOf(fixture('quoted.md'))).toEqual([]);
  });

  it('does not flag a shared run of 24 characters', () => {
    expect(runsOf(fixture('own.md'))).toEqual([]);
  });
});

describe('sharedRuns', () => {
  const copied = '面积达到3200亩，年产干茶约150吨，带动800多户';

  it('ignores punctuation and whitespace, and reads full-width digits as digits', () => {
    expect(sharedRuns('面积 达到３２００亩年产干茶约150吨——带动800多户', source)).toHaveLength(1);
  });

  it('counts quotation marks alone as no quotation: the speaker must be named next to them', () => {
    expect(sharedRuns(`据统计，“${copied}”。`, source)).toHaveLength(1);
    expect(sharedRuns(`李明介绍，“${copied}”。`, source)).toEqual([]);
    expect(sharedRuns(`「${copied}」，李明说。`, source)).toEqual([]);
  });

  it('reports a longer copied passage once, as one run', () => {
    const runs = sharedRuns('近年来，该镇大力发展茶叶种植，全镇茶园面积达到3200亩，年产干茶约150吨，带动800多户农户增收。', source);
    expect(runs.map((run) => run.length)).toEqual([46]);
  });

  it('skips the front matter, which names the article on purpose', () => {
    const story = `---\nbyline: "${copied}"\n---\n# 茶\n`;
    expect(sharedRuns(story, source)).toHaveLength(1);
    expect(sharedRuns(story, source, {from: bodyStart(story)})).toEqual([]);
  });

  it('takes a shorter minimum length when asked', () => {
    expect(sharedRuns('镇长李明说过', source, {minLength: 4})).toEqual([{line: 1, column: 1, text: '镇长李明说', length: 5}]);
  });
});

describe('markedQuotations', () => {
  it('spans a quotation from its opening to its closing mark when a verb of saying stands next to it', () => {
    expect(markedQuotations('他说：“今年好。”')).toEqual([{start: 3, end: 9}]);
    expect(markedQuotations('“今年好，”他对记者说。')).toEqual([{start: 0, end: 6}]);
  });

  it('leaves out names and slogans in quotation marks, and quotations across lines', () => {
    expect(markedQuotations('赣州素有“稀土王国”之誉。')).toEqual([]);
    expect(markedQuotations('他说：“今年\n好。”')).toEqual([]);
  });
});

describe('bodyStart', () => {
  it('is the offset after the closing --- of the front matter, or 0 without one', () => {
    expect(bodyStart('---\ntitle: t\n---\n# 序章\n')).toBe(17);
    expect(bodyStart('# 序章\n')).toBe(0);
  });
});
