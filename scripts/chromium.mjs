// The Chromium of the browser tests and the benchmark: its path (CHROME_PATH, then the usual
// places; found, or installed on Debian as root, by scripts/system-packages.mjs) and the flags
// every headless run here uses. `node scripts/chromium.mjs` prints the path.
import { ensure, find } from './system-packages.mjs';

/**
 * The flags every headless run here uses (tests and benchmarks): root in a container, no GPU,
 * nothing in the background, no throttling of timers or rendering for a page not in front, and
 * `gc()` with exact heap sizes.
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
  // gc() and exact heap sizes, for the lifecycle test's leak check (harmless elsewhere).
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

export const findChromium = () => find('chromium');

export const ensureChromium = () => ensure('chromium');

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
