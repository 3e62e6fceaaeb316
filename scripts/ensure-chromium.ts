/**
 * Makes sure the browser tests have a Chromium and a CJK font. Prints the browser's path.
 * Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium; if neither exists and we are root
 * with apt-get, installs Debian's `chromium` and `fonts-noto-cjk`; otherwise stops with one line.
 */
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {findChromium} from './browser/chromium.ts';

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], {encoding: 'utf8'}).trim() !== '';
  } catch {
    return false;
  }
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
const missing = [findChromium() ? undefined : 'chromium', hasCjkFont() ? undefined : 'fonts-noto-cjk'].filter(
  (name): name is string => name !== undefined,
);

if (missing.length > 0) {
  if (!canApt) {
    console.error(
      `Browser tests need ${missing.join(' and ')}: install Debian's packages (apt-get install ${missing.join(' ')}) or set CHROMIUM_PATH to an existing Chromium.`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get …`);
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit'});
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  });
}

const browser = findChromium();
if (!browser) {
  console.error('Chromium is still missing after the install: set CHROMIUM_PATH to an existing Chromium.');
  process.exit(1);
}
console.log(`Browser tests use ${browser}`);
