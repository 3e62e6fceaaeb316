import {css, unsafeCSS} from 'lit';
import {maplibreCss} from '../map/maplibre-css.ts';
import {PHONE_MAX_WIDTH, TEXT_COLUMN_INSET, TEXT_COLUMN_MAX_WIDTH} from '../camera/text-padding.ts';

/** `<story-map>`'s shadow styles: MapLibre's own CSS (it must live inside the shadow root), then ours. */
export const storyMapStyles = [
  unsafeCSS(maplibreCss),
  css`
    :host {
      display: block;
      position: relative;
    }
    .map-frame {
      position: sticky;
      top: 0;
      height: 100vh;
      height: 100dvh;
      overflow: hidden;
    }
    .map {
      position: absolute;
      inset: 0;
    }
    .text {
      position: relative;
      margin-top: -100vh;
      margin-top: -100dvh;
      /* The map and its controls stay reachable between the cards: the page's CSS gives the
         cards themselves pointer events back. */
      pointer-events: none;
    }
    :host([map-unavailable]) .map-frame {
      position: static;
      height: auto;
    }
    :host([map-unavailable]) .text {
      margin-top: 0;
    }
    .notice p {
      margin: 0;
    }
    .notice .detail {
      margin-top: 0.5rem;
      font: 0.85rem/1.4 ui-monospace, monospace;
      overflow-wrap: anywhere;
    }
    .notice {
      margin: 1rem ${TEXT_COLUMN_INSET}px;
      max-width: ${TEXT_COLUMN_MAX_WIDTH}px;
      padding: 0.75rem 1rem;
      border-left: 4px solid #8a5a00;
      background: #fff8e6;
      color: #3d2a00;
      font: 1rem/1.5 system-ui, sans-serif;
    }
    /* The progress bar, chapter menu and motion switch: above the cards that scroll past them
       (the sticky map frame is a stacking context of its own, under the text). As tall as the
       frame, so that both stop sticking together where content follows the story. */
    .bar {
      position: sticky;
      top: 0;
      z-index: 1;
      height: 100vh;
      height: 100dvh;
      overflow: clip;
      pointer-events: none;
    }
    .bar > * {
      pointer-events: auto;
    }
    .bar + .map-frame {
      margin-top: -100vh;
      margin-top: -100dvh;
    }
    .top {
      position: absolute;
      top: 0;
      left: 0;
      right: 0;
      display: flex;
      flex-direction: column;
    }
    .motion {
      position: absolute;
      top: 52px;
      right: 10px;
      display: flex;
      gap: 6px;
      align-items: center;
      font: 13px/1.3 system-ui, sans-serif;
      color: #222;
      background: rgba(255, 255, 255, 0.94);
      padding: 3px 8px;
      border-radius: 4px;
    }
    .motion input {
      width: 18px;
      height: 18px;
      margin: 0;
    }
    .legend {
      position: absolute;
      right: 10px;
      bottom: 64px;
      max-width: 260px;
      padding: 8px 10px;
      background: rgba(255, 255, 255, 0.94);
      border-radius: 4px;
      box-shadow: 0 1px 4px rgba(0, 0, 0, 0.18);
    }
    :host([mode='present']) .legend {
      --legend-font-size: 20px;
      max-width: 420px;
    }
    :host([mode='stepper']) .map-frame,
    :host([mode='step']) .map-frame {
      position: relative;
      height: auto;
      aspect-ratio: 16 / 9;
      max-height: 640px;
    }
    :host([mode='stepper']) .text,
    :host([mode='step']) .text {
      margin-top: 0;
    }
    :host([mode='stepper']) .legend,
    :host([mode='step']) .legend {
      top: 10px;
      bottom: auto;
    }
    story-stepper {
      position: absolute;
      left: 10px;
      top: 10px;
    }
    :host([mode='present']) story-stepper {
      left: auto;
      right: 24px;
      top: 24px;
    }
    .blackout {
      position: fixed;
      inset: 0;
      z-index: 10;
      background: #000;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (max-width: ${PHONE_MAX_WIDTH}px) {
      .notice {
        margin: 1rem;
      }
      .legend {
        top: 52px;
        bottom: auto;
        max-width: 55vw;
        font-size: 12px;
      }
      .motion {
        right: auto;
        left: 10px;
      }
    }
  `,
];
