import {describe, expect, it} from 'vitest';
import {StepCursor, clampStep, openingStep, placeInAddress, stepInHash} from './step-cursor.ts';

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

describe('clampStep', () => {
  it('keeps an index inside the story', () => {
    expect(clampStep(-3, 5)).toBe(0);
    expect(clampStep(2, 5)).toBe(2);
    expect(clampStep(9, 5)).toBe(4);
  });

  it('gives -1 for a story without steps', () => {
    expect(clampStep(0, 0)).toBe(-1);
  });
});

describe('placeInAddress', () => {
  it('reads a place from #place=, else from ?place=', () => {
    expect(placeInAddress('#place=meijiang-headworks', '')).toBe('meijiang-headworks');
    expect(placeInAddress('', '?mode=stepper&place=ruijin')).toBe('ruijin');
    expect(placeInAddress('#place=ruijin', '?place=ningdu')).toBe('ruijin');
  });

  it('finds none in a step address, an empty one or a bad escape', () => {
    expect(placeInAddress('#counties', '')).toBeUndefined();
    expect(placeInAddress('#place=', '')).toBeUndefined();
    expect(placeInAddress('#place=%E0%A4%A', '')).toBeUndefined();
  });
});

describe('StepCursor', () => {
  it('starts before the first step', () => {
    expect(new StepCursor().current).toBe(-1);
  });

  it('ignores the triggers of the steps a navigation passes, until its target triggers', () => {
    const cursor = new StepCursor();
    cursor.navigate(3);
    expect(cursor.accepts(1)).toBe(false);
    expect(cursor.accepts(2)).toBe(false);
    expect(cursor.accepts(3)).toBe(true);
    expect(cursor.accepts(2)).toBe(true);
  });

  it('accepts every trigger again once a navigation has arrived where the reader is', () => {
    const cursor = new StepCursor();
    cursor.navigate(3);
    cursor.arrived();
    expect(cursor.accepts(4)).toBe(true);
  });

  it('accepts every trigger when no navigation runs', () => {
    const cursor = new StepCursor();
    expect(cursor.accepts(4)).toBe(true);
    expect(cursor.accepts(0)).toBe(true);
  });

  it('finds neighbours, none past either end', () => {
    const cursor = new StepCursor();
    cursor.current = 0;
    expect(cursor.neighbour(-1, 3)).toBeUndefined();
    expect(cursor.neighbour(1, 3)).toBe(1);
    cursor.current = 2;
    expect(cursor.neighbour(1, 3)).toBeUndefined();
  });
});

describe('stepInHash', () => {
  it('decodes the step a hash names', () => {
    expect(stepInHash('#changgan-hsr')).toBe('changgan-hsr');
    expect(stepInHash('#%E5%AE%9A%E5%8D%97')).toBe('定南');
    expect(stepInHash('')).toBe('');
  });

  it('names no step for a hash that is not valid percent-encoding, instead of throwing', () => {
    expect(stepInHash('#%E0%A4%A')).toBe('');
  });
});
