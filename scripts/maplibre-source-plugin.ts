import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {transformWithOxc, type Plugin, type Rolldown} from 'vite';

/** Imported by src/map/create-map.ts: the URL of MapLibre's worker, built by this plugin. */
const WORKER_URL_ID = 'virtual:maplibre-worker-url';
const RESOLVED_WORKER_URL_ID = '\0' + WORKER_URL_ID;

const mapLibreSource = fileURLToPath(new URL('../node_modules/maplibre-gl/src/', import.meta.url));
const mapLibreEntry = mapLibreSource + 'index.ts';
const workerEntry = mapLibreSource + 'source/worker.ts';

/**
 * In production builds, builds MapLibre from the TypeScript source its npm package ships, with
 * its worker as a second entry of the same build. MapLibre's published bundles repeat in the
 * worker file the code both threads run (style expressions, tile layout, struct arrays); built
 * together, that code is one chunk that the page and the worker both import, and the browser
 * downloads it once. About a quarter less MapLibre to download
 * (docs/decisions/0004-maplibre-from-source.md).
 */
export function maplibreSourcePlugin(): Plugin {
  let isBuild = false;
  return {
    name: 'ganzhou-maplibre-source',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      if (!isBuild) return;
      for (const file of [mapLibreEntry, workerEntry]) {
        if (!existsSync(file)) {
          this.error(`${file} is missing: this build compiles MapLibre from the source its npm package ships. Run \`npm ci\`; if the installed maplibre-gl no longer ships src/, see docs/decisions/0004-maplibre-from-source.md.`);
        }
      }
    },
    resolveId(id) {
      if (id === 'maplibre-gl' && isBuild) return mapLibreEntry;
      if (id === WORKER_URL_ID) return RESOLVED_WORKER_URL_ID;
      return null;
    },
    load(id) {
      if (id !== RESOLVED_WORKER_URL_ID) return null;
      // The dev server serves MapLibre's published bundles: their CommonJS dependencies are
      // already bundled, and bytes do not matter there.
      if (!isBuild) return `export {default} from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';`;
      const reference = this.emitFile({type: 'chunk', id: workerEntry, name: 'maplibre-worker'});
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    async transform(code, id) {
      if (!id.startsWith(mapLibreSource) || !id.endsWith('.ts')) return null;
      // MapLibre is written for TypeScript's `useDefineForClassFields: false`: a field declared
      // without a value (`int16: Int16Array;`) must not reset, after `super()`, what the base
      // constructor set. Standard class fields would, and the map would fail on its first buffer.
      const result = await transformWithOxc(code, id, {
        lang: 'ts',
        typescript: {removeClassFieldsWithoutInitializer: true},
        assumptions: {setPublicClassFields: true},
      });
      return {code: result.code, map: result.map};
    },
  };
}

/**
 * File names for MapLibre's chunks: `maplibre` (the page's part, with our small create-map
 * module), `maplibre-worker` (the worker's part) and `maplibre-shared` (what both run).
 * `npm run bench` tells MapLibre's work from ours by these names.
 */
export function chunkFileName(folder: string): (chunk: Rolldown.PreRenderedChunk) => string {
  return (chunk) => `${folder}/${mapLibreChunkName(chunk.moduleIds) ?? '[name]'}-[hash].js`;
}

/** Whether a chunk holds MapLibre's code (its page, shared or worker part). */
export function isMapLibreChunk(moduleIds: string[]): boolean {
  return mapLibreChunkName(moduleIds) !== undefined;
}

function mapLibreChunkName(moduleIds: string[]): string | undefined {
  if (moduleIds.includes(mapLibreEntry)) return 'maplibre';
  if (moduleIds.includes(workerEntry)) return 'maplibre-worker';
  if (moduleIds.some((id) => id.startsWith(mapLibreSource))) return 'maplibre-shared';
  return undefined;
}
