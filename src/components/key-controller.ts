import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {StoryMode} from '../story/names.ts';
import {clampStep} from '../story/step-cursor.ts';
import {emit} from './events.ts';
import {keyAction} from './key-actions.ts';
import type {KeyAction} from './key-actions.ts';

/** What the keys move: `<story-map>`. */
export interface KeyHost extends ReactiveControllerHost, HTMLElement {
  mode: StoryMode;
  blackout: boolean;
  readonly steps: string[];
  readonly currentStep: string | null;
  goTo(id: string): boolean;
}

/**
 * The story's keys (see key-actions.ts), on the document: clickers send keys to the page, not to
 * a focused element. Keys meant for a form field, a focused control or the browser are left alone.
 */
export class KeyController implements ReactiveController {
  readonly #onKey = (event: KeyboardEvent) => this.#handle(event);

  constructor(
    private readonly host: KeyHost,
    private readonly options: {
      /** Whether the story can take keys now (it has steps on a map). */
      enabled(): boolean;
      /** Whether the reader is exploring the map, whose keys then pan and zoom it. */
      exploring(): boolean;
      /** Opens the place finder. */
      find(): void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKey);
  }

  #handle(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement | null;
    if (event.altKey || event.ctrlKey || event.metaKey || !this.options.enabled()) return;
    if (target?.closest?.('input, textarea, select, [contenteditable]')) return;
    // Several stories on one page: only the one under the middle of the screen takes keys.
    if (this.host.mode !== 'present') {
      const rect = this.host.getBoundingClientRect();
      if (rect.top > window.innerHeight / 2 || rect.bottom < window.innerHeight / 2) return;
    }
    // Space and Enter on a focused control activate it; they do not also change the step.
    if ((event.key === ' ' || event.key === 'Enter') && target?.closest?.('button, a, summary, label')) return;
    const action = keyAction(event.key, this.host.mode);
    // While exploring, the keys pan and zoom the map; a briefing's clicker still moves on.
    if (!action || (this.options.exploring() && this.host.mode !== 'present' && action !== 'find')) return;
    event.preventDefault();
    this.#perform(action, event);
  }

  /**
   * Reading mode: the step's text takes the focus, so a screen reader reads it next. A section
   * takes focus only with a tabindex; -1 keeps it out of the tab order.
   */
  #focusText(id: string): void {
    const section = this.host.querySelector<HTMLElement>(`.step[data-step="${CSS.escape(id)}"]`);
    if (!section) return;
    if (!section.hasAttribute('tabindex')) section.tabIndex = -1;
    section.focus({preventScroll: true});
  }

  #perform(action: KeyAction, event: KeyboardEvent): void {
    const host = this.host;
    switch (action) {
      case 'next':
      case 'previous':
      case 'first':
      case 'last': {
        const current = host.currentStep === null ? -1 : host.steps.indexOf(host.currentStep);
        const count = host.steps.length;
        const index = {next: clampStep(current + 1, count), previous: clampStep(current - 1, count), first: 0, last: count - 1}[action];
        const id = host.steps[index];
        if (id === undefined) return;
        host.blackout = false;
        host.goTo(id);
        if (host.mode === 'scroll') this.#focusText(id);
        return;
      }
      case 'blackout':
        host.blackout = !host.blackout;
        return;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void host.requestFullscreen().catch(() => undefined);
        return;
      case 'speaker-notes':
        emit(host, 'story-speaker-notes', {});
        return;
      case 'find':
        this.options.find();
        return;
      case 'toggle-present':
        if (event.key === 'Escape' && host.blackout) host.blackout = false;
        else host.mode = host.mode === 'present' ? 'scroll' : 'present';
        return;
    }
  }
}
