import type {StoryMode} from '../story/names.ts';

/** Pixels on each side of the map that a fit must keep its target out of. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Viewports this wide or narrower read in the split layout: the map on top, the cards below it. */
export const PHONE_MAX_WIDTH = 600;
/** Viewports this low or lower (landscape phones) keep the column but fold the legend into a key button, as phones do. */
export const COMPACT_MAX_HEIGHT = 500;
/** Share of the small viewport height (`svh`) the map takes in the split layout. */
export const SPLIT_MAP_SHARE = 0.56;
/** Height of the strip along the map's bottom edge with the key button, km counter and credits button. */
export const MAP_STRIP = 36;
/**
 * Room at the sides of a phone's map for half a place name centred under a point at the target's
 * edge (six CJK characters at 12 px); a 5 % margin there would cut the name off.
 */
const LABEL_ROOM = 40;
/** Space kept between a fitted target and the map's bottom controls, where the legend is folded. */
const CONTROLS_GAP = 6;
/** The text column on wider screens and its distance from the left edge, as in the page's CSS. */
export const TEXT_COLUMN_MAX_WIDTH = 440;
export const TEXT_COLUMN_INSET = 32;
/** The column's largest share of the viewport's width, as in the page's CSS (`min(440px, 40vw)`). */
export const TEXT_COLUMN_SHARE = 0.4;
/** Height of the progress bar and its controls across the top of the map. */
export const TOP_CHROME = 56;

/**
 * Padding that keeps a fitted target clear of the story text and the controls in reading mode:
 * right of the text column (as laid out, when measured), or, in the split layout, inside the map
 * on top of the screen, under the progress bar and above the map's bottom strip.
 *
 * @example paddingForText({width: 1280, height: 800}) // → {top: 96, right: 40, bottom: 40, left: 512}
 * @example paddingForText({width: 390, height: 844}, {layout: 'split', mapFrame: {width: 390, height: 473}}) // → {top: 76, right: 40, bottom: 56, left: 40}
 */
export function paddingForText(viewport: {width: number; height: number}, frames: ScreenFrames = {}): Padding {
  if (frames.layout === 'split') {
    const map = frames.mapFrame ?? {width: viewport.width, height: viewport.height * SPLIT_MAP_SHARE};
    const margin = Math.round(Math.min(map.width, map.height) * 0.05);
    const side = Math.max(margin, LABEL_ROOM);
    return {top: TOP_CHROME + margin, right: side, bottom: stripBottom(margin, frames), left: side};
  }
  const margin = Math.round(Math.min(viewport.width, viewport.height) * 0.05);
  const textRight = frames.textRight ?? TEXT_COLUMN_INSET + Math.min(TEXT_COLUMN_MAX_WIDTH, viewport.width * TEXT_COLUMN_SHARE);
  return {top: TOP_CHROME + margin, right: margin, bottom: frames.compactKey ? stripBottom(margin, frames) : margin, left: Math.round(textRight) + margin};
}

/** Where the legend is folded, targets stay above the strip and the scale bar and credits over it. */
function stripBottom(margin: number, frames: ScreenFrames): number {
  return Math.max(MAP_STRIP + margin, Math.round(frames.bottomControls ?? 0) + CONTROLS_GAP);
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

/** Where the reading text sits: a column over the left of a full-screen map, or below a map on top (phones). */
export type ReadingLayout = 'column' | 'split';

/** What the element measured on screen that a fit must keep clear of. */
export interface ScreenFrames {
  /** Reading layout; `column` when absent. */
  layout?: ReadingLayout;
  /** Whether the legend is folded into the key button in the map's bottom strip. */
  compactKey?: boolean;
  /** Width of the legend box on the map (at the right); 0 or absent when there is none. */
  legendWidth?: number;
  /** Right edge of the text column, as laid out, in the column layout. */
  textRight?: number;
  /** Height of the map's bottom-right controls (scale bar over the credits, which may run to two lines). */
  bottomControls?: number;
  /** Size of the map's own frame, in the embedded modes. */
  mapFrame?: {width: number; height: number};
}

/** Space kept between a fitted target and the legend. */
const LEGEND_GAP = 24;

/**
 * The padding of a step's fit in a display mode: clear of the text (a column, the cards below a
 * phone's map, the briefing panel, or an even margin in an embed whose text sits below the map)
 * and of a legend on the map's right (phones fold theirs into the key button).
 *
 * @example paddingFor('scroll', {width: 1280, height: 800}, {legendWidth: 200}) // → {top: 96, right: 224, bottom: 40, left: 512}
 */
export function paddingFor(mode: StoryMode, viewport: {width: number; height: number}, frames: ScreenFrames = {}): Padding {
  const padding = textPaddingFor(mode, viewport, frames);
  const legend = frames.legendWidth ?? 0;
  if (legend > 0) padding.right = Math.max(padding.right, Math.round(legend) + LEGEND_GAP);
  return padding;
}

function textPaddingFor(mode: StoryMode, viewport: {width: number; height: number}, frames: ScreenFrames): Padding {
  switch (mode) {
    case 'scroll':
      return paddingForText(viewport, frames);
    case 'present':
      return presentPadding(viewport);
    case 'stepper':
    case 'step': {
      const margin = Math.round(Math.min(frames.mapFrame?.width ?? 640, frames.mapFrame?.height ?? 360) * 0.06);
      return {top: margin, right: margin, bottom: margin + 24, left: margin};
    }
  }
}
