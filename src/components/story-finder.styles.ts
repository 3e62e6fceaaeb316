import {css} from 'lit';

/** `<story-finder>`'s shadow styles: a search box with its list of places dropping over what is below. */
export const storyFinderStyles = css`
  :host {
    display: block;
    font: var(--finder-font-size, 14px) / 1.4 system-ui, sans-serif;
    color: #1f1f1f;
  }
  label {
    display: block;
    margin-bottom: 4px;
    font-weight: 600;
  }
  .field {
    position: relative;
  }
  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 8px 10px;
    font: inherit;
    color: inherit;
    background: #fff;
    border: 1px solid #8a8a8a;
    border-radius: 6px;
    transition: border-color 0.15s;
  }
  input::placeholder {
    color: #6b6b6b;
  }
  input:focus-visible {
    border-color: #1a5fb4;
    outline: 3px solid #1a5fb4;
    outline-offset: 1px;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 1;
    top: calc(100% + 4px);
    left: 0;
    right: 0;
    box-sizing: border-box;
    max-height: 50vh;
    margin: 0;
    padding: 4px 0;
    overflow: auto;
    overscroll-behavior: contain;
    list-style: none;
    background: #fff;
    border: 1px solid #8a8a8a;
    border-radius: 6px;
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    flex-direction: column;
    justify-content: center;
    box-sizing: border-box;
    min-height: 44px;
    padding: 4px 12px;
    overflow-wrap: anywhere;
    cursor: pointer;
    transition: background-color 0.1s;
  }
  /* Marked by a bar as well as the background, so it shows without colour vision. */
  [role='option'][aria-selected='true'] {
    background: #e1ebf9;
    box-shadow: inset 4px 0 0 #1a5fb4;
  }
  .name {
    font-weight: 600;
  }
  .meta {
    font-size: 0.85em;
    color: #555;
  }
  @media (prefers-reduced-motion: reduce) {
    input,
    [role='option'] {
      transition: none;
    }
  }
  /* Forced colours drop backgrounds and shadows: an outline marks the active option instead. */
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
