import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {StoryMode} from '../story/names.ts';
import type {StepCursor} from '../story/step-cursor.ts';

/** Quiet time after the last resize event before the step is framed again: a rotation or a drag sends many. */
const RESIZE_SETTLE_MS = 150;

const viewport = () => ({width: window.innerWidth, height: window.innerHeight});

/** What a resize needs of `<story-map>`. */
export interface ResizeHost extends ReactiveControllerHost {
  readonly mode: StoryMode;
  readonly currentStep: string | null;
  goTo(id: string, options: {instant?: boolean}): boolean;
}

/**
 * After a resize or rotation the text reflows and the padding changes: the reader stays on the
 * step they were reading, and it is framed again once the window settles.
 */
export class ResizeController implements ReactiveController {
  #timer = 0;
  /** The step the reader was on when the resize started; `undefined` between resizes. */
  #step: string | null | undefined;
  /** The viewport the story was last framed for. */
  #size = {width: 0, height: 0};
  readonly #onResize = () => {
    window.clearTimeout(this.#timer);
    const reading = this.host.mode === 'scroll';
    if (this.#step === undefined) {
      // A smooth scroll still running would carry on to its old offset, which after the reflow is another step.
      if (reading) window.scrollTo({top: window.scrollY, behavior: 'instant'});
      this.#step = this.host.currentStep;
    }
    // The reflow moves other steps under the trigger line: their triggers wait until the reader is back.
    if (reading && this.cursor.current >= 0) this.cursor.navigate(this.cursor.current);
    this.#timer = window.setTimeout(() => {
      const step = this.#step;
      this.#step = undefined;
      this.#size = viewport();
      if (step && this.shown()) this.host.goTo(step, {instant: true});
    }, RESIZE_SETTLE_MS);
  };

  constructor(
    private readonly host: ResizeHost,
    private readonly cursor: StepCursor,
    /** Whether the map shows the story (there is a step to frame). */
    private readonly shown: () => boolean,
  ) {
    host.addController(this);
  }

  /**
   * Whether the page is reflowing for a new viewport: a scroll trigger now is the text moving, not
   * the reader. Read from the viewport itself, since a busy browser can run the triggers of a
   * reflow before it dispatches its `resize` event.
   */
  get reflowing(): boolean {
    const {width, height} = viewport();
    return this.#step !== undefined || width !== this.#size.width || height !== this.#size.height;
  }

  hostConnected(): void {
    this.#size = viewport();
    window.addEventListener('resize', this.#onResize);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.#onResize);
    window.clearTimeout(this.#timer);
    this.#step = undefined;
  }
}
