import {css, unsafeCSS} from 'lit';
import {maplibreCss} from '../map/maplibre-css.ts';
import {exploreStyles} from './explore.styles.ts';
import {visuallyHidden} from './visually-hidden.styles.ts';
import {COMPACT_MAX_HEIGHT, MAP_STRIP, PHONE_MAX_WIDTH, SPLIT_MAP_SHARE, TEXT_COLUMN_INSET, TEXT_COLUMN_MAX_WIDTH, TEXT_COLUMN_SHARE} from '../camera/text-padding.ts';

/** The map's height in the split layout; `svh` (fixed, unlike `dvh`) so the address bar sliding does not resize it. */
const splitMapHeight = unsafeCSS(`${SPLIT_MAP_SHARE * 100}svh`);
const splitMapHeightFallback = unsafeCSS(`${SPLIT_MAP_SHARE * 100}vh`);

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
    /* The step's picture until the live map covers it, filling the map's free area (the step's
       subject is in its middle). */
    ::slotted(.map-poster) {
      position: absolute;
      top: 0;
      left: 0;
      width: 100%;
      height: 100%;
      object-fit: cover;
      pointer-events: none;
    }
    :host([mode='scroll']) ::slotted(.map-poster) {
      left: calc(${TEXT_COLUMN_INSET}px + min(${TEXT_COLUMN_MAX_WIDTH}px, ${TEXT_COLUMN_SHARE * 100}vw));
      width: calc(100% - ${TEXT_COLUMN_INSET}px - min(${TEXT_COLUMN_MAX_WIDTH}px, ${TEXT_COLUMN_SHARE * 100}vw));
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
      z-index: 2;
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
    /* The legend and the scale bar change size from step to step: they grow from their top-right
       corner (a right-to-left box starts there; the legend hangs up from its anchor by a transform),
       so their change moves no edge the reader reads as a jump (layout shift). */
    .legend {
      position: absolute;
      right: 10px;
      top: calc(100% - 64px);
      transform: translateY(-100%);
      direction: rtl;
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
    .legend > * {
      direction: ltr;
    }
    .maplibregl-ctrl-scale {
      direction: rtl;
      unicode-bidi: plaintext;
    }
    :host([mode='stepper']) .legend,
    :host([mode='step']) .legend {
      top: 10px;
      transform: none;
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
    /* Measures the small viewport height for the split layout's trigger line. */
    .svh-probe {
      position: fixed;
      top: 0;
      width: 0;
      height: 100vh;
      height: 100svh;
      visibility: hidden;
      pointer-events: none;
    }
    story-key {
      position: absolute;
      left: 10px;
    }
    /* Split layout: the key sits in the strip along the map's bottom edge and opens over the cards. */
    story-key.split {
      top: calc(${splitMapHeightFallback} - ${MAP_STRIP}px);
      top: calc(${splitMapHeight} - ${MAP_STRIP}px);
    }
    /* Column layout on a low screen: at the bottom left, over the text column; it opens upwards. */
    story-key.column {
      bottom: 0;
    }
    story-key .motion {
      position: static;
      padding: 0;
    }
    /* A place's card: at the map's top right, over the map; on phones a sheet over the cards, below the map. */
    story-place-card {
      position: absolute;
      z-index: 1;
      /* Below the reading bar and the motion switch. */
      top: 92px;
      right: 10px;
      width: min(340px, calc(100% - 20px));
      max-height: calc(100% - 150px);
      overflow: auto;
      border-radius: 6px;
    }
    /* Low: the place tapped is under the card's usual place. */
    story-place-card.low {
      top: auto;
      bottom: 40px;
    }
    story-place-card.split {
      top: calc(${splitMapHeightFallback} + 4px);
      top: calc(${splitMapHeight} + 4px);
      bottom: 0;
      left: 0;
      right: 0;
      width: auto;
      max-height: none;
    }
    :host([mode='stepper']) story-place-card,
    :host([mode='step']) story-place-card {
      top: 10px;
      max-height: calc(100% - 20px);
    }
    :host([mode='present']) story-place-card {
      --place-card-font-size: 22px;
      width: min(560px, 40vw);
    }
    /* Phones: the map on top, stacked above the cards that scroll up under it (decision 0008). */
    @media (max-width: ${PHONE_MAX_WIDTH}px) {
      .notice {
        margin: 1rem;
      }
      :host([mode='scroll']:not([map-unavailable])) .map-frame {
        z-index: 1;
        height: ${splitMapHeightFallback};
        height: ${splitMapHeight};
      }
      :host([mode='scroll']) ::slotted(.map-poster) {
        left: 0;
        width: 100%;
      }
      :host([mode='scroll']:not([map-unavailable])) .text {
        margin-top: calc(-1 * ${splitMapHeightFallback});
        margin-top: calc(-1 * ${splitMapHeight});
      }
    }
    /* Where the key button folds the legend, the credits button shares its strip and the scale bar
       sits just above, inside the fit's bottom margin. */
    @media (max-width: ${PHONE_MAX_WIDTH}px), (max-height: ${COMPACT_MAX_HEIGHT}px) {
      :host([mode='scroll']) .maplibregl-ctrl-bottom-right .maplibregl-ctrl {
        margin-top: 0;
        margin-bottom: 6px;
      }
      :host([mode='scroll']) .maplibregl-ctrl-bottom-right .maplibregl-ctrl-scale {
        margin-bottom: 2px;
        padding: 0 4px;
        font-size: 10px;
        line-height: 12px;
      }
    }
  `,
  exploreStyles,
  visuallyHidden,
];
