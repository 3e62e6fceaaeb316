import {describe, expect, it} from 'vitest';
import {stepBounds} from './step-bounds.ts';
import type {BoundsTuple} from './step-bounds.ts';

const features = new Map<string, BoundsTuple>([
  ['a', [114, 25, 114, 25]],
  ['b', [115, 26, 115.5, 26.5]],
  ['c', [113.5, 24.5, 114.2, 25.1]],
]);
const lookup = (id: string) => features.get(id);

describe('stepBounds', () => {
  it('frames one feature', () => {
    expect(stepBounds('a', lookup)).toEqual([114, 25, 114, 25]);
  });

  it('frames several features together', () => {
    expect(stepBounds(['a', 'b', 'c'], lookup)).toEqual([113.5, 24.5, 115.5, 26.5]);
  });

  it('takes a bbox as given', () => {
    expect(stepBounds([113, 24, 116, 27], lookup)).toEqual([113, 24, 116, 27]);
  });

  it('skips ids it does not know, and gives nothing when it knows none', () => {
    expect(stepBounds(['nowhere', 'a'], lookup)).toEqual([114, 25, 114, 25]);
    expect(stepBounds('nowhere', lookup)).toBeUndefined();
  });
});
