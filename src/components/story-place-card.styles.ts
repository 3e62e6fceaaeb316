import {css} from 'lit';

/** `<story-place-card>`'s shadow styles: a card of facts, sized by its container. */
export const storyPlaceCardStyles = css`
  :host {
    display: block;
    font: var(--place-card-font-size, 14px) / 1.5 system-ui, sans-serif;
    color: #1f1f1f;
  }
  .card {
    position: relative;
    box-sizing: border-box;
    padding: 12px 14px;
    background: #fff;
    border-radius: 6px;
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3);
  }
  h2 {
    margin: 0 32px 0 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    margin: 10px 0 2px;
    font-size: 1em;
  }
  p,
  ul,
  dl {
    margin: 4px 0;
  }
  .other,
  .kind,
  .source {
    color: #555;
  }
  .source {
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .caveat {
    padding: 2px 6px;
    border-left: 3px solid #8a5a00;
    background: #fff8e6;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 10px;
  }
  dt {
    color: #555;
  }
  dd {
    margin: 0;
  }
  ul {
    padding-left: 1.2em;
  }
  a {
    color: #1a5fb4;
  }
  .close {
    position: absolute;
    top: 6px;
    right: 6px;
    width: 32px;
    height: 32px;
    font: inherit;
    font-size: 20px;
    line-height: 1;
    background: transparent;
    border: 0;
    border-radius: 4px;
    cursor: pointer;
  }
  .close:focus-visible,
  a:focus-visible {
    outline: 3px solid #1a5fb4;
  }
`;
