/** The User Timing mark set when MapLibre's code has run, for `npm run bench` and DevTools: the story text must paint before it. */
export const MAP_CODE_MARK = 'story-map:map-code';
