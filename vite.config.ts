import {defineConfig} from 'vite';
import {preloadMapPlugin, storyPlugin} from './scripts/vite-story-plugin.ts';
import {chunkFileName, maplibreSourcePlugin} from './scripts/maplibre-source-plugin.ts';

export default defineConfig({
  plugins: [maplibreSourcePlugin(), storyPlugin(), preloadMapPlugin()],
  // The dev server serves MapLibre's published files as they are, not pre-bundled, so that its worker
  // stays the file `setWorkerUrl` points at (builds compile MapLibre's source: scripts/maplibre-source-plugin.ts).
  optimizeDeps: {exclude: ['maplibre-gl']},
  // Relative asset URLs: the built site works from any folder a newsroom deploys it to.
  base: './',
  build: {
    target: 'es2022',
    // geo/ layers stay files (fetched, cached, allowed by a strict CSP), never inlined data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    rolldownOptions: {
      input: {zh: 'index.html', en: 'en.html', embed: 'embed.html', embedEn: 'embed-en.html'},
      // MapLibre in files of its own: it changes less often than the story (browsers keep it
      // cached across story updates), and `npm run bench` can tell its work from ours by file.
      output: {chunkFileNames: chunkFileName('assets')},
    },
    // MapLibre alone is ~800 kB minified; the performance issue measures and budgets page weight.
    chunkSizeWarningLimit: 1500,
  },
  preview: {host: '127.0.0.1', port: 4173, strictPort: true},
  server: {host: '127.0.0.1'},
});
