/**
 * The embedded style's colours: a quiet base, so that one accent per step can carry the story.
 * Tests read these to check what the canvas shows.
 */
export const palette = {
  water: '#dae3ea',
  land: '#f3f1ec',
  provinceFill: '#eeebe4',
  provinceBorder: '#b8b2a6',
  countyFill: '#efe6d2',
  countyBorder: '#a39a88',
  prefectureBorder: '#6b5f4b',
  river: '#8fb3cc',
  expressway: '#d8a657',
  expresswayCasing: '#ffffff',
  railway: '#2f2f2f',
  station: '#ffffff',
  city: '#3a3935',
  labelText: '#3a3935',
  labelHalo: '#ffffff',
  /** The one accent: what the step's text talks about. */
  accent: '#c0392b',
  accentFill: '#f1c6b8',
  /** The outline of what a click would open, under the mouse: not the accent, which means "the story's subject". */
  hover: '#1a5fb4',
  project: {
    power: '#8e44ad',
    water: '#1f77b4',
    industry: '#d35400',
    transport: '#7f8c8d',
    village: '#27ae60',
    school: '#2c7a7b',
    park: '#16a085',
    site: '#7f8c8d',
  },
} as const;
