// Builds the Jekyll test site (test/jekyll-site, al-folio's layout, using jekyll/_includes) into
// test/jekyll-site/_site, where the browser tests open it (test/jekyll.test.ts). The site is
// built for the test server: under its build folder, loading the bundle in dist/cdn. Then the
// step the README gives al-folio's workflow, `esfomo-elements prerender`, runs over a copy of it,
// test/jekyll-site/_prerendered (test/jekyll-prerender.test.ts): the built site's pages are kept
// as Jekyll wrote them, for the tests of the client rendering. Run `npm run build` first (npm
// test does): the prerender is dist/node's.
//
// Needs Jekyll: scripts/system-packages.mjs finds it, or installs Debian's `jekyll` package on
// Debian as root, or stops with one line saying what to install.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensure } from './system-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = 'test/jekyll-site';

/** Builds the site into `destination` (default: its _site folder). */
export function buildSite(destination = `${site}/_site`) {
  const jekyll = ensure('jekyll');
  const result = spawnSync(
    jekyll,
    [
      'build',
      '--source',
      site,
      '--destination',
      destination,
      '--config',
      `${site}/_config.yml,${site}/_config.test.yml`,
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

/**
 * The built site, copied and prerendered as a deployment would (`npx esfomo-elements prerender
 * _site`). The site's addresses start with its baseurl (/test/jekyll-site/_site/…), so the
 * worktree is the root the feeds are read from. Every element must be rendered: one left for
 * the browser is a failure (warnings are not: the call page's feed file has YAML's bare times,
 * which the browser skips too).
 */
export function prerenderSite() {
  const out = `${site}/_prerendered`;
  rmSync(`${root}/${out}`, { recursive: true, force: true });
  cpSync(`${root}/${site}/_site`, `${root}/${out}`, { recursive: true });
  const result = spawnSync(process.execPath, ['bin/esfomo-elements.js', 'prerender', out, '--root', '.'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0 || /\b[1-9]\d* left for the browser/.test(result.stdout)) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error(`esfomo-elements: the prerender of the Jekyll test site failed (${out}); is the package built (npm run build)?`);
    process.exit(1);
  }
  return result.stdout;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const start = performance.now();
  buildSite();
  console.log(`Jekyll test site built in ${((performance.now() - start) / 1000).toFixed(1)} s: ${site}/_site`);
  const summary = prerenderSite().trim().split('\n').at(-1);
  console.log(`${summary}: ${site}/_prerendered`);
}
