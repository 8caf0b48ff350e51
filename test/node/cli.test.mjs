import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli, fixture, ROOT, scratchFile } from './helpers.mjs';

/** A failed run: exit status 1, nothing on standard output, one line on standard error, no stack. */
function fails(args, pattern) {
  const run = cli(args);
  assert.equal(run.status, 1, `exit status of ${args.join(' ')}`);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr.length, 1, run.stderr.join('\n'));
  assert.match(run.stderr[0], /^esfomo-elements: /);
  assert.doesNotMatch(run.stderr[0], /\bat .*:\d+:\d+/);
  assert.match(run.stderr[0], pattern);
}

test("--help lists the commands; a command's --help lists its sources", () => {
  const top = cli(['--help']);
  assert.equal(top.status, 0);
  assert.match(top.stdout, /^Usage: esfomo-elements <command>/);
  assert.match(top.stdout, /esfomo-elements import <openreview\|frab> FILE\.json/);
  const sub = cli(['import', '--help']);
  assert.equal(sub.status, 0);
  assert.match(sub.stdout, /openreview .*OpenReview/);
  assert.match(sub.stdout, /frab .*schedule\.json/);
  assert.deepEqual(cli(['help']).stdout, top.stdout);
});

test('usage mistakes: no command, an unknown command, an unknown source, no file', () => {
  fails([], /name a command/);
  fails(['prerender-everything'], /unknown command "prerender-everything" \(known: import/);
  fails(['import'], /name a source \(openreview or frab\)/);
  fails(['import', 'arxiv', 'x.json'], /unknown source "arxiv"/);
  fails(['import', 'frab'], /name the JSON file/);
  fails(['import', 'frab', 'a.json', 'b.json'], /one file at a time/);
});

for (const source of ['openreview', 'frab']) {
  test(`import ${source}: unusable files give one line each`, () => {
    fails(['import', source, join(ROOT, 'test/node/fixtures/missing.json')], /missing\.json: no such file$/);
    fails(['import', source, join(ROOT, 'test/node')], /is a folder/);
    fails(['import', source, scratchFile('empty.json', '')], /empty\.json: the file is empty$/);
    fails(['import', source, scratchFile('blank.json', '  \n')], /the file is empty$/);
    fails(['import', source, join(ROOT, 'test/fixtures/not-json.html')], /not-json\.html: is an HTML or XML page, not JSON/);
    fails(['import', source, join(ROOT, 'test/fixtures/malformed.json')], /malformed\.json: is not JSON \(/);
    fails(['import', source, scratchFile('number.json', '42')], /found a number$/);
    fails(['import', source, scratchFile('object.json', { hello: 'world' })], /found an object without/);
  });
}

test('files of the other importer are refused, not half-read', () => {
  fails(['import', 'frab', fixture('openreview-v2.json')], /expected a schedule export/);
  fails(['import', 'openreview', fixture('pretalx-schedule.json')], /expected OpenReview notes/);
  fails(
    ['import', 'openreview', scratchFile('numbers.json', [1, 2, 3])],
    /expected OpenReview notes \(objects with "content"\), found 3 other values/,
  );
  const noDays = { schedule: { version: '1', conference: { title: 'X', acronym: 'xxxx', days: 'soon' } } };
  fails(['import', 'frab', scratchFile('nodays.json', noDays)], /schedule\.conference\.days: expected the list of days, found "soon"/);
});

test('a bug prints one line, and its stack trace only with ESFOMO_DEBUG=1', async () => {
  const { main, COMMANDS } = await import(join(ROOT, 'dist/node/cli.js'));
  COMMANDS.explode = { usage: 'explode', summary: 'fails', run: async () => null.boom };
  try {
    const lines = [];
    const io = { out: () => {}, err: (line) => lines.push(line) };
    assert.equal(await main(['explode'], io, {}), 1);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^esfomo-elements: internal error: .*null.*ESFOMO_DEBUG=1/);
    lines.length = 0;
    assert.equal(await main(['explode'], io, { ESFOMO_DEBUG: '1' }), 1);
    assert.match(lines.join('\n'), /TypeError[\s\S]*\n\s+at /);
  } finally {
    delete COMMANDS.explode;
  }
});

test('the command line stays out of the browser builds', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const files = (await readdir(join(ROOT, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts') && !f.startsWith('node'));
  assert.ok(files.length > 10);
  for (const file of files) {
    const source = await readFile(join(ROOT, 'src', file), 'utf8');
    assert.doesNotMatch(source, /from\s+['"][./]*\/?node\//, `src/${file} imports from src/node`);
  }
  const cdn = await readFile(join(ROOT, 'dist/cdn/esfomo-elements.min.js'), 'utf8');
  assert.doesNotMatch(cdn, /openreview\.net|schedule\.conference|ESFOMO_DEBUG/);
  const cli = await readFile(join(ROOT, 'dist/node/cli.js'), 'utf8');
  assert.match(cli, /openreview\.net/, 'the check above looks for words the command line does contain');
});
