import landUrl from '../../geo/land.geojson?url';
import provincesUrl from '../../geo/provinces.geojson?url';
import ganzhouUrl from '../../geo/ganzhou.geojson?url';
import countiesUrl from '../../geo/counties.geojson?url';
import riversUrl from '../../geo/rivers.geojson?url';
import expresswaysUrl from '../../geo/expressways.geojson?url';
import railwaysUrl from '../../geo/railways.geojson?url';
import stationsUrl from '../../geo/stations.geojson?url';
import citiesUrl from '../../geo/cities.geojson?url';
import projectsUrl from '../../geo/projects.geojson?url';
import type {GeoLayers, LayerName} from '../geo/layers.ts';
import {LAYER_NAMES} from '../geo/layers.ts';

/** The built asset URL of each layer: the build's own files, same origin as the script. */
const LAYER_URLS: Record<LayerName, string> = {
  land: landUrl,
  provinces: provincesUrl,
  ganzhou: ganzhouUrl,
  counties: countiesUrl,
  rivers: riversUrl,
  expressways: expresswaysUrl,
  railways: railwaysUrl,
  stations: stationsUrl,
  cities: citiesUrl,
  projects: projectsUrl,
};

/** A data file could not be loaded; the message names the file and what to do. */
export class DataLoadError extends Error {
  override name = 'DataLoadError';
  constructor(
    readonly url: string,
    problem: string,
  ) {
    super(`${url}: ${problem}`);
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataLoadError(url, `could not be fetched (${error instanceof Error ? error.message : String(error)}). Check the network or that the site is served.`);
  }
  if (!response.ok) throw new DataLoadError(url, `the server answered ${response.status}. Check that the file was deployed with the build.`);
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) {
    throw new DataLoadError(url, 'the server sent an HTML page instead of GeoJSON (a wrong path or a rewrite rule). Serve the file as it is in dist/.');
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new DataLoadError(url, 'is not valid JSON (truncated or the wrong file). Rebuild with `npm run build` and deploy the whole dist/ folder again.');
  }
}

/** Loads geo/ layers (by default all of them), in parallel. */
export async function loadGeoLayers(names: readonly LayerName[] = LAYER_NAMES): Promise<Partial<GeoLayers>> {
  const collections = await Promise.all(names.map((name) => fetchJson<GeoLayers[typeof name]>(LAYER_URLS[name])));
  return Object.fromEntries(names.map((name, index) => [name, collections[index]])) as Partial<GeoLayers>;
}
