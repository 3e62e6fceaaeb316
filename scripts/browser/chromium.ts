import {existsSync} from 'node:fs';
import {chromium} from 'playwright-core';
import type {Browser} from 'playwright-core';

/** The Chromium the browser tests, snapshots, handout and bench drive: $CHROMIUM_PATH if set, else Debian's package. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
/** WebGL 2 in software: MapLibre renders correctly on machines without a GPU. */
const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

export async function launchChromium(options: {webgl?: boolean; args?: string[]} = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `npm run test:browser`, which installs it, or set CHROMIUM_PATH.');
  return chromium.launch({executablePath, args: [...BASE_ARGS, ...(options.webgl === false ? NO_WEBGL_ARGS : WEBGL_ARGS), ...(options.args ?? [])]});
}
