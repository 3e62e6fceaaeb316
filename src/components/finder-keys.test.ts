import {describe, expect, it} from 'vitest';
import {nextActive} from './finder-keys.ts';

describe('nextActive', () => {
  it('starts at the first option going down and at the last going up', () => {
    expect(nextActive(undefined, 'down', 5)).toBe(0);
    expect(nextActive(undefined, 'up', 5)).toBe(4);
  });

  it('moves one option at a time', () => {
    expect(nextActive(1, 'down', 5)).toBe(2);
    expect(nextActive(3, 'up', 5)).toBe(2);
  });

  it('wraps past either end', () => {
    expect(nextActive(4, 'down', 5)).toBe(0);
    expect(nextActive(0, 'up', 5)).toBe(4);
    expect([nextActive(0, 'down', 1), nextActive(0, 'up', 1)]).toEqual([0, 0]);
  });

  it('treats an index the options no longer have as none active', () => {
    expect(nextActive(7, 'down', 3)).toBe(0);
    expect(nextActive(7, 'up', 3)).toBe(2);
    expect(nextActive(-1, 'down', 3)).toBe(0);
  });

  it('has nothing to make active without options', () => {
    expect(nextActive(undefined, 'down', 0)).toBeUndefined();
    expect(nextActive(2, 'up', 0)).toBeUndefined();
  });
});
