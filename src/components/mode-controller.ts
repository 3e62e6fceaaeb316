import type {StoryMode} from '../story/names.ts';
import type {MapView} from '../map/map-view.ts';

/** Map labels relative to reading mode: in briefing mode CJK names are legible on a projector. */
const labelScale = (mode: StoryMode) => (mode === 'present' ? 1.4 : 1);

/** What the modes need of `<story-map>`. */
export interface ModeHost extends HTMLElement {
  readonly mode: StoryMode;
  blackout: boolean;
  readonly steps: string[];
  readonly currentStep: string | null;
  goTo(id: string, options?: {instant?: boolean}): boolean;
}

export interface ModeOptions {
  /** The story's view of the map, once it is shown. */
  view(): MapView | undefined;
  /** The step `offset` away from the current one, if there is one. */
  neighbour(offset: 1 | -1): number | undefined;
  /** Scrolling drives the steps (reading mode), or not. */
  observeScroll(on: boolean): void;
}

/**
 * How each mode moves through the story: reading mode by scrolling, briefing mode by keys and
 * clicks (a click on the map is a clicker's "next"), the embedded stepper by buttons and swipes.
 * Switching modes keeps the step and frames it again for the new layout.
 */
export class ModeController {
  /** Where the last press on the map began: a drag (panning while exploring) is not a click. */
  #down: {x: number; y: number} | undefined;

  constructor(
    private readonly host: ModeHost,
    private readonly options: ModeOptions,
  ) {}

  /** The map shows the story: labels sized for the mode. */
  shown(view: MapView): void {
    view.setLabelScale(labelScale(this.host.mode));
  }

  /** The mode changed: the layout changes with it before the step is framed again, a frame later. */
  switched(): void {
    const host = this.host;
    const id = host.currentStep ?? host.steps[0];
    host.blackout = false;
    this.options.view()?.setLabelScale(labelScale(host.mode));
    this.options.observeScroll(host.mode === 'scroll');
    requestAnimationFrame(() => {
      this.options.view()?.map.resize();
      if (id) host.goTo(id, {instant: true});
    });
  }

  /** Goes to the next (1) or previous (-1) step. */
  step(offset: 1 | -1): void {
    const index = this.options.neighbour(offset);
    const id = index === undefined ? undefined : this.host.steps[index];
    if (id !== undefined) this.host.goTo(id);
  }

  /** A press on the map frame began. */
  framePress(event: PointerEvent): void {
    this.#down = {x: event.clientX, y: event.clientY};
  }

  /** In briefing mode a click on the map advances, as a clicker would; controls and drags keep their own. */
  frameClick(event: MouseEvent): void {
    const dragged = this.#down !== undefined && Math.hypot(event.clientX - this.#down.x, event.clientY - this.#down.y) > 4;
    const onControl = event.composedPath().some((target) => target instanceof Element && target.matches('button, a, summary, label, input, .maplibregl-ctrl, .explore, story-place-card'));
    if (this.host.mode !== 'present' || dragged || onControl) return;
    this.host.blackout = false;
    this.step(1);
  }

}
