/**
 * `npm run geo`: regenerates every layer in geo/ from the sources in geo/sources/ and npm packages.
 * The output is deterministic, so running it twice gives byte-identical files.
 */
import {writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import type {FeatureCollection} from 'geojson';
import {buildCounties} from './counties.ts';
import {SourceDataError} from './source-error.ts';
import {formatFeatureCollection} from './write-geojson.ts';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

function write(name: string, collection: FeatureCollection): void {
  const text = formatFeatureCollection(collection);
  writeFileSync(`${root}/geo/${name}.geojson`, text);
  const gzipped = gzipSync(text, {level: 9}).length;
  console.log(`geo/${name}.geojson  ${collection.features.length} features  ${(text.length / 1024).toFixed(1)} kB  ${(gzipped / 1024).toFixed(1)} kB gzip`);
}

try {
  write('counties', buildCounties(root));
} catch (error) {
  if (error instanceof SourceDataError) {
    console.error(`npm run geo: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
