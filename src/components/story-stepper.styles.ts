import {css} from 'lit';

export const storyStepperStyles = css`
  :host {
    display: block;
  }
  nav {
    display: flex;
    gap: 8px;
    align-items: center;
    padding: 4px 8px;
    font: 14px/1.3 system-ui, sans-serif;
    color: #222;
    background: rgba(255, 255, 255, 0.94);
    border-radius: 4px;
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.2);
  }
  button {
    font: inherit;
    min-height: 36px;
    padding: 4px 12px;
    border: 1px solid #999;
    border-radius: 4px;
    background: #fff;
    color: #222;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid #1a5fb4;
  }
  .present-counter {
    margin: 0;
    padding: 4px 14px;
    font: 600 24px/1.3 system-ui, sans-serif;
    font-variant-numeric: tabular-nums;
    color: #fff;
    background: rgba(0, 0, 0, 0.72);
    border-radius: 4px;
  }
`;
