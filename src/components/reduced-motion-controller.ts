import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Follows the reader's system motion setting while the element is on the page: a change applies
 * at once, so the latest choice wins, the page's or the system's.
 */
export class ReducedMotionController implements ReactiveController {
  readonly #query = window.matchMedia('(prefers-reduced-motion: reduce)');
  readonly #onChange = (event: MediaQueryListEvent) => this.onChange(event.matches);

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (reduce: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Whether the system asks for reduced motion now. */
  get matches(): boolean {
    return this.#query.matches;
  }

  hostConnected(): void {
    this.#query.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#query.removeEventListener('change', this.#onChange);
  }
}
