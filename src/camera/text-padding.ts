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
