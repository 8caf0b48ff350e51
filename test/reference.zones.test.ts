// src/time/ against an independent reference: instants worked out by brute force on Intl in
// Node (scripts/zone-reference.mjs, which uses nothing of src/time/ or luxon), around every
// change of offset of 2025-2026 in 18 zones and at random dates. Every case to the second.
// Runs once in each pinned browser zone: no answer may depend on where the visitor is.
import { expect } from '@open-wc/testing';
import { dueInstant, Instant, localZoneName, wallClock } from '../src/time/zones.js';
import { dayInstants, minutesOf, wallTimes } from '../src/time/day.js';

interface Reference {
  generated: { node: string; icu: string; tz: string };
  zones: string[];
  wall: { zone: string; date: string; time: string; ms: number; occurrences: number }[];
  due: { zone: string; due: string; ms: number; occurrences: number }[];
  instant: { zone: string; ms: number; wall: string; offset: number }[];
}

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));
/** `2025-03-30T02:30:00` for a wall time (a wall-clock time read as UTC). */
const wallText = (wall: number) => new Date(wall).toISOString().slice(0, 19);

/** Where each case differs from the reference, as `what: got, want` lines (none when all agree). */
function mismatches<T>(
  cases: readonly T[],
  got: (c: T) => number | string,
  want: (c: T) => number | string,
  name: (c: T) => string,
): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const g = got(c);
    const w = want(c);
    if (g !== w) out.push(`${name(c)}: got ${typeof g === 'number' ? iso(g) : g}, want ${typeof w === 'number' ? iso(w) : w}`);
  }
  return out;
}

describe(`src/time/ against the brute-force reference (browser zone ${localZoneName()})`, () => {
  let ref: Reference;
  before(async () => {
    ref = await (await fetch('/test/fixtures/zone-reference.json')).json();
  });

  it('has cases in every zone, with skipped and repeated times among them', () => {
    expect(ref.zones.length).to.be.at.least(15);
    for (const zone of ref.zones) {
      expect(ref.wall.filter((c) => c.zone === zone).length, zone).to.be.at.least(5);
      expect(ref.due.filter((c) => c.zone === zone).length, zone).to.be.at.least(3);
      expect(ref.instant.filter((c) => c.zone === zone).length, zone).to.be.at.least(5);
    }
    expect(ref.wall.filter((c) => c.occurrences === 0).length).to.be.at.least(20);
    expect(ref.wall.filter((c) => c.occurrences === 2).length).to.be.at.least(20);
    expect(ref.due.filter((c) => c.occurrences === 2 && !c.due.includes('T')).length).to.be.at.least(3);
  });

  it('turns every wall-clock time into the reference instant (wallClock, zones.ts)', () => {
    const off = mismatches(
      ref.wall,
      (c) => wallClock(c.date, c.time, c.zone).toMillis(),
      (c) => c.ms,
      (c) => `${c.date} ${c.time} ${c.zone}`,
    );
    expect(
      off,
      `${off.length} of ${ref.wall.length} differ (reference: Node ${ref.generated.node}, ICU ${ref.generated.icu}, tz ${ref.generated.tz})`,
    ).to.deep.equal([]);
  });

  it('turns every wall-clock time into the reference instant in batches of a day (dayInstants, day.ts)', () => {
    const days = new Map<string, Reference['wall']>();
    for (const c of ref.wall) {
      const key = `${c.date}|${c.zone}`;
      days.set(key, [...(days.get(key) ?? []), c]);
    }
    const off: string[] = [];
    for (const [key, cases] of days) {
      const [date, zone] = key.split('|');
      const got = dayInstants(
        date,
        cases.map((c) => minutesOf(c.time)),
        zone,
      );
      off.push(
        ...mismatches(
          cases,
          (c) => got[cases.indexOf(c)],
          (c) => c.ms,
          (c) => `${c.date} ${c.time} ${c.zone}`,
        ),
      );
    }
    expect(off, `${off.length} of ${ref.wall.length} differ`).to.deep.equal([]);
  });

  it('puts every due at the reference instant, to the second (dueInstant)', () => {
    const off = mismatches(
      ref.due,
      (c) => dueInstant(c.due, c.zone).toMillis(),
      (c) => c.ms,
      (c) => `${c.due} ${c.zone}`,
    );
    expect(off, `${off.length} of ${ref.due.length} differ`).to.deep.equal([]);
  });

  it('reads every instant as the reference wall clock and offset (Instant, zones.ts)', () => {
    const off = mismatches(
      ref.instant,
      (c) => {
        const at = new Instant(c.ms, c.zone);
        return `${wallText(at.wall)} ${at.offset}`;
      },
      (c) => `${c.wall} ${c.offset}`,
      (c) => `${iso(c.ms)} ${c.zone}`,
    );
    expect(off, `${off.length} of ${ref.instant.length} differ`).to.deep.equal([]);
  });

  it('reads every instant as the reference wall clock and offset, one zone at a time and one by one (wallTimes, day.ts)', () => {
    const off: string[] = [];
    for (const zone of ref.zones) {
      const cases = ref.instant.filter((c) => c.zone === zone);
      const all = wallTimes(
        cases.map((c) => c.ms),
        zone,
      );
      off.push(
        ...mismatches(
          cases,
          (c) => `${wallText(all.wall[cases.indexOf(c)])} ${all.offsets[cases.indexOf(c)]}`,
          (c) => `${c.wall} ${c.offset}`,
          (c) => `${iso(c.ms)} ${zone}, batch`,
        ),
      );
      off.push(
        ...mismatches(
          cases,
          (c) => {
            const one = wallTimes([c.ms], zone);
            return `${wallText(one.wall[0])} ${one.offsets[0]}`;
          },
          (c) => `${c.wall} ${c.offset}`,
          (c) => `${iso(c.ms)} ${zone}, alone`,
        ),
      );
    }
    expect(off, `${off.length} differ`).to.deep.equal([]);
  });
});
