import {describe, expect, it} from 'vitest';
import {openingStep} from './opening-step.ts';

const steps = ['intro', 'counties', 'energy'];

describe('openingStep', () => {
  it('takes the deep-linked step first, then the start step', () => {
    expect(openingStep(steps, {hash: 'energy', start: 'counties'})).toBe(2);
    expect(openingStep(steps, {hash: 'nowhere', start: 'counties'})).toBe(1);
    expect(openingStep(steps, {start: 'counties'})).toBe(1);
  });

  it('gives nothing when the address names no step of the story', () => {
    expect(openingStep(steps, {hash: '', start: 'nowhere'})).toBeUndefined();
    expect(openingStep(steps, {})).toBeUndefined();
  });
});
