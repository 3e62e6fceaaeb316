import {describe, expect, it} from 'vitest';
import {keyAction} from './key-actions.ts';

describe('keyAction', () => {
  it('maps what presentation clickers send in briefing mode', () => {
    expect(['PageDown', 'ArrowRight', ' ', 'Enter'].map((key) => keyAction(key, 'present'))).toEqual(['next', 'next', 'next', 'next']);
    expect(['PageUp', 'ArrowLeft'].map((key) => keyAction(key, 'present'))).toEqual(['previous', 'previous']);
    expect([keyAction('Home', 'present'), keyAction('End', 'present'), keyAction('b', 'present'), keyAction('f', 'present')]).toEqual(['first', 'last', 'blackout', 'fullscreen']);
  });

  it('moves an embedded stepper with arrows only, and a fixed step not at all', () => {
    expect([keyAction('ArrowRight', 'stepper'), keyAction('ArrowLeft', 'stepper'), keyAction(' ', 'stepper')]).toEqual(['next', 'previous', undefined]);
    expect(keyAction('ArrowRight', 'step')).toBeUndefined();
  });

  it('leaves the browser’s scrolling keys alone when reading', () => {
    expect(keyAction('PageDown', 'scroll')).toBeUndefined();
    expect(keyAction(' ', 'scroll')).toBeUndefined();
    expect(keyAction('j', 'scroll')).toBe('next');
    expect(keyAction('p', 'scroll')).toBe('toggle-present');
  });

  it('opens the place finder on "/" when reading and in briefings, where "f" is already fullscreen', () => {
    expect([keyAction('/', 'scroll'), keyAction('/', 'present'), keyAction('/', 'stepper')]).toEqual(['find', 'find', undefined]);
  });
});
