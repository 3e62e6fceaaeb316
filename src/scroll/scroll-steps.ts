import type {ReactiveController, ReactiveControllerHost} from 'lit';
import scrollama from 'scrollama';

/** The narrow part of scrollama 3.2 we use; its bundled types are wrong (../shared/NOTES.md). */
interface Scroller {
  setup(options: {step: HTMLElement[]; offset: string; progress: boolean; threshold: number}): Scroller;
  offset(value: string): Scroller;
  onStepEnter(callback: (response: {index: number; direction: 'up' | 'down'}) => void): Scroller;
  onStepProgress(callback: (response: {index: number; progress: number}) => void): Scroller;
  resize(): Scroller;
  destroy(): void;
}

/** A jump lands the step's top this share of the viewport past the trigger line, so that the scroll triggers agree with the step it sets. */
const ARRIVAL_LEAD = 0.05;

/** The page scroll at which a jump to a step lands: its top just past the trigger `line` (px from the viewport's top). */
export function arrivalScrollTop(step: HTMLElement, line: number): number {
  return step.getBoundingClientRect().top + window.scrollY - (line - window.innerHeight * ARRIVAL_LEAD);
}

export interface ScrollStepsCallbacks {
  /** The trigger line, in pixels from the viewport's top: a step whose top is above it is in view. */
  line(): number;
  /** A step crossed the trigger line: it is now the step in view. */
  onEnter(index: number): void;
  /** How far (0–1) the reader has scrolled through the step in view. */
  onProgress(index: number, progress: number): void;
}

/**
 * A Lit controller around the page's one scrollama instance: it watches the story's step elements
 * and reports the step in view and the reader's progress through it. After any scroll settles it
 * also reports the step under the trigger line measured directly, so fast flings and jumps that
 * skip observer callbacks still end on the right step.
 */
export class ScrollSteps implements ReactiveController {
  #scroller: Scroller | undefined;
  #steps: HTMLElement[] = [];
  #settleTimer = 0;
  readonly #onResize = () => this.#scroller?.offset(this.#offset()).resize();
  readonly #onScroll = () => {
    window.clearTimeout(this.#settleTimer);
    this.#settleTimer = window.setTimeout(() => this.#settle(), 120);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: ScrollStepsCallbacks,
  ) {
    host.addController(this);
  }

  /** Starts watching these step elements (replacing any before). */
  observe(steps: HTMLElement[]): void {
    this.#teardown();
    if (steps.length === 0) return;
    this.#steps = steps;
    this.#scroller = (scrollama() as unknown as Scroller)
      .setup({step: steps, offset: this.#offset(), progress: true, threshold: 2})
      .onStepEnter(({index}) => this.callbacks.onEnter(index))
      .onStepProgress(({index, progress}) => this.callbacks.onProgress(index, progress));
    window.addEventListener('resize', this.#onResize);
    window.addEventListener('scroll', this.#onScroll, {passive: true});
  }

  /** The step (of `steps`: those observed, by default) under the trigger line now, and the reader's progress through it; -1 above the first. */
  measure(steps: readonly HTMLElement[] = this.#steps): {index: number; progress: number} {
    const line = this.callbacks.line();
    let found = {index: -1, progress: 0};
    steps.forEach((step, index) => {
      const rect = step.getBoundingClientRect();
      if (rect.top <= line) found = {index, progress: Math.min(1, Math.max(0, (line - rect.top) / Math.max(1, rect.height)))};
    });
    return found;
  }

  hostDisconnected(): void {
    this.#teardown();
  }

  /** scrollama's offset for the line: whole pixels (it validates the format itself, unlike shares > 1). */
  #offset(): string {
    return `${Math.round(this.callbacks.line())}px`;
  }

  #settle(): void {
    const {index, progress} = this.measure();
    if (index < 0) return;
    this.callbacks.onEnter(index);
    this.callbacks.onProgress(index, progress);
  }

  #teardown(): void {
    window.clearTimeout(this.#settleTimer);
    window.removeEventListener('resize', this.#onResize);
    window.removeEventListener('scroll', this.#onScroll);
    this.#scroller?.destroy();
    this.#scroller = undefined;
    this.#steps = [];
  }
}
