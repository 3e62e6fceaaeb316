import {describe, expect, it} from 'vitest';
import {LANGUAGES} from './names.ts';
import {STRINGS} from './strings.ts';

/** Every leaf of a strings table by its path, with its kind: text, or a function and its arity. */
function leaves(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value.trim() === '' ? 'empty text' : 'text']]);
  if (typeof value === 'function') return new Map([[path, `function/${value.length}`]]);
  const entries = Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [...leaves(child, `${path}.${key}`)]);
  return new Map(entries);
}

describe('component strings', () => {
  it('say the same things in every language: same keys, texts, and functions of the same arity', () => {
    const reference = leaves(STRINGS.zh);
    for (const language of LANGUAGES) expect([...leaves(STRINGS[language])], language).toEqual([...reference]);
  });

  it('have no empty text', () => {
    for (const language of LANGUAGES) expect([...leaves(STRINGS[language]).values()].filter((kind) => kind === 'empty text'), language).toEqual([]);
  });
});
