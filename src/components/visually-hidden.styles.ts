import {css} from 'lit';

/** Hidden on screen, read by screen readers: live regions and legends of the story's elements. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
