import {describe, expect, it} from 'vitest';
import {editDistance, nearest, orList} from './suggest.ts';

describe('editDistance', () => {
  it('counts single-character edits, by code point', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('龙南县', '龙南市')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('nearest', () => {
  const counties = [
    {value: 'longnan', names: ['longnan', '龙南市', 'Longnan City']},
    {value: 'dingnan', names: ['dingnan', '定南县', 'Dingnan County']},
  ];

  it('finds a county by a near Chinese name', () => {
    expect(nearest('龙南市县', counties)).toEqual(['longnan']);
  });

  it('finds an id with a typo', () => {
    expect(nearest('longan', counties)).toEqual(['longnan']);
  });

  it('names every candidate at the closest distance, in the order given', () => {
    // "龙南县" is one edit from both "龙南市" and "定南县".
    expect(nearest('龙南县', counties)).toEqual(['longnan', 'dingnan']);
    expect(nearest('龙南县', [...counties].reverse())).toEqual(['dingnan', 'longnan']);
  });

  it('names a candidate once, however many of its names are closest', () => {
    expect(nearest('longnan', [{value: 'longnan', names: ['longnan', 'Longnan']}])).toEqual(['longnan']);
  });

  it('suggests nothing for an unrelated word', () => {
    expect(nearest('shenzhen', counties)).toEqual([]);
  });
});

describe('orList', () => {
  it('joins alternatives as a sentence', () => {
    expect(orList(['"a"'])).toBe('"a"');
    expect(orList(['"a"', '"b"'])).toBe('"a" or "b"');
    expect(orList(['"a"', '"b"', '"c"'])).toBe('"a", "b" or "c"');
  });
});
