// Finds a Chromium for the browser tests and prints its path: CHROME_PATH, then the usual
// places. Where there is none, on a Debian-like system as root it installs Debian's
// `chromium` package; elsewhere it stops with one line saying what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

/**
 * The flags every headless run here uses (tests and benchmarks): root in a container, no GPU,
 * nothing in the background, and no throttling of timers or rendering for a page not in front.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export function findChromium() {
  return candidates.find((path) => existsSync(path));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (debian && root) {
    console.error('esfomo-elements: no Chromium found; installing Debian\'s chromium package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'esfomo-elements: the tests need Chromium or Chrome: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
