import type {Language} from './names.ts';
import {en} from './strings/en.ts';
import {zh} from './strings/zh.ts';
import type {Strings} from './strings/zh.ts';

export type {Strings} from './strings/zh.ts';

/** The component strings of every language, one module each (src/story/strings/). */
export const STRINGS: Record<Language, Strings> = {zh, en};

/** The strings of a language. */
export function strings(language: Language): Strings {
  return STRINGS[language];
}
