// The programs the tests need from the system, in one place: Chromium (the browser tests) and
// Jekyll (the Jekyll test site). `ensure(name)` finds one and returns its path; where one is
// missing, on Debian or Ubuntu as root it installs every missing package at once (one
// `apt-get update`, one `apt-get install`), so that `npm test` sets up a fresh machine by itself;
// elsewhere it stops with one line per missing program saying what to install.
//
// `node scripts/system-packages.mjs` does that for every package and prints what it found.
import { accessSync, constants, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

/**
 * Each program: where it may be (`CHROME_PATH` first), the names to look for on the PATH, the
 * Debian package that has it, and the line to print where it is missing and cannot be installed.
 */
export const PACKAGES = {
  chromium: {
    paths: () => [
      process.env.CHROME_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    debian: 'chromium',
    missing:
      'the tests need Chromium or Chrome: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.',
  },
  jekyll: {
    paths: () => [],
    commands: ['jekyll'],
    debian: 'jekyll',
    missing: 'the Jekyll test needs Jekyll 4: install it (Debian/Ubuntu: apt-get install jekyll; elsewhere: gem install jekyll).',
  },
};

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where the program `name` (a key of `packages`) is, or undefined. */
export function find(name, packages = PACKAGES) {
  const { paths, commands } = packages[name];
  const found = paths().find((path) => path && existsSync(path));
  if (found) return found;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of commands) {
    for (const dir of dirs) {
      const path = join(dir, command);
      if (executable(path)) return path;
    }
  }
  return undefined;
}

const canInstall = () =>
  existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get') && typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Installs, in one `apt-get update` and one `apt-get install`, Debian's packages for every
 * program of `names` that is missing, where that is possible; returns the packages it installed.
 */
export function install(names, { packages = PACKAGES, allowed = canInstall(), run = execFileSync } = {}) {
  const missing = names.filter((name) => !find(name, packages));
  if (missing.length === 0 || !allowed) return [];
  const debian = missing.map((name) => packages[name].debian);
  console.error(`esfomo-elements: installing Debian's ${debian.join(' and ')} (missing)…`);
  // apt-get's output goes to stderr: a script's stdout may be a path someone reads.
  const options = { stdio: ['ignore', 2, 2], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  run('apt-get', ['update', '-qq'], options);
  run('apt-get', ['install', '-y', '-qq', ...debian], options);
  return debian;
}

/**
 * The path of the program `name`. Where it is missing, every missing program of PACKAGES is
 * installed in the same run (on Debian as root); where it still is, this stops the process
 * with the line saying what to install.
 */
export function ensure(name) {
  const found = find(name);
  if (found) return found;
  install(Object.keys(PACKAGES));
  const installed = find(name);
  if (installed) return installed;
  console.error(`esfomo-elements: ${PACKAGES[name].missing}`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = Object.keys(PACKAGES);
  install(names);
  const missing = names.filter((name) => !find(name));
  for (const name of missing) console.error(`esfomo-elements: ${PACKAGES[name].missing}`);
  for (const name of names) if (!missing.includes(name)) console.log(`${name}: ${find(name)}`);
  if (missing.length > 0) process.exit(1);
}
