import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Language, StepState, StoryData} from '../story/schema.ts';
import type {StoryMode} from '../story/names.ts';
import {StepCursor} from '../story/step-cursor.ts';
import {describeStep} from '../geo/describe-step.ts';
import {paddingFor} from '../camera/text-padding.ts';
import type {Padding, ReadingLayout} from '../camera/text-padding.ts';
import {planCamera, stepTarget} from '../camera/plan-camera.ts';
import type {MapView} from '../map/map-view.ts';
import {emit} from './events.ts';

/** How long a railway takes to draw itself where nobody scrolls (briefings, embeds). */
const SELF_DRAW_MS = 3000;

/** What the controller reads of its element, `<story-map>`. */
export interface StepHost extends ReactiveControllerHost, HTMLElement {
  readonly story: StoryData | undefined;
  readonly mode: StoryMode;
  readonly reducedMotion: boolean;
  readonly language: Language;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

export interface StepOptions {
  /** The story's view of the map, once it is shown. */
  view(): MapView | undefined;
  /** The step under the trigger line now, and the reader's progress through it (-1 above the first). */
  measure(): {index: number; progress: number};
  /** The steps' text sections, in story order. */
  stepElements(): HTMLElement[];
  /** A step is about to be shown: explore mode ends. */
  beforeEnter(): void;
  /** A step became current: the address follows. */
  entered(id: string): void;
  /** The reading layout, and whether the legend is folded into the key button. */
  layout(): {layout: ReadingLayout; compactKey: boolean};
}

/**
 * Shows steps on the map, each as the state it declares: layers and highlights, the camera framed
 * clear of the text and of the step's own legend, its railway drawn with the reader's progress
 * (or by itself where nobody scrolls), and its map in words for screen readers.
 */
export class StepController implements ReactiveController {
  /** The current step and the navigation in progress. */
  readonly cursor = new StepCursor();
  /** The legend's km counter for the railway being drawn; '' when none is. */
  counter = '';
  /** The current step's map in words, for the live region. */
  announcement = '';
  #progress = 0;
  /** Each camera move is planned after the step's legend has rendered; a newer step's move wins. */
  #move = 0;

  constructor(
    private readonly host: StepHost,
    private readonly options: StepOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A camera move still waiting for the legend is for a map that is being removed.
    this.#move++;
  }

  /** The step shown, or `undefined` before the first. */
  get current(): StepState | undefined {
    return this.host.story?.steps[this.cursor.current];
  }

  /** Makes step `index` current and shows it; `force` shows it again, `instant` jumps instead of flying. */
  enter(index: number, options: {force?: boolean; instant?: boolean} = {}): void {
    const step = this.host.story?.steps[index];
    const view = this.options.view();
    if (!step || !view || (index === this.cursor.current && !options.force)) return;
    this.options.beforeEnter();
    this.cursor.current = index;
    this.host.requestUpdate();
    this.options.stepElements().forEach((element, elementIndex) => element.toggleAttribute('data-current', elementIndex === index));
    // Announced first, so listeners see the step change before the camera starts to move.
    emit(this.host, 'story-step-enter', {id: step.id, index});
    view.applyStep(step);
    this.#frame(view, step, this.host.reducedMotion || options.instant === true);
    const measured = this.options.measure();
    this.#progress = measured.index === index ? measured.progress : 0;
    view.stopDrawing();
    if (this.host.mode !== 'scroll' && step.draw && !this.host.reducedMotion) {
      view.animateDrawing(step.draw, SELF_DRAW_MS, (fraction) => {
        this.#progress = fraction;
        this.#showCounter(view);
      });
    } else {
      this.redraw();
    }
    this.options.entered(step.id);
    this.announcement = describeStep(step, {index, total: this.host.story?.steps.length ?? 0}, view.index, this.host.language, view.getState().drawing ?? undefined);
  }

  /** Says `text` in the live region instead of the step's description, until the next step. */
  announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  /** The reader's progress (0–1) through step `index`: its railway draws along. */
  progress(index: number, progress: number): void {
    const step = this.current;
    if (index !== this.cursor.current || !step) return;
    this.#progress = progress;
    this.redraw();
    emit(this.host, 'story-step-progress', {id: step.id, index, progress});
  }

  /** Draws the current step's railway to the reader's progress again (after new data, or a motion setting). */
  redraw(): void {
    const view = this.options.view();
    const step = this.current;
    if (view && step?.draw) view.drawProgress(step.draw, this.host.reducedMotion ? 1 : this.#progress);
    if (view) this.#showCounter(view);
  }

  /** The right edge of the text column as the page's CSS (or a newsroom's) laid it out; `undefined` while it is not laid out. */
  textRight(): number | undefined {
    return this.options.stepElements()[0]?.getBoundingClientRect().right || undefined;
  }

  /** Keeps targets clear of the text (a column, cards or a panel) and of the legend, as laid out now. */
  padding(): Padding {
    const root = this.host.renderRoot;
    const frame = root.querySelector('.map-frame')?.getBoundingClientRect();
    const legendWidth = root.querySelector('.legend')?.getBoundingClientRect().width ?? 0;
    const controls = root.querySelector('.maplibregl-ctrl-bottom-right')?.getBoundingClientRect();
    return paddingFor(this.host.mode, {width: window.innerWidth, height: window.innerHeight}, {
      ...this.options.layout(),
      legendWidth,
      textRight: this.textRight(),
      bottomControls: controls && frame ? frame.bottom - controls.top : 0,
      mapFrame: frame && {width: frame.width, height: frame.height},
    });
  }

  /**
   * Moves the camera to the step once its legend is on screen (in the same frame: updates are
   * microtasks), so the padding is the same whichever way the reader arrived.
   */
  #frame(view: MapView, step: StepState, instant: boolean): void {
    const target = stepTarget(step);
    const move = ++this.#move;
    if (!target) return;
    void this.host.updateComplete.then(() => {
      if (move === this.#move && view === this.options.view()) view.moveCamera(planCamera(target, {padding: this.padding(), reducedMotion: instant}));
    });
  }

  #showCounter(view: MapView): void {
    const counter = view.drawCounter();
    if (counter === this.counter) return;
    this.counter = counter;
    this.host.requestUpdate();
  }
}
