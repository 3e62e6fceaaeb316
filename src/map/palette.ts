/**
 * The embedded style's colours: a quiet base, so that one accent per step can carry the story.
 * Tests read these to check what the canvas shows.
 */
export const palette = {
  background: '#eef0f2',
  countyFill: '#efe6d2',
  countyBorder: '#a39a88',
  labelText: '#3a3935',
  labelHalo: '#ffffff',
} as const;
