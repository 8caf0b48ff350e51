// The prerender on a real Jekyll site: the test site (test/jekyll-site) built by Jekyll into a
// folder of its own, prerendered by the command as a deployment runs it, then prerendered again:
// every file (pages, calendar files) keeps its bytes. Needs Jekyll and `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { buildSite } from '../../scripts/jekyll-site.mjs';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/esfomo-elements.js');

/** Every file under `dir`, by path, with its bytes. */
async function files(dir) {
  const out = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), await readFile(path));
  }
  return out;
}

test('prerendering the built Jekyll site twice gives the same bytes, every page and calendar file', async () => {
  // The site's addresses start with its baseurl, /test/jekyll-site/_site: built there under a root of its own.
  const root = await mkdtemp(join(tmpdir(), 'esfomo-jekyll-'));
  const site = join(root, 'test/jekyll-site/_site');
  buildSite(site);
  const prerender = () => run(process.execPath, [BIN, 'prerender', site, '--root', root], { cwd: ROOT });
  const { stdout } = await prerender();
  assert.match(stdout, /prerender: 3 pages, 10 elements rendered, 0 left for the browser/);
  const once = await files(site);
  assert.ok(
    [...once.keys()].some((f) => f.endsWith('.ics')),
    'calendar files written',
  );
  assert.match(once.get('index.html').toString(), /<esfomo-schedule><template shadowrootmode="open">/);
  await prerender();
  const twice = await files(site);
  assert.deepEqual([...twice.keys()].sort(), [...once.keys()].sort());
  for (const [path, bytes] of once) assert.ok(bytes.equals(twice.get(path)), `${path} changed on the second run`);
});
