// Builds the Jekyll test site (test/jekyll-site, al-folio's layout, using jekyll/_includes) into
// test/jekyll-site/_site, where the browser tests open it (test/jekyll.test.ts). The site is
// built for the test server: under its build folder, loading the bundle in dist/cdn.
//
// Needs Jekyll: where it is missing, on a Debian-like system as root it installs Debian's
// `jekyll` package; elsewhere it stops with one line saying what to install.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = 'test/jekyll-site';

function hasJekyll() {
  return spawnSync('jekyll', ['--version'], { stdio: 'ignore' }).status === 0;
}

export function ensureJekyll() {
  if (hasJekyll()) return;
  const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (debian && isRoot) {
    console.error("esfomo-elements: no Jekyll found; installing Debian's jekyll package…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'jekyll'], { stdio: 'inherit', env });
    if (hasJekyll()) return;
  }
  console.error(
    'esfomo-elements: the Jekyll test needs Jekyll 4: install it (Debian/Ubuntu: apt-get install jekyll; elsewhere: gem install jekyll).',
  );
  process.exit(1);
}

export function buildSite() {
  ensureJekyll();
  const result = spawnSync(
    'jekyll',
    [
      'build',
      '--source', site,
      '--destination', `${site}/_site`,
      '--config', `${site}/_config.yml,${site}/_config.test.yml`,
      '--disable-disk-cache',
      '--strict-front-matter',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  // A warning (a missing layout, a bad include) is a failure too: the site must build cleanly.
  if (result.status !== 0 || /warning|error|exception/i.test(output)) {
    process.stderr.write(output);
    console.error(`esfomo-elements: the Jekyll test site did not build cleanly (${site}).`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const start = performance.now();
  buildSite();
  console.log(`Jekyll test site built in ${((performance.now() - start) / 1000).toFixed(1)} s: ${site}/_site`);
}
