import countiesUrl from '../../geo/counties.geojson?url';
import type {GeoLayers} from '../geo/layers.ts';

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
  try {
    return (await response.json()) as T;
  } catch {
    throw new DataLoadError(url, 'is not valid JSON (truncated or wrong file). Rebuild with `npm run build` and deploy again.');
  }
}

/** Loads every geo/ layer the map draws. The URLs are the build's own assets, same origin as the script. */
export async function loadGeoLayers(): Promise<GeoLayers> {
  const counties = await fetchJson<GeoLayers['counties']>(countiesUrl);
  return {counties};
}
