// `node scripts/zone-reference.mjs`: writes test/fixtures/zone-reference.json, the reference
// that test/reference.zones.test.ts holds src/time/ to, computed here by a different method.
//
// The only thing taken from the platform is Intl.DateTimeFormat reading an instant's wall
// clock in a zone (formatToParts, hourCycle h23). Nothing of src/time/ or luxon is used:
// - instant -> wall clock: the parts, and the offset as (wall clock read as UTC) - instant;
// - wall clock -> instant: brute force. Every candidate instant "wall clock minus an offset",
//   for offsets every 15 minutes from UTC-14 to UTC+14, is read back; those that show the
//   wall clock are its occurrences. One: that is it. Two (a fall-back change repeats the
//   time): the first, except for a date-only `due`, whose 23:59:59 is the later one (the feed
//   contract). None (a spring-forward change skips the time): the clock has moved on, so the
//   time is read with the offset in force just before the change, found by reading the clock
//   minute by minute across the day.
// Cases are drawn with a seeded generator, around every change of offset from 2024 to 2027
// in each zone and at random from 2000 to 2035, so the file is the same on every run with
// the same Node (its ICU and time zone data version are recorded in the file).
import { writeFileSync } from 'node:fs';
import { random } from '../bench/lib/content.js';

const OUT = 'test/fixtures/zone-reference.json';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The zones, as the feed names them: DST both ways, both hemispheres, :30 and :45 offsets. */
const ZONES = [
  'UTC',
  'AoE',
  'Europe/Vienna',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'America/Santiago',
  'Pacific/Honolulu',
  'Africa/Cairo',
  'Asia/Beirut',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
];

/** The IANA name Intl takes: AoE is UTC-12 all year, which IANA spells Etc/GMT+12. */
const ianaOf = (zone) => (zone === 'AoE' ? 'Etc/GMT+12' : zone);

const readers = new Map();
/** The wall clock an instant shows in a zone: [year, month, day, hour, minute, second]. */
function clockAt(ms, zone) {
  let reader = readers.get(zone);
  if (!reader) {
    reader = new Intl.DateTimeFormat('en-US', {
      timeZone: ianaOf(zone),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    readers.set(zone, reader);
  }
  const parts = Object.fromEntries(reader.formatToParts(ms).map((p) => [p.type, p.value]));
  return ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) => Number(parts[k]));
}

/** A wall clock [y, m, d, h, mi, s] as ms since the epoch of it read as UTC. */
function asUTC([y, m, d, h, mi, s]) {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCHours(h, mi, s, 0);
  return t.getTime();
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const dateText = ([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const timeText = ([, , , h, mi, s]) => `${pad(h)}:${pad(mi)}:${pad(s)}`;

/** Every instant at which a wall clock [y, m, d, h, mi, s] shows in a zone, earliest first. */
function occurrences(wall, zone) {
  const local = asUTC(wall);
  const found = [];
  for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
    const t = local - offset * MINUTE;
    if (asUTC(clockAt(t, zone)) === local) found.push(t);
  }
  return found.sort((a, b) => a - b);
}

/** A skipped wall clock, read with the offset in force just before the clocks jumped. */
function movedOn(wall, zone) {
  const local = asUTC(wall);
  let before;
  for (let t = local - 15 * HOUR; t <= local + 15 * HOUR; t += MINUTE) {
    const shown = asUTC(clockAt(t, zone));
    if (shown < local) before = shown - t;
  }
  if (before === undefined) throw new Error(`no clock before ${dateText(wall)} ${timeText(wall)} in ${zone}`);
  return local - before;
}

/** The instant of a wall clock: its first occurrence, or its later one with `later`. */
function instantOf(wall, zone, later) {
  const found = occurrences(wall, zone);
  if (found.length === 0) return { ms: movedOn(wall, zone), occurrences: 0 };
  return { ms: later ? found[found.length - 1] : found[0], occurrences: found.length };
}

/** The instants (2025-2026) at which a zone's offset changes, to the minute. */
function changes(zone) {
  const offsetAt = (t) => (asUTC(clockAt(t, zone)) - t) / MINUTE;
  const found = [];
  const end = Date.UTC(2027, 0, 1);
  let t = Date.UTC(2025, 0, 1);
  let o = offsetAt(t);
  for (; t < end; t += HOUR) {
    const next = offsetAt(t + HOUR);
    if (next === o) continue;
    let lo = t;
    let hi = t + HOUR;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetAt(mid) === o) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: o, to: next });
    o = next;
  }
  return found;
}

const rand = random(20261201);
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

function randomWall() {
  const y = int(2000, 2035);
  const m = int(1, 12);
  const d = int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return [y, m, d, int(0, 23), pick([0, 15, 30, 45, int(0, 59)]), 0];
}

const cases = { wall: [], due: [], instant: [] };
function wallCase(wall, zone) {
  const { ms, occurrences: n } = instantOf(wall, zone, false);
  cases.wall.push({ zone, date: dateText(wall), time: timeText(wall).slice(0, 5), ms, occurrences: n });
}
function dueCase(wall, zone, dateOnly) {
  const w = dateOnly ? [...wall.slice(0, 3), 23, 59, 59] : wall;
  const { ms, occurrences: n } = instantOf(w, zone, dateOnly);
  cases.due.push({ zone, due: dateOnly ? dateText(w) : `${dateText(w)}T${timeText(w)}`, ms, occurrences: n });
}
function instantCase(ms, zone) {
  const wall = clockAt(ms, zone);
  cases.instant.push({ zone, ms, wall: `${dateText(wall)}T${timeText(wall)}`, offset: (asUTC(wall) - ms) / MINUTE });
}

for (const zone of ZONES) {
  for (const change of changes(zone)) {
    // The wall clock on either side of the change, and inside the gap or the repeated hour.
    const before = clockAt(change.at - MINUTE, zone);
    const after = clockAt(change.at, zone);
    const skew = Math.abs(change.to - change.from);
    for (const wall of [before, after]) {
      const base = asUTC(wall);
      for (const shift of [-61, -skew / 2, 0, skew / 2, 1, 30]) {
        const t = new Date(base + Math.round(shift) * MINUTE);
        wallCase([t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), 0], zone);
      }
    }
    // The day's end on the days around the change (date-only), and a time with seconds in it.
    for (const wall of [before, after]) dueCase(wall, zone, true);
    dueCase([...before.slice(0, 5), int(0, 59)], zone, false);
    const inside = new Date(asUTC(after) - Math.round(skew / 2) * MINUTE);
    dueCase(
      [inside.getUTCFullYear(), inside.getUTCMonth() + 1, inside.getUTCDate(), inside.getUTCHours(), inside.getUTCMinutes(), int(1, 59)],
      zone,
      false,
    );
    for (const shift of [-HOUR, -1000, 0, 1000, HOUR]) instantCase(change.at + shift, zone);
  }
  for (let i = 0; i < 6; i++) wallCase(randomWall(), zone);
  for (let i = 0; i < 3; i++) dueCase(randomWall(), zone, true);
  for (let i = 0; i < 3; i++) dueCase([...randomWall().slice(0, 5), int(0, 59)], zone, false);
  for (let i = 0; i < 6; i++) instantCase(asUTC(randomWall()) + int(0, 59) * 1000, zone);
}

// The days the feed contract names: a date-only due whose 23:59:59 happens twice.
for (const [zone, date] of [
  ['Africa/Cairo', [2026, 10, 29]],
  ['Asia/Beirut', [2026, 10, 24]],
  ['America/Santiago', [2026, 4, 4]],
]) {
  dueCase([...date, 0, 0, 0], zone, true);
}

// One case per (zone, value) is enough: the change cases overlap at their edges.
const unique = (list, key) => [...new Map(list.map((c) => [key(c), c])).values()];
const fixture = {
  about:
    'Reference instants for src/time/, by brute force on Intl.DateTimeFormat (see scripts/zone-reference.mjs). ' +
    'wall: a wall-clock time (first occurrence; a skipped time moved on by the gap). ' +
    'due: a due value (date-only: the later 23:59:59). instant: an instant and the wall clock and offset (minutes) it shows. ' +
    '"occurrences" is how often that wall-clock time happens (0: skipped, 2: repeated).',
  generated: { node: process.versions.node, icu: process.versions.icu, tz: process.versions.tz, seed: 20261201 },
  zones: ZONES,
  wall: unique(cases.wall, (c) => `${c.zone} ${c.date} ${c.time}`),
  due: unique(cases.due, (c) => `${c.zone} ${c.due}`),
  instant: unique(cases.instant, (c) => `${c.zone} ${c.ms}`),
};
// One case a line: a readable diff when the time zone data changes.
const lines = Object.entries(fixture).map(([key, value]) =>
  Array.isArray(value) && typeof value[0] === 'object'
    ? `${JSON.stringify(key)}: [\n${value.map((c) => `  ${JSON.stringify(c)}`).join(',\n')}\n]`
    : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
);
writeFileSync(OUT, `{\n${lines.join(',\n')}\n}\n`);
const count = (list, n) => list.filter((c) => c.occurrences === n).length;
console.log(
  `${OUT}: ${fixture.wall.length} wall-clock times (${count(fixture.wall, 0)} skipped, ${count(fixture.wall, 2)} repeated), ` +
    `${fixture.due.length} dues (${count(fixture.due, 2)} repeated), ${fixture.instant.length} instants, in ${ZONES.length} zones ` +
    `(Node ${process.versions.node}, ICU ${process.versions.icu}, tz ${process.versions.tz}).`,
);
