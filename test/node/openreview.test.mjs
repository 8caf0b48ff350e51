import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, imported, readFixture, scratchFile, validator } from './helpers.mjs';

/** A content field in either API version. */
const value = (content, key) => {
  const raw = content[key];
  return raw && typeof raw === 'object' && !Array.isArray(raw) && 'value' in raw ? raw.value : raw;
};

test('API v2: accepted papers in order, kinds from the venue or the decision, links made absolute', () => {
  const { json, stderr } = imported(['import', 'openreview', fixture('openreview-v2.json')]);
  const notes = readFixture('openreview-v2.json').notes;
  const accepted = notes.filter((n) => [0, 1, 2, 6].includes(notes.indexOf(n)));
  assert.deepEqual(Object.keys(json), ['papers']);
  assert.deepEqual(
    json.papers.map((p) => p.id),
    accepted.map((n) => n.id),
  );
  // "ES-FoMo 2025 Oral", a Decision reply "Accept (Spotlight)", "ES-FoMo 2025 Poster", "... Spotlight".
  assert.deepEqual(
    json.papers.map((p) => p.kind),
    ['oral', 'spotlight', 'poster', 'spotlight'],
  );
  json.papers.forEach((paper, i) => {
    const note = accepted[i];
    assert.equal(paper.title, value(note.content, 'title'));
    assert.deepEqual(paper.authors, value(note.content, 'authors'));
    assert.equal(paper.url, `https://openreview.net/forum?id=${note.forum}`);
    assert.equal(paper.pdf, `https://openreview.net${value(note.content, 'pdf')}`);
    assert.equal(paper.abstract, value(note.content, 'abstract'));
  });
  assert.deepEqual(stderr, [
    `${fixture('openreview-v2.json')}: notes[3] "${value(notes[3].content, 'title')}": withdrawn (skipped)`,
    `${fixture('openreview-v2.json')}: notes[4] "${value(notes[4].content, 'title')}": rejected (skipped)`,
    `${fixture('openreview-v2.json')}: notes[5]: no title (skipped)`,
  ]);
});

test('text that looks like HTML and non-Latin names stay the same text', () => {
  const { json } = imported(['import', 'openreview', fixture('openreview-v2.json')]);
  const zoe = json.papers.find((p) => p.id === 'Lp0sJd4GhX');
  assert.match(zoe.title, /<Long> Contexts & Beyond/);
  assert.match(zoe.abstract, /<b>only<\/b>.*<script>alert\(1\)<\/script>/);
  assert.deepEqual(zoe.authors, ['Zoë Müller', 'Łukasz Dąbrowski', '李明', 'Ngozi Okafor']);
});

test('a bare list of notes reads like the API response', () => {
  const notes = readFixture('openreview-v2.json').notes;
  const bare = imported(['import', 'openreview', scratchFile('bare.json', notes)]).json;
  assert.deepEqual(bare, imported(['import', 'openreview', fixture('openreview-v2.json')]).json);
});

test('API v1: plain fields; deleted, not accepted and untitled notes named and skipped', () => {
  const { json, stderr } = imported(['import', 'openreview', fixture('openreview-v1.json')]);
  const notes = readFixture('openreview-v1.json').notes;
  assert.deepEqual(
    json.papers.map((p) => p.id),
    notes.slice(0, 3).map((n) => n.id),
  );
  // "... ES-FoMo Oral", a v1 Decision reply "Accept (Spotlight)", "... ES-FoMo Poster".
  assert.deepEqual(
    json.papers.map((p) => p.kind),
    ['oral', 'spotlight', 'poster'],
  );
  assert.deepEqual(json.papers[0].authors, notes[0].content.authors);
  assert.equal(json.papers[0].pdf, `https://openreview.net${notes[0].content.pdf}`);
  assert.equal(json.papers[1].pdf, notes[1].content.pdf, 'an absolute pdf link is kept');
  assert.equal(stderr.length, 3);
  assert.match(stderr[0], /notes\[3\] ".*": deleted \(skipped\)$/);
  assert.match(stderr[1], /notes\[4\] ".*": not accepted \(venue "Submitted to .*"\) \(skipped\)$/);
  assert.match(stderr[2], /notes\[5\]: no title \(skipped\)$/);
});

test("a venue without a kind leaves kind out; an odd pdf value points at the note's pdf", () => {
  const note = {
    id: 'Tq4mZx8VbN',
    forum: 'Tq4mZx8VbN',
    content: {
      title: { value: 'Plain' },
      authors: { value: ['A. Author'] },
      venue: { value: 'ICML 2025 Workshop ES-FoMo' },
      pdf: { value: 'javascript:alert(1)' },
    },
  };
  const [paper] = imported(['import', 'openreview', scratchFile('plain.json', { notes: [note], count: 1 })]).json.papers;
  assert.equal('kind' in paper, false);
  assert.equal(paper.pdf, 'https://openreview.net/pdf?id=Tq4mZx8VbN');
});

test("the papers pass the library's validator", async () => {
  const validateFeed = await validator();
  for (const file of ['openreview-v1.json', 'openreview-v2.json']) {
    const { json } = imported(['import', 'openreview', fixture(file)]);
    const { feed, problems } = validateFeed({ version: 1, ...json });
    assert.deepEqual(
      problems.filter((p) => p.severity === 'error'),
      [],
      file,
    );
    // Until the validator reads `papers`, the section passes through unread; once it does, all are kept.
    if (Array.isArray(feed.papers)) assert.equal(feed.papers.length, json.papers.length, file);
  }
});

test("test/fixtures/imported-openreview.json (the browser tests' papers) is what the importer prints now", () => {
  const { json } = imported(['import', 'openreview', fixture('openreview-v2.json')]);
  assert.deepEqual(readFixture('../../fixtures/imported-openreview.json'), json);
});
