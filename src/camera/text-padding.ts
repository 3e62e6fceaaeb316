import type {StoryMode} from '../story/names.ts';

/** Pixels on each side of the map that a fit must keep its target out of. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Viewports this wide or narrower show the text as cards over the lower map. */
export const PHONE_MAX_WIDTH = 600;
/** The text column on wider screens and its distance from the left edge, as in the page's CSS. */
export const TEXT_COLUMN_MAX_WIDTH = 440;
export const TEXT_COLUMN_INSET = 32;
/** Height of the progress bar and its controls across the top of the map. */
export const TOP_CHROME = 56;

/**
 * Padding that keeps a fitted target clear of the story text and the controls: the column on
 * the left on desktops and projectors, the cards over the lower part of the map on phones.
 *
 * @example paddingForText({width: 1280, height: 800}) // → {top: 96, right: 40, bottom: 40, left: 512}
 */
export function paddingForText(viewport: {width: number; height: number}): Padding {
  const margin = Math.round(Math.min(viewport.width, viewport.height) * 0.05);
  if (viewport.width <= PHONE_MAX_WIDTH) {
    return {top: TOP_CHROME + margin, right: margin, bottom: Math.round(viewport.height * 0.45), left: margin};
  }
  const column = Math.min(TEXT_COLUMN_MAX_WIDTH, Math.round(viewport.width * 0.4));
  return {top: TOP_CHROME + margin, right: margin, bottom: margin, left: TEXT_COLUMN_INSET + column + margin};
}

/** The largest 16:9 box centred in the viewport: what a projector shows whatever the screen. */
export function safeArea16x9(viewport: {width: number; height: number}): {x: number; y: number; width: number; height: number} {
  const width = Math.min(viewport.width, (viewport.height * 16) / 9);
  const height = Math.min(viewport.height, (viewport.width * 9) / 16);
  return {x: (viewport.width - width) / 2, y: (viewport.height - height) / 2, width, height};
}

/** Share of the 16:9 safe area the briefing text panel takes on the left. */
export const PRESENT_PANEL_SHARE = 0.38;

/**
 * Padding for briefing mode: targets sit in the 16:9 safe area, right of the text panel.
 *
 * @example presentPadding({width: 1920, height: 1080}) // → {top: 54, right: 54, bottom: 54, left: 784}
 */
export function presentPadding(viewport: {width: number; height: number}): Padding {
  const safe = safeArea16x9(viewport);
  const margin = Math.round(safe.height * 0.05);
  return {
    top: Math.round(safe.y) + margin,
    right: Math.round(viewport.width - safe.x - safe.width) + margin,
    bottom: Math.round(viewport.height - safe.y - safe.height) + margin,
    left: Math.round(safe.x + safe.width * PRESENT_PANEL_SHARE) + margin,
  };
}

/** What the element measured on screen that a fit must keep clear of. */
export interface ScreenFrames {
  /** Width of the legend box; 0 or absent when there is none. */
  legendWidth?: number;
  /** Size of the map's own frame, in the embedded modes. */
  mapFrame?: {width: number; height: number};
}

/** Space kept between a fitted target and the legend. */
const LEGEND_GAP = 24;

/**
 * The padding of a step's fit in a display mode: clear of the text (a column, the cards, the
 * briefing panel, or an even margin in an embed whose text sits below the map) and of the legend,
 * which sits at the right except on phones, where it is over the cards' space.
 *
 * @example paddingFor('scroll', {width: 1280, height: 800}, {legendWidth: 200}) // → {top: 96, right: 224, bottom: 40, left: 512}
 */
export function paddingFor(mode: StoryMode, viewport: {width: number; height: number}, frames: ScreenFrames = {}): Padding {
  const padding = textPaddingFor(mode, viewport, frames.mapFrame);
  const legend = frames.legendWidth ?? 0;
  if (legend > 0 && (mode !== 'scroll' || viewport.width > PHONE_MAX_WIDTH)) padding.right = Math.max(padding.right, Math.round(legend) + LEGEND_GAP);
  return padding;
}

function textPaddingFor(mode: StoryMode, viewport: {width: number; height: number}, mapFrame: {width: number; height: number} | undefined): Padding {
  switch (mode) {
    case 'scroll':
      return paddingForText(viewport);
    case 'present':
      return presentPadding(viewport);
    case 'stepper':
    case 'step': {
      const margin = Math.round(Math.min(mapFrame?.width ?? 640, mapFrame?.height ?? 360) * 0.06);
      return {top: margin, right: margin, bottom: margin + 24, left: margin};
    }
  }
}
