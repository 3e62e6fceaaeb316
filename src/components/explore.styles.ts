import {css, unsafeCSS} from 'lit';
import {PHONE_MAX_WIDTH, TEXT_COLUMN_INSET, TEXT_COLUMN_MAX_WIDTH, TEXT_COLUMN_SHARE} from '../camera/text-padding.ts';

/**
 * Explore mode's part of `<story-map>`'s shadow styles: the toggle in the reader's controls, the
 * offer after the last step, the toolbar over the map, and on the story's own page the map
 * covering the screen (`exploring="screen"`); inside a host page it stays in place (`in-place`).
 */
export const exploreStyles = css`
  .explore-toggle,
  .explore button,
  .explore summary,
  .explore-offer button {
    font: inherit;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid #1a5fb4;
    border-radius: 4px;
    background: #fff;
    color: #1a5fb4;
    cursor: pointer;
  }
  .explore-toggle {
    margin-left: 4px;
    white-space: nowrap;
  }
  :is(.explore-toggle, .explore button, .explore summary, .explore-offer button):focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 1px;
  }
  /* In the text column, as the page's CSS lays out its cards (page.css .story), with room below
     to scroll it into view: on phones, below the map. */
  .explore-offer {
    pointer-events: auto;
    box-sizing: border-box;
    max-width: ${unsafeCSS(TEXT_COLUMN_MAX_WIDTH)}px;
    max-width: min(${unsafeCSS(TEXT_COLUMN_MAX_WIDTH)}px, ${unsafeCSS(TEXT_COLUMN_SHARE * 100)}vw);
    margin: 0 ${unsafeCSS(TEXT_COLUMN_INSET)}px 50vh;
    padding: 1.25rem 1.5rem;
    background: var(--card, #fff);
    border-radius: 6px;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.14);
  }
  .explore-offer p {
    margin: 0 0 0.75rem;
  }
  .explore-offer button {
    min-height: 44px;
    font-size: 1rem;
    background: #1a5fb4;
    color: #fff;
  }
  .explore {
    position: absolute;
    z-index: 2;
    top: 10px;
    left: 10px;
    box-sizing: border-box;
    width: min(360px, calc(100% - 20px));
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: flex-start;
    padding: 8px;
    font: 14px/1.4 system-ui, sans-serif;
    color: #1f1f1f;
    background: rgba(255, 255, 255, 0.96);
    border-radius: 6px;
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.25);
  }
  .explore .back {
    min-height: 44px;
    background: #1a5fb4;
    color: #fff;
    font-weight: 600;
  }
  .explore .layers {
    position: relative;
  }
  .explore summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    box-sizing: border-box;
    list-style: none;
  }
  .explore summary::after {
    content: '▾';
    margin-left: 6px;
  }
  .explore fieldset {
    position: absolute;
    z-index: 2;
    top: calc(100% + 4px);
    left: 0;
    margin: 0;
    padding: 6px 10px;
    min-width: 10em;
    background: #fff;
    border: 1px solid #ccc;
    border-radius: 4px;
    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
  }
  .explore label {
    display: flex;
    gap: 8px;
    align-items: center;
    min-height: 36px;
  }
  .explore input[type='checkbox'] {
    width: 18px;
    height: 18px;
    margin: 0;
  }
  .explore story-finder {
    flex: 1 0 100%;
  }
  /* The story's own page: the map covers the screen, text and reading bar (both inert meanwhile).
     It stays sticky, in the page's flow: a fixed map would move the text, and the step with it. */
  :host([exploring='screen'][mode]) .map-frame {
    z-index: 5;
    height: 100vh;
    height: 100dvh;
  }
  /* The step's legend is not explore mode's: it shows every layer. */
  :host([exploring]) .legend {
    display: none;
  }
  :host([exploring]) story-place-card {
    z-index: 3;
  }
  :host([exploring='screen']) story-place-card {
    top: 10px;
    max-height: calc(100% - 60px);
  }
  /* Inside a host page, reading: under the reading bar and its motion switch, at the right. */
  :host([exploring='in-place'][mode='scroll']) .explore {
    top: 92px;
    left: auto;
    right: 10px;
  }
  :host([exploring='in-place'][mode='scroll']) .map-frame > story-place-card {
    top: auto;
    bottom: 40px;
  }
  /* The embedded stepper's buttons sit where the toolbar is; its way back replaces them. */
  :host([exploring][mode='stepper']) story-stepper {
    visibility: hidden;
  }
  :host([mode='present']) .explore {
    --finder-font-size: 22px;
    font-size: 22px;
    width: min(560px, 40vw);
  }
  /* A phone: the toolbar across the top, the card a sheet along the bottom. */
  @media (max-width: ${unsafeCSS(PHONE_MAX_WIDTH)}px) {
    /* The text moves up as much as the map grows, so it keeps its place on the page. */
    :host([exploring='screen'][mode='scroll']) .text {
      margin-top: -100vh;
      margin-top: -100dvh;
    }
    .explore-offer {
      max-width: none;
      margin: 0 12px 24px;
    }
    :host([exploring='screen']) .explore {
      top: 0;
      left: 0;
      width: 100%;
      border-radius: 0;
    }
    :host([exploring='screen']) story-place-card.sheet {
      top: auto;
      bottom: 0;
      left: 0;
      right: 0;
      width: auto;
      max-height: 45%;
      border-radius: 6px 6px 0 0;
    }
  }
`;
