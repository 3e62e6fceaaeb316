import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** A horizontal swipe at least this long (px) changes the step; shorter ones are taps or scrolls. */
const MIN_SWIPE_PX = 50;

/** Swipes on an element (the embedded stepper's map) report a direction: 1 for next, -1 for previous. */
export class SwipeController implements ReactiveController {
  #target: HTMLElement | undefined;
  #startX: number | undefined;
  readonly #onStart = (event: TouchEvent) => {
    this.#startX = event.touches[0]?.clientX;
  };
  readonly #onEnd = (event: TouchEvent) => {
    const endX = event.changedTouches[0]?.clientX;
    const startX = this.#startX;
    this.#startX = undefined;
    if (startX === undefined || endX === undefined || Math.abs(endX - startX) < MIN_SWIPE_PX) return;
    this.onSwipe(endX < startX ? 1 : -1);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly onSwipe: (direction: 1 | -1) => void,
  ) {
    host.addController(this);
  }

  /** Listens on `target` (instead of any element before); `undefined` stops listening. */
  listenOn(target: HTMLElement | undefined): void {
    this.#target?.removeEventListener('touchstart', this.#onStart);
    this.#target?.removeEventListener('touchend', this.#onEnd);
    this.#target = target;
    target?.addEventListener('touchstart', this.#onStart, {passive: true});
    target?.addEventListener('touchend', this.#onEnd);
  }

  hostDisconnected(): void {
    this.listenOn(undefined);
  }
}
