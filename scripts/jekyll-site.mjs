// Builds the Jekyll test site (test/jekyll-site, al-folio's layout, using jekyll/_includes) into
// test/jekyll-site/_site, where the browser tests open it (test/jekyll.test.ts). The site is
// built for the test server: under its build folder, loading the bundle in dist/cdn.
//
// Needs Jekyll: scripts/system-packages.mjs finds it, or installs Debian's `jekyll` package on
// Debian as root, or stops with one line saying what to install.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensure } from './system-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = 'test/jekyll-site';

export function buildSite() {
  const jekyll = ensure('jekyll');
  const result = spawnSync(
    jekyll,
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
