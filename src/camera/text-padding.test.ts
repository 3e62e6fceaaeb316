import {describe, expect, it} from 'vitest';
import {paddingForText} from './text-padding.ts';

describe('paddingForText', () => {
  it('keeps targets right of the text column on a desktop', () => {
    expect(paddingForText({width: 1280, height: 800})).toEqual({top: 96, right: 40, bottom: 40, left: 512});
  });

  it('narrows the column share on a small laptop', () => {
    expect(paddingForText({width: 800, height: 600}).left).toBe(32 + 320 + 30);
  });

  it('keeps targets above the cards on a phone', () => {
    expect(paddingForText({width: 390, height: 844})).toEqual({top: 76, right: 20, bottom: 380, left: 20});
  });
});
