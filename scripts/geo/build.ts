/**
 * `npm run geo`: regenerates every layer in geo/ from the tables in geo/sources/ and npm packages.
 * The output is deterministic: running it twice gives byte-identical files.
 *
 * Options (for tests): `--sources DIR` (default geo/sources), `--out DIR` (default geo), `--quiet`.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import type {FeatureCollection} from 'geojson';
import {buildAdminLayers} from './admin.ts';
import {buildLand} from './land.ts';
import {buildCities, buildProjects, buildRivers} from './places.ts';
import {SourceDataError} from './source-error.ts';
import {buildExpressways, buildRailways} from './transport.ts';
import {formatFeatureCollection} from './write-geojson.ts';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const {values} = parseArgs({
  options: {
    sources: {type: 'string', default: `${root}/geo/sources`},
    out: {type: 'string', default: `${root}/geo`},
    quiet: {type: 'boolean', default: false},
  },
});
const sources = values.sources;
const out = values.out;

function write(name: string, collection: FeatureCollection): void {
  const text = formatFeatureCollection(collection);
  writeFileSync(`${out}/${name}.geojson`, text);
  if (values.quiet) return;
  const gzipped = gzipSync(text, {level: 9}).length;
  console.log(`geo/${name}.geojson  ${collection.features.length} features  ${(text.length / 1024).toFixed(1)} kB  ${(gzipped / 1024).toFixed(1)} kB gzip`);
}

try {
  mkdirSync(out, {recursive: true});
  // The hand-kept tables first: a mistake in them stops the build before the slow polygon work.
  const rivers = buildRivers(sources);
  const expressways = buildExpressways(sources);
  const {railways, stations} = buildRailways(sources);
  const cities = buildCities(sources);
  const admin = await buildAdminLayers(sources);
  const layers = {
    land: buildLand(admin.provinces),
    provinces: admin.provinces,
    ganzhou: admin.ganzhou,
    counties: admin.counties,
    rivers,
    expressways,
    railways,
    stations,
    cities,
    projects: buildProjects(sources, admin.counties),
  };
  for (const [name, collection] of Object.entries(layers)) write(name, collection);
} catch (error) {
  if (error instanceof SourceDataError) {
    console.error(`npm run geo: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
