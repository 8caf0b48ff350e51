// The build-time rendering in Node (node --test test/node/, after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'parse5';
import { prerender } from 'esfomo-elements/prerender';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const FEED = JSON.parse(await readFile(join(ROOT, 'test/fixtures/prerender/feed.json'), 'utf8'));
const BIN = join(ROOT, 'bin/esfomo-elements.js');

/** A site as `jekyll build` leaves it: the feed under /data, pages that use it three ways. */
async function site() {
  const dir = await mkdtemp(join(tmpdir(), 'esfomo-site-'));
  await cp(join(ROOT, 'test/fixtures/prerender/feed.json'), join(dir, 'data/feed.json'), { recursive: true });
  await writeFile(join(dir, 'data/broken.json'), '{ "version": 1, "topics": [');
  await writeFile(join(dir, 'data/page.json'), '<!doctype html><title>404</title>');
  await writeFile(
    join(dir, 'index.html'),
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>ES-FoMo</title>\n</head>\n<body>\n<esfomo-feed src="/data/feed.json">\n  <esfomo-schedule day="2030-07-27"></esfomo-schedule>\n  <esfomo-people roles="organizer"></esfomo-people>\n</esfomo-feed>\n<p>Topics: <esfomo-topics src="data/feed.json"></esfomo-topics></p>\n</body>\n</html>\n`,
  );
  await cp(join(dir, 'index.html'), join(dir, '2030/call/index.html'), { recursive: true });
  await writeFile(
    join(dir, '2030/call/index.html'),
    `<!doctype html><html><head><title>Call</title></head><body>\r\n<esfomo-topics src="../../data/feed.json"></esfomo-topics>\r\n<esfomo-topics src="/data/broken.json"></esfomo-topics>\r\n<esfomo-topics src="/data/page.json"></esfomo-topics>\r\n<esfomo-topics src="/data/missing.json"></esfomo-topics>\r\n<esfomo-topics src="https://elsewhere.example.org/feed.json"></esfomo-topics>\r\n</body></html>`,
  );
  return dir;
}

/** The page without what the prerender adds: each element's first-child shadow template, the structured data. */
function withoutInserted(html) {
  const cuts = [];
  const visit = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName === 'template') continue;
      if (child.tagName?.startsWith('esfomo-')) {
        const first = child.childNodes[0];
        if (first?.tagName === 'template' && first.attrs.some((a) => a.name === 'shadowrootmode')) cuts.push(first.sourceCodeLocation);
      }
      if (child.tagName === 'script' && child.attrs.some((a) => a.name === 'data-esfomo-elements')) cuts.push(child.sourceCodeLocation);
      visit(child);
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  let out = html;
  for (const { startOffset, endOffset } of cuts.sort((a, b) => b.startOffset - a.startOffset))
    out = out.slice(0, startOffset) + out.slice(endOffset);
  return out;
}

const pageFeed = (feed) =>
  `<!doctype html>\n<html lang="en-GB"><head><title>t</title></head><body>\n<esfomo-schedule></esfomo-schedule>\n<esfomo-topics></esfomo-topics>\n<esfomo-people></esfomo-people>\n<script type="application/json" id="esfomo-feed">${JSON.stringify(feed)}</script>\n</body></html>\n`;

test('renders every element, and leaves every byte outside the elements as it was', async () => {
  const dir = await site();
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const result = await prerender(html, { root: dir, url: '/index.html' });
  assert.equal(result.rendered, 3);
  assert.deepEqual(result.warnings, []);
  assert.match(result.html, /<esfomo-schedule day="2030-07-27"><template shadowrootmode="open"><style>/);
  assert.ok(result.html.includes('Panel: Data and Architecture Trends'));
  assert.ok(result.html.includes('Beidi Chen'));
  assert.equal(withoutInserted(result.html), html);
});

test('is idempotent: a second run replaces the templates and the structured data, byte for byte', async () => {
  const dir = await site();
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const once = await prerender(html, { root: dir, url: '/index.html' });
  const twice = await prerender(once.html, { root: dir, url: '/index.html' });
  assert.equal(twice.html, once.html);
  assert.equal(once.html.split('shadowrootmode').length - 1, 3);
  assert.equal(once.html.split('application/ld+json').length - 1, 1);
});

test('reads relative addresses against the page, and leaves unreadable feeds for the browser with the reason', async () => {
  const dir = await site();
  const html = await readFile(join(dir, '2030/call/index.html'), 'utf8');
  const result = await prerender(html, { root: dir, url: '/2030/call/index.html' });
  assert.equal(result.rendered, 1);
  assert.equal(result.left, 4);
  const [broken, page, missing, remote] = result.warnings;
  assert.match(broken, /line 3.*\/data\/broken\.json is not valid JSON/);
  assert.match(page, /\/data\/page\.json is an HTML page, not JSON/);
  assert.match(missing, /\/data\/missing\.json is not in the site/);
  assert.match(remote, /another site/);
  assert.equal(withoutInserted(result.html), html); // CRLF lines too
});

test('names the JSON path of what the feed got wrong, and still renders the rest', async () => {
  const feed = { ...FEED, topics: ['Scheduling for AI', { items: ['no title'] }] };
  const result = await prerender(pageFeed(feed));
  assert.equal(result.rendered, 3);
  assert.ok(
    result.warnings.some((w) => /feed script#esfomo-feed \(line \d+\): topics\[1\]/.test(w)),
    result.warnings.join('\n'),
  );
  const wrongVersion = await prerender(pageFeed({ version: 2 }));
  assert.equal(wrongVersion.rendered, 0);
  assert.match(wrongVersion.warnings[0], /<esfomo-schedule> \(line 3\): feed script#esfomo-feed .*version/);
});

test('writes the schema.org Event of the workshop and its programme', async () => {
  const result = await prerender(pageFeed(FEED));
  const json = /<script type="application\/ld\+json" data-esfomo-elements>(.*?)<\/script>/.exec(result.html)[1];
  const event = JSON.parse(json);
  assert.equal(event['@type'], 'Event');
  assert.equal(event.name, 'ES-FoMo VII: Efficient Systems for Foundation Models');
  assert.equal(event.startDate, '2030-07-26T09:00+09:00');
  assert.equal(event.endDate, '2030-07-27T11:00+09:00');
  assert.deepEqual(event.location, { '@type': 'Place', name: 'ICML 2030, Seoul', address: 'ICML 2030, Seoul' });
  assert.deepEqual(
    event.organizer.map((p) => p.name),
    ['Tri Dao', 'Beidi Chen'],
  );
  const titles = FEED.schedule.flatMap((d) => d.items.map((i) => i.title));
  assert.deepEqual(
    event.subEvent.map((e) => e.name),
    titles,
  );
  const session = event.subEvent[1];
  assert.deepEqual(
    session.subEvent.map((e) => [e.name, e.startDate, e.performer[0].name]),
    [
      ['A Deep Dive into State-Space Models', '2030-07-26T09:15+09:00', 'Albert Gu'],
      ['Fast Attention Kernels', '2030-07-26T09:45+09:00', 'Tri Dao'],
    ],
  );
  assert.deepEqual(
    event.subEvent[4].performer.map((p) => p.name),
    ['Tri Dao', 'Dylan Patel'],
  );
});

/**
 * The page of every element, prerendered in a Node of its own with `env` (TZ, LANG, the clock:
 * `NOW` fakes Date.now, SOURCE_DATE_EPOCH stamps the calendar files): the page, then each
 * calendar file, as one text.
 */
async function renderIn(env) {
  const page = pageFeed(FEED).replace(
    '<esfomo-people></esfomo-people>',
    '<esfomo-people></esfomo-people>\n<esfomo-dates></esfomo-dates>\n<esfomo-countdown deadline="submission"></esfomo-countdown>',
  );
  const script = `if (process.env.NOW) { const now = Number(process.env.NOW); Date.now = () => now; }
    const { prerender } = await import('esfomo-elements/prerender');
    const result = await prerender(${JSON.stringify(page)});
    process.stdout.write(result.html + result.files.map((f) => '\\n--- ' + f.path + '\\n' + f.text).join(''));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1780000000', ...env },
  });
  return stdout;
}

test("renders the same bytes whatever the build machine's zone and language: every element, the calendar files, the structured data", async () => {
  const envs = [
    { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8' },
    { TZ: 'UTC', LANG: 'C' },
    { TZ: 'America/Los_Angeles', LANG: 'de_DE.UTF-8' },
  ];
  const outputs = await Promise.all(envs.map(renderIn));
  for (const text of [
    'Opening remarks',
    'Poster session',
    'Submission deadline',
    'Beidi Chen',
    '"@type":"Event"',
    'class="countdown"',
    'BEGIN:VCALENDAR',
  ]) {
    assert.ok(outputs[0].includes(text), text);
  }
  // The first render leaves the visitor out (their zone, the toggle, the clock): nothing is cut from the comparison.
  const [first, ...rest] = outputs;
  for (const output of rest) assert.equal(output, first);
});

test('renders the same bytes whatever the build time before the workshop (the clock faked a month apart)', async () => {
  // Before the submission deadline (2030-05-26), a month apart; SOURCE_DATE_EPOCH fixed.
  const times = [Date.parse('2029-03-01T10:00Z'), Date.parse('2029-04-01T22:30Z')];
  const [first, second] = await Promise.all(times.map((now) => renderIn({ TZ: 'UTC', LANG: 'C', NOW: String(now) })));
  assert.ok(first.includes('Opening remarks') && first.includes('class="countdown"') && first.includes('DTSTAMP:20260528T'));
  assert.equal(second, first);
});

test('esfomo-elements prerender: a folder in place, calendar files beside the pages, warnings and exit status', async () => {
  const dir = await site();
  const { stdout, stderr } = await run(process.execPath, [BIN, 'prerender', dir]);
  assert.match(stdout, /index\.html: 3 rendered, 2 calendar files\n/);
  assert.match(stdout, /2030\/call\/index\.html: 1 rendered, 4 left for the browser, 4 warnings\n/);
  assert.match(stdout, /prerender: 2 pages, 4 elements rendered, 4 left for the browser, 4 warnings\n$/);
  assert.doesNotMatch(stdout + stderr, /\n\s+at /); // no stack trace
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ics')).sort();
  assert.deepEqual(files, ['es-fomo-vii-2030-07-26.ics', 'es-fomo-vii-2030-07-27.ics']);
  const day = await readFile(join(dir, 'es-fomo-vii-2030-07-27.ics'), 'utf8');
  assert.match(day, /SUMMARY:ES-FoMo VII: Panel: Data and Architecture Trends/);
  const page = await readFile(join(dir, 'index.html'), 'utf8');
  assert.ok(page.includes('href="es-fomo-vii-2030-07-27.ics"'));
  const strict = await run(process.execPath, [BIN, 'prerender', '--strict', dir]).catch((error) => error);
  assert.equal(strict.code, 1);
  const missing = await run(process.execPath, [BIN, 'prerender', join(dir, 'nope')]);
  assert.match(missing.stdout, /nope: no such file or folder/);
  const again = await readFile(join(dir, 'index.html'), 'utf8');
  assert.equal(again, page);
});

test('esfomo-elements prerender: a progress line every 100 pages on standard error, unreadable pages left as they were', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'esfomo-big-'));
  await Promise.all(
    Array.from({ length: 205 }, (_, i) =>
      writeFile(join(dir, `p${String(i).padStart(3, '0')}.html`), `<!doctype html><title>${i}</title><p>No elements here.</p>`),
    ),
  );
  await writeFile(join(dir, 'broken.html'), '<!doctype html><esfomo-topics src="/missing.json"></esfomo-topics>');
  const { stdout, stderr } = await run(process.execPath, [BIN, 'prerender', dir]);
  assert.deepEqual(stderr.trim().split('\n'), ['prerender: 100/206 pages', 'prerender: 200/206 pages']);
  assert.match(stdout, /broken\.html: 0 rendered, 1 left for the browser, 1 warning\n/);
  assert.match(stdout, /prerender: 206 pages, 0 elements rendered, 1 left for the browser, 1 warning\n$/);
});

test('esfomo-elements prerender --base: a site served under a path (a GitHub project site, Jekyll baseurl) reads its feeds without it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'esfomo-base-'));
  await cp(join(ROOT, 'test/fixtures/prerender/feed.json'), join(dir, 'assets/json/feed.json'), { recursive: true });
  // What al-folio writes with `baseurl: /workshop`: every address carries the base path.
  await cp(join(ROOT, 'test/fixtures/prerender/feed.json'), join(dir, 'program/feed.json'), { recursive: true });
  await writeFile(
    join(dir, 'program/index.html'),
    `<!doctype html><html><head><title>Programme</title></head><body>\n<esfomo-topics src="/workshop/assets/json/feed.json"></esfomo-topics>\n<esfomo-topics src="feed.json"></esfomo-topics>\n<esfomo-topics src="/elsewhere/feed.json"></esfomo-topics>\n</body></html>\n`,
  );
  const without = await prerender(await readFile(join(dir, 'program/index.html'), 'utf8'), { root: dir, url: '/program/index.html' });
  assert.equal(without.rendered, 1, without.warnings.join('\n')); // only the relative address
  assert.match(
    without.warnings[0],
    /\/workshop\/assets\/json\/feed\.json is not in the site .*if the site is served under a base path \(\/workshop\?\), give it with --base/,
  );

  const { stdout } = await run(process.execPath, [BIN, 'prerender', '--base', '/workshop/', dir]);
  assert.match(stdout, /program\/index\.html: 2 rendered, 1 left for the browser, 1 warning\n/);
  assert.match(stdout, /\/elsewhere\/feed\.json is outside the site's base path \/workshop \(--base\)/);
  const page = await readFile(join(dir, 'program/index.html'), 'utf8');
  assert.equal(page.split('shadowrootmode').length - 1, 2);
  assert.match(page, /Scheduling for AI|<li/);

  const bad = await run(process.execPath, [BIN, 'prerender', '--base', '../up', dir]).catch((error) => error);
  assert.equal(bad.code, 1, bad.stdout + bad.stderr);
  assert.equal(bad.stderr.trim(), 'esfomo-elements: prerender: --base ../up is not a path (such as /al-folio)');
  const missing = await run(process.execPath, [BIN, 'prerender', dir, '--base']).catch((error) => error);
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr.trim(), 'esfomo-elements: prerender: --base needs the path the site is served under (e.g. /al-folio)');
  // prerender() given a base that is no path: a warning, the page still rendered without one.
  const api = await prerender(await readFile(join(dir, 'program/index.html'), 'utf8'), {
    root: dir,
    url: '/program/index.html',
    base: '../x',
  });
  assert.match(api.warnings[0], /^base "\.\.\/x" is not a path \(such as \/al-folio\): read as none$/);
});
