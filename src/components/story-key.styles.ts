import {css, unsafeCSS} from 'lit';
import {palette} from '../map/palette.ts';
import {MAP_STRIP} from '../camera/text-padding.ts';

/** `<story-key>`'s shadow styles: a button in the map's bottom strip, its panel over the text. */
export const storyKeyStyles = css`
  :host {
    display: block;
    font: 13px/1.4 system-ui, sans-serif;
    color: #222;
  }
  .strip {
    display: flex;
    align-items: center;
    gap: 8px;
    height: ${MAP_STRIP}px;
  }
  button {
    min-height: 28px;
    padding: 2px 10px;
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: rgba(255, 255, 255, 0.94);
    border: 1px solid #8a8a8a;
    border-radius: 14px;
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18);
    cursor: pointer;
  }
  button::after {
    content: '';
    display: inline-block;
    margin-left: 6px;
    vertical-align: 2px;
    border: 4px solid transparent;
    border-top-color: currentColor;
    border-bottom-width: 0;
  }
  :host([opens='up']) button::after,
  :host([open]:not([opens='up'])) button::after {
    border-top-width: 0;
    border-top-color: transparent;
    border-bottom: 4px solid currentColor;
  }
  :host([open][opens='up']) button::after {
    border-bottom-width: 0;
    border-top: 4px solid currentColor;
  }
  button:focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 1px;
  }
  .counter {
    padding: 2px 8px;
    border-radius: 4px;
    background: rgba(255, 255, 255, 0.94);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: ${unsafeCSS(palette.accent)};
  }
  .panel {
    position: absolute;
    left: 0;
    width: max-content;
    max-width: min(320px, calc(100vw - 20px));
    max-height: 40vh;
    overflow: auto;
    padding: 8px 10px;
    background: #fff;
    border-radius: 4px;
    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.3);
  }
  :host(:not([opens='up'])) .panel {
    top: calc(100% + 6px);
  }
  :host([opens='up']) .panel {
    bottom: calc(100% + 6px);
  }
  .panel[hidden] {
    display: none;
  }
  ::slotted(*) {
    margin-top: 8px;
  }
`;
