import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@cfworker/json-schema';
import { scheduleJsonChecks } from './schedule-json-checks.mjs';
import { fixture, imported, readFixture, scratchFile, validator } from './helpers.mjs';

const FILE = 'pretalx-schedule.json';
const run = () => imported(['import', 'frab', fixture(FILE)]);

/** Every titled event of the export, with its day's date and room, in the export's order. */
function events(doc) {
  return doc.schedule.conference.days.flatMap((day) =>
    Object.entries(day.rooms).flatMap(([room, list]) =>
      list.filter((e) => e.title.trim()).map((e) => ({ ...e, day: day.date, roomName: room })),
    ),
  );
}

test("the fixture is a c3voc schedule.json export (checked against the format's schema)", () => {
  const result = new Validator(scheduleJsonChecks, '7', false).validate(readFixture(FILE));
  assert.deepEqual(result.errors, []);
  assert.equal(result.valid, true);
  // The checks do reject what the format does not allow.
  const broken = readFixture(FILE);
  broken.schedule.conference.days[0].rooms['Hall A'][0].duration = '15 min';
  delete broken.schedule.conference.days[1].rooms['Hall A'][0].guid;
  assert.equal(new Validator(scheduleJsonChecks, '7', false).validate(broken).valid, false);
});

test('workshop from the conference: acronym, title, zone, url', () => {
  const { json } = run();
  const { conference } = readFixture(FILE).schedule;
  assert.deepEqual(Object.keys(json), ['workshop', 'schedule', 'people']);
  assert.deepEqual(json.workshop, {
    name: conference.acronym,
    title: conference.title,
    timezone: conference.time_zone_name,
    url: conference.url,
  });
});

test('one day per conference day; every event at its wall-clock time in the conference zone, across the DST change', () => {
  const { json } = run();
  const doc = readFixture(FILE);
  assert.deepEqual(
    json.schedule.map((d) => d.date),
    doc.schedule.conference.days.map((d) => d.date),
  );
  const items = json.schedule.flatMap((d) => d.items.map((item) => ({ ...item, day: d.date })));
  const expected = events(doc);
  assert.equal(items.length, expected.length);
  for (const event of expected) {
    const item = items.find((i) => i.title === event.title);
    assert.ok(item, event.title);
    // pretalx writes `start` as the room's wall clock; the importer works from `date` (with its offset).
    assert.equal(item.start, event.start, event.title);
    assert.equal(item.day, event.day, event.title);
  }
  // Sunday's keynote is written in UTC (08:00Z): 09:00 in Berlin, now on CET.
  const keynote = expected.find((e) => e.date.endsWith('Z'));
  assert.equal(items.find((i) => i.title === keynote.title).start, '09:00');
  // Within a day, items run in time order.
  for (const day of json.schedule)
    assert.deepEqual(
      day.items.map((i) => i.start),
      day.items.map((i) => i.start).sort(),
    );
});

test('end from duration; an end past midnight is left out', () => {
  const { json } = run();
  const items = json.schedule.flatMap((d) => d.items);
  const by = (title) => items.find((i) => i.title === title);
  assert.equal(by('Hands-on: Writing a Triton Kernel').end, '12:30'); // 11:00 + "01:30"
  assert.equal(by('Opening remarks').end, '09:15'); // 09:00 + "00:15"
  assert.equal('end' in by('Workshop dinner'), false); // 23:30 + "01:00"
});

test('kinds from the event type, the type kept as the label where it says more', () => {
  const { json } = run();
  const items = json.schedule.flatMap((d) => d.items);
  const pick = (title) => {
    const { kind, label } = items.find((i) => i.title === title);
    return { kind, label };
  };
  assert.deepEqual(pick('State-Space Models: A Deep Dive'), { kind: 'talk', label: 'Keynote' });
  assert.deepEqual(pick('Hands-on: Writing a Triton Kernel'), { kind: 'session', label: 'Workshop' });
  assert.deepEqual(pick('Poster session 1'), { kind: 'poster', label: 'Poster Session' });
  assert.deepEqual(pick('Lightning talks'), { kind: 'contributed', label: 'Lightning Talks' });
  assert.deepEqual(pick('Coffee break'), { kind: 'break', label: undefined });
  assert.deepEqual(pick('Panel: Data & <Architecture> Trends'), { kind: 'panel', label: undefined });
  assert.deepEqual(pick('Office hours with the organisers'), { kind: undefined, label: 'Other' });
});

test('speakers from persons: stable ids, one person once, namesakes apart', () => {
  const { json } = run();
  const doc = readFixture(FILE);
  const ids = json.people.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length);
  const codes = new Set(events(doc).flatMap((e) => e.persons.map((p) => p.code)));
  assert.equal(json.people.length, codes.size);
  for (const item of json.schedule.flatMap((d) => d.items)) {
    const event = events(doc).find((e) => e.title === item.title);
    const names = (item.speakers ?? []).map((id) => json.people.find((p) => p.id === id).name);
    assert.deepEqual(
      names,
      event.persons.map((p) => p.name),
      item.title,
    );
  }
  const weis = json.people.filter((p) => p.name === 'Wei Zhang');
  assert.equal(weis.length, 2);
  assert.notEqual(weis[0].id, weis[1].id);
  const dao = json.people.find((p) => p.name === 'Tri Dao');
  assert.deepEqual([...dao.roles].sort(), ['panelist', 'speaker']);
  // A relative avatar is resolved against base_url; a missing one is left out.
  assert.equal(json.people.find((p) => p.name === 'Zoë Müller').photo, new URL('/media/avatars/zoe_4411.png', doc.schedule.base_url).href);
  assert.equal('photo' in dao, false);
  // Re-importing gives the same ids.
  assert.deepEqual(
    run().json.people.map((p) => p.id),
    ids,
  );
});

test("rooms: each item's note on a day with several rooms, the day's note on a day with one", () => {
  const { json } = run();
  const [saturday, sunday] = json.schedule;
  assert.equal(saturday.note, undefined);
  assert.deepEqual(new Set(saturday.items.map((i) => i.note)), new Set(['Hall A', 'Room 2.14']));
  assert.equal(sunday.note, 'Room: Hall A');
  assert.ok(sunday.items.every((i) => !('note' in i)));
});

test('the untitled event is named on standard error', () => {
  const { stderr } = run();
  assert.deepEqual(stderr, [`${fixture(FILE)}: schedule.conference.days[0].rooms["Hall A"][6]: no title (skipped)`]);
});

test("an export without ISO dates: start on the day's date; durations with seconds", () => {
  const doc = readFixture(FILE);
  for (const day of doc.schedule.conference.days) {
    for (const list of Object.values(day.rooms)) {
      for (const event of list) {
        delete event.date;
        if (event.duration === '01:30') event.duration = '01:30:00';
      }
    }
  }
  const { json } = imported(['import', 'frab', scratchFile('frab-no-dates.json', doc)]);
  const kernel = json.schedule[0].items.find((i) => i.title === 'Hands-on: Writing a Triton Kernel');
  assert.deepEqual([kernel.start, kernel.end], ['11:00', '12:30']);
  assert.equal(json.schedule[1].items[0].start, '09:00');
});

test("the import passes the library's validator with no errors", async () => {
  const validateFeed = await validator();
  const { json } = run();
  const { feed, problems } = validateFeed({ version: 1, ...json });
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  assert.equal(feed.schedule.length, json.schedule.length);
  assert.equal(feed.people.length, json.people.length);
  const speakers = feed.schedule[0].items.find((i) => i.title === 'State-Space Models: A Deep Dive').speakers;
  assert.deepEqual(
    speakers.map((p) => p.name),
    ['Albert Gu'],
  );
  // The event types the importer keeps as labels are fields of the feed now: kept, not warned about.
  const labels = (days) => days.flatMap((d) => d.items.map((i) => i.label));
  assert.deepEqual(labels(feed.schedule), labels(json.schedule));
  assert.ok(labels(feed.schedule).includes('Lightning Talks'));
  assert.deepEqual(
    problems.filter((p) => p.path.endsWith('.label')),
    [],
  );
});

test("test/fixtures/imported-pretalx.json (the browser test's feed) is what the importer prints now", () => {
  assert.deepEqual(readFixture('../../fixtures/imported-pretalx.json'), run().json);
});
