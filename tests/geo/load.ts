import {readFileSync} from 'node:fs';
import type {FeatureCollection} from 'geojson';

/** Reads a generated layer from geo/. */
export function readLayer<T extends FeatureCollection>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../geo/${name}.geojson`, import.meta.url), 'utf8')) as T;
}

/** Reads a generated layer's raw text, for checks on its encoding. */
export function readLayerText(name: string): string {
  return readFileSync(new URL(`../../geo/${name}.geojson`, import.meta.url), 'utf8');
}
