import type {StoryMode} from '../story/names.ts';

export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'blackout' | 'fullscreen' | 'toggle-present' | 'speaker-notes' | 'find';

/** What presentation clickers and keyboards send, and what it means in briefing mode. */
const PRESENT_KEYS: Record<string, KeyAction> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  Enter: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blackout',
  B: 'blackout',
  '.': 'blackout',
  f: 'fullscreen',
  F: 'fullscreen',
  p: 'toggle-present',
  Escape: 'toggle-present',
  s: 'speaker-notes',
  S: 'speaker-notes',
  '/': 'find',
};

/** Reading mode keeps the browser's own scrolling keys; these step through the story. */
const SCROLL_KEYS: Record<string, KeyAction> = {
  j: 'next',
  k: 'previous',
  p: 'toggle-present',
  '/': 'find',
};

/** An embedded stepper moves with arrows and page keys, and leaves the host page's other keys alone. */
const STEPPER_KEYS: Record<string, KeyAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
};

/**
 * The action a key press asks for in a mode, or `undefined` to leave the key to the browser.
 *
 * @example keyAction('PageDown', 'present') // → 'next'
 */
export function keyAction(key: string, mode: StoryMode): KeyAction | undefined {
  switch (mode) {
    case 'present':
      return PRESENT_KEYS[key];
    case 'scroll':
      return SCROLL_KEYS[key];
    case 'stepper':
      return STEPPER_KEYS[key];
    case 'step':
      return undefined;
  }
}
