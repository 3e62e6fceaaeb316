import {existsSync} from 'node:fs';

/** The Chromium the browser tests drive: $CHROMIUM_PATH if set, else Debian's package. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}
