import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {stepInHash} from '../story/step-cursor.ts';

/**
 * Least time between two address updates. Safari throws a `SecurityError` past 100
 * `history.replaceState` calls in 30 s, which fast scrolling through short steps reaches; 400 ms
 * allows 75. MapLibre's own hash (src/ui/hash.ts) throttles and catches for the same reason.
 */
export const HASH_THROTTLE_MS = 400;

export interface HashSyncOptions {
  /** Whether the address follows the story; embeds turn it off, as the host page owns its address. */
  enabled(): boolean;
  /** The reader typed or followed a `#step-id`, or went back or forward to one. */
  onNavigate(id: string): void;
}

/**
 * Keeps the page address on the current step (`#step-id`, replaced, not pushed, so back leaves
 * the story) and opens the step a new address names. Writes are throttled, ending on the latest
 * step, and a browser that still refuses one is ignored: the next step's write catches up.
 */
export class HashSyncController implements ReactiveController {
  #pending: string | undefined;
  #timer = 0;
  #lastWrite = Number.NEGATIVE_INFINITY;
  /** The address as we last wrote or saw it: if it differs when a write is due, the reader set it. */
  #known = '';
  readonly #onHashChange = () => {
    if (!this.options.enabled()) return;
    // The reader set the address: a write still waiting must not replace it.
    window.clearTimeout(this.#timer);
    this.#timer = 0;
    this.#pending = undefined;
    this.#known = location.hash;
    this.options.onNavigate(stepInHash(location.hash));
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: HashSyncOptions,
  ) {
    host.addController(this);
  }

  /** The step the address names now ('' when none), or `undefined` when the address does not follow the story. */
  read(): string | undefined {
    return this.options.enabled() ? stepInHash(location.hash) : undefined;
  }

  /** The story moved to step `id`: the address follows at once, or within {@link HASH_THROTTLE_MS}. */
  follow(id: string): void {
    if (!this.options.enabled()) return;
    this.#pending = id;
    if (this.#timer !== 0) return;
    const wait = this.#lastWrite + HASH_THROTTLE_MS - performance.now();
    if (wait <= 0) this.#write();
    else this.#timer = window.setTimeout(() => this.#write(), wait);
  }

  hostConnected(): void {
    this.#known = location.hash;
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    window.clearTimeout(this.#timer);
    this.#timer = 0;
    this.#pending = undefined;
  }

  #write(): void {
    this.#timer = 0;
    const id = this.#pending;
    this.#pending = undefined;
    // The reader changed the address after our last write (its hashchange has not run yet): theirs wins.
    if (id === undefined || location.hash === `#${id}` || location.hash !== this.#known) return;
    this.#lastWrite = performance.now();
    this.#known = `#${id}`;
    try {
      history.replaceState(history.state, '', `#${id}`);
    } catch {
      // Safari's rate limit (a SecurityError): the address is a convenience, the story goes on.
    }
  }
}
