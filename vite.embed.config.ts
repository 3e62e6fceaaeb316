import {defineConfig} from 'vite';
import {storyPlugin} from './scripts/vite-story-plugin.ts';
import {chunkFileName, maplibreSourcePlugin} from './scripts/maplibre-source-plugin.ts';

/**
 * The embeddable element as one ES module, dist/embed/story-map.js, for news pages:
 * `<script type="module" src=".../embed/story-map.js"></script>` then `<story-embed>`.
 * Relative base: its chunks, geo files and MapLibre worker load relative to the script.
 */
export default defineConfig({
  plugins: [maplibreSourcePlugin(), storyPlugin()],
  optimizeDeps: {exclude: ['maplibre-gl']},
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {'story-map': 'src/embed.ts'},
      output: {entryFileNames: '[name].js', chunkFileNames: chunkFileName('chunks'), assetFileNames: 'assets/[name]-[hash][extname]'},
    },
  },
});
