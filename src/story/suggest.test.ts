import {describe, expect, it} from 'vitest';
import {editDistance, nearest} from './suggest.ts';

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
    expect(nearest('龙南县', counties)).toBe('longnan');
  });

  it('finds an id with a typo', () => {
    expect(nearest('longan', counties)).toBe('longnan');
  });

  it('suggests nothing for an unrelated word', () => {
    expect(nearest('shenzhen', counties)).toBeUndefined();
  });
});
