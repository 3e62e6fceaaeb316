import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {StoryMode} from '../story/names.ts';
import type {StepCursor} from '../story/step-cursor.ts';

/** Quiet time after the last resize event before the step is framed again: a rotation or a drag sends many. */
const RESIZE_SETTLE_MS = 150;

/**
 * Longest wait for the `resize` event of a viewport that has changed size. A viewport can change
 * without one (pinch-zoom on some phones); then, after this, its new size is taken as settled.
 */
const RESIZE_EVENT_WAIT_MS = 500;

const viewport = () => ({width: window.innerWidth, height: window.innerHeight});

/** What a resize needs of `<story-map>`. */
export interface ResizeHost extends ReactiveControllerHost {
  readonly mode: StoryMode;
  readonly currentStep: string | null;
  goTo(id: string, options: {instant?: boolean}): boolean;
}

/** What a resize needs besides the element. */
export interface ResizeOptions {
  /** Whether the map shows the story (there is a step to frame). */
  shown(): boolean;
  /** The step under the trigger line now. */
  underLine(): number;
  /** Frames the current step again for the new size, where it is, without scrolling. */
  reframe(): void;
}

/**
 * After a resize or rotation the text reflows and the padding changes: the reader stays on the
 * step they are on, and it is framed again once the window settles. Where the step is still
 * under the trigger line (a phone's address bar sliding in or out changes only the height), the
 * page does not scroll: the reader keeps their place in the text.
 */
export class ResizeController implements ReactiveController {
  #timer = 0;
  #resizing = false;
  /** The viewport the story was last framed for. */
  #size = {width: 0, height: 0};
  /** When a viewport of another size was first seen without a `resize` event. */
  #changedAt: number | undefined;
  readonly #onResize = () => {
    window.clearTimeout(this.#timer);
    const reading = this.host.mode === 'scroll';
    // A smooth scroll still running would carry on to its old offset, which after the reflow is another step.
    if (!this.#resizing && reading) window.scrollTo({top: window.scrollY, behavior: 'instant'});
    this.#resizing = true;
    // A jump under way waits for its own step's trigger, not for the steps the reflow moves past.
    if (reading && this.cursor.current >= 0) this.cursor.navigate(this.cursor.current);
    this.#timer = window.setTimeout(() => {
      this.#resizing = false;
      this.#size = viewport();
      this.#changedAt = undefined;
      // The step current now: scroll triggers were ignored during the reflow, so only the reader
      // (a key, a button, a link) can have changed it, and that choice stands.
      const step = this.host.currentStep;
      if (!step || !this.options.shown()) return;
      if (reading && this.options.underLine() !== this.cursor.current) {
        this.host.goTo(step, {instant: true});
      } else {
        this.cursor.arrived();
        this.options.reframe();
      }
    }, RESIZE_SETTLE_MS);
  };

  constructor(
    private readonly host: ResizeHost,
    private readonly cursor: StepCursor,
    private readonly options: ResizeOptions,
  ) {
    host.addController(this);
  }

  /**
   * Whether the page is reflowing for a new viewport: a scroll trigger now is the text moving, not
   * the reader. Read from the viewport itself, since a busy browser can run the triggers of a
   * reflow before it dispatches its `resize` event.
   */
  get reflowing(): boolean {
    if (this.#resizing) return true;
    const now = viewport();
    if (now.width === this.#size.width && now.height === this.#size.height) return false;
    this.#changedAt ??= performance.now();
    if (performance.now() - this.#changedAt < RESIZE_EVENT_WAIT_MS) return true;
    this.#size = now;
    this.#changedAt = undefined;
    return false;
  }

  hostConnected(): void {
    this.#size = viewport();
    window.addEventListener('resize', this.#onResize);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.#onResize);
    window.clearTimeout(this.#timer);
    this.#resizing = false;
  }
}
