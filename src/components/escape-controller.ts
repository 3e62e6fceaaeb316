import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Calls back when `Esc` is pressed inside its element: the listener comes and goes with the element. */
export class EscapeController implements ReactiveController {
  readonly #onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.onEscape();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onEscape: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#onKey);
  }
}
