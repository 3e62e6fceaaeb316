declare module '*.geojson?url' {
  const url: string;
  export default url;
}

/** A checked story (src/story/schema.ts `Story`), made by scripts/vite-story-plugin.ts. */
declare module 'virtual:ganzhou-story/*' {
  const story: unknown;
  export default story;
}

/** The URL of MapLibre's worker entry, built from MapLibre's source (scripts/maplibre-source-plugin.ts). */
declare module 'virtual:maplibre-worker-url' {
  const url: string;
  export default url;
}
