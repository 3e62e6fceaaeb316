import {defineConfig} from 'vite';
import {storyPlugin} from '../scripts/vite-story-plugin.ts';

/** Builds the benchmark's bare-MapLibre baseline into dist-bench/baseline. */
export default defineConfig({
  root: 'bench/baseline',
  base: './',
  plugins: [storyPlugin()],
  optimizeDeps: {exclude: ['maplibre-gl']},
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: '../../dist-bench/baseline',
    emptyOutDir: true,
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    chunkSizeWarningLimit: 1500,
  },
});
