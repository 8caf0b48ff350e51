// Runs once in each pinned browser zone: none of these answers may depend on where the visitor is.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  dueInstant,
  isCalendarDate,
  isDue,
  isTimeOfDay,
  isZoneName,
  localZoneName,
  wallClock,
  zoneFor,
  zoneLabel,
} from '../src/time/zones.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe(`time helpers (browser zone ${localZoneName()})`, () => {
  it('knows IANA names and AoE, and nothing else', () => {
    expect(isZoneName('Europe/Vienna')).to.equal(true);
    expect(isZoneName('UTC')).to.equal(true);
    expect(isZoneName('AoE')).to.equal(true);
    expect(isZoneName('aoe')).to.equal(false);
    expect(isZoneName('Mars/Olympus')).to.equal(false);
    expect(isZoneName('')).to.equal(false);
    expect(isZoneName(5)).to.equal(false);
    expect(zoneFor('AoE')!.offset(Date.UTC(2024, 0, 1))).to.equal(-720);
    expect(zoneFor('AoE')!.offset(Date.UTC(2024, 6, 1))).to.equal(-720);
  });

  it('checks the formats of times and dates', () => {
    expect(isTimeOfDay('09:15')).to.equal(true);
    expect(isTimeOfDay('9:15')).to.equal(false);
    expect(isTimeOfDay('25:99')).to.equal(false);
    expect(isTimeOfDay('24:00')).to.equal(false);
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('2023-02-29')).to.equal(false);
    expect(isCalendarDate('2024-7-26')).to.equal(false);
    expect(isDue('2023-10-06')).to.equal(true);
    expect(isDue('2025-05-26T23:59')).to.equal(true);
    expect(isDue('2025-05-26T23:59:30')).to.equal(true);
    expect(isDue('2025-05-26 23:59')).to.equal(false);
    expect(isDue('2025-13-01T10:00')).to.equal(false);
  });

  it('puts a wall-clock time in its zone, summer and winter', () => {
    expect(iso(wallClock('2024-07-26', '09:00', 'Europe/Vienna').toMillis())).to.equal('2024-07-26T07:00:00.000Z');
    expect(iso(wallClock('2024-01-26', '09:00', 'Europe/Vienna').toMillis())).to.equal('2024-01-26T08:00:00.000Z');
    expect(iso(wallClock('2023-07-29', '08:45', 'Pacific/Honolulu').toMillis())).to.equal('2023-07-29T18:45:00.000Z');
    expect(iso(wallClock('2023-10-06', '12:00', 'AoE').toMillis())).to.equal('2023-10-07T00:00:00.000Z');
  });

  it('is right on both sides of a spring-forward change (Vienna, 31 March 2024)', () => {
    expect(iso(wallClock('2024-03-30', '09:00', 'Europe/Vienna').toMillis())).to.equal('2024-03-30T08:00:00.000Z');
    expect(iso(wallClock('2024-03-31', '09:00', 'Europe/Vienna').toMillis())).to.equal('2024-03-31T07:00:00.000Z');
    // 01:30 exists; 02:30 does not (clocks jump from 02:00 to 03:00) and moves on by the gap.
    expect(iso(wallClock('2024-03-31', '01:30', 'Europe/Vienna').toMillis())).to.equal('2024-03-31T00:30:00.000Z');
    expect(iso(wallClock('2024-03-31', '02:30', 'Europe/Vienna').toMillis())).to.equal('2024-03-31T01:30:00.000Z');
    expect(iso(wallClock('2024-03-31', '03:30', 'Europe/Vienna').toMillis())).to.equal('2024-03-31T01:30:00.000Z');
  });

  it('is right on both sides of a fall-back change (New York, 3 November 2024)', () => {
    expect(iso(wallClock('2024-11-02', '09:00', 'America/New_York').toMillis())).to.equal('2024-11-02T13:00:00.000Z');
    expect(iso(wallClock('2024-11-03', '09:00', 'America/New_York').toMillis())).to.equal('2024-11-03T14:00:00.000Z');
    // 01:30 happens twice; the first (daylight) one is meant.
    expect(iso(wallClock('2024-11-03', '01:30', 'America/New_York').toMillis())).to.equal('2024-11-03T05:30:00.000Z');
  });

  it('takes a date-only deadline as the end of that day in its zone', () => {
    expect(iso(dueInstant('2023-10-06', 'AoE').toMillis())).to.equal('2023-10-07T11:59:59.000Z');
    expect(iso(dueInstant('2023-05-31', 'UTC').toMillis())).to.equal('2023-05-31T23:59:59.000Z');
    expect(iso(dueInstant('2024-03-31', 'Europe/Vienna').toMillis())).to.equal('2024-03-31T21:59:59.000Z');
    expect(iso(dueInstant('2024-10-27', 'Europe/Vienna').toMillis())).to.equal('2024-10-27T22:59:59.000Z');
  });

  it('takes a date and time deadline as that wall-clock time, seconds included', () => {
    expect(iso(dueInstant('2025-05-26T23:59', 'UTC').toMillis())).to.equal('2025-05-26T23:59:00.000Z');
    expect(iso(dueInstant('2025-05-26T23:59:30', 'UTC').toMillis())).to.equal('2025-05-26T23:59:30.000Z');
    expect(iso(dueInstant('2023-09-29T23:59', 'AoE').toMillis())).to.equal('2023-09-30T11:59:00.000Z');
    expect(dueInstant('soon', 'UTC').isValid).to.equal(false);
  });

  it('labels a zone with its abbreviation and offset (the offset alone where the browser has no abbreviation)', () => {
    expect(zoneLabel(wallClock('2024-07-26', '09:00', 'Europe/Vienna'), 'Europe/Vienna')).to.equal('CEST, UTC+2');
    expect(zoneLabel(wallClock('2024-01-26', '09:00', 'Europe/Vienna'), 'Europe/Vienna')).to.equal('CET, UTC+1');
    expect(zoneLabel(wallClock('2023-07-29', '09:00', 'Pacific/Honolulu'), 'Pacific/Honolulu')).to.equal('HST, UTC-10');
    expect(zoneLabel(wallClock('2024-07-26', '09:00', 'America/New_York'), 'America/New_York')).to.equal('EDT, UTC-4');
    expect(zoneLabel(dueInstant('2023-10-06', 'AoE'), 'AoE')).to.equal('AoE, UTC-12');
    expect(zoneLabel(dueInstant('2023-10-06', 'UTC'), 'UTC')).to.equal('UTC');
    expect(zoneLabel(wallClock('2024-07-26', '09:00', 'Asia/Kolkata'), 'Asia/Kolkata')).to.equal('UTC+5:30');
  });

  // Egypt and Lebanon end summer time at midnight (24:00 becomes 23:00), Chile at 24:00 on a
  // Saturday, so on these days 23:00-23:59:59 happens twice: first at UTC+3 (Chile: UTC-3),
  // then an hour later at UTC+2 (UTC-4). Instants as Node's Intl (ICU 78, tz 2025c) reads them.
  const REPEATED_MIDNIGHT: [string, string, string, string][] = [
    ['2026-10-29', 'Africa/Cairo', '2026-10-29T20:59:59.000Z', '2026-10-29T21:59:59.000Z'],
    ['2026-10-24', 'Asia/Beirut', '2026-10-24T20:59:59.000Z', '2026-10-24T21:59:59.000Z'],
    ['2026-04-04', 'America/Santiago', '2026-04-05T02:59:59.000Z', '2026-04-05T03:59:59.000Z'],
  ];
  /** Days a visitor might open the page on: summer and winter on both sides of the equator. */
  const VISITS = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 1, 12), Date.UTC(2026, 9, 29, 12), Date.UTC(2026, 11, 1, 12)];

  it('ends a date-only deadline at the later 23:59:59 when that time happens twice, whatever day it is asked', () => {
    for (const visit of VISITS) {
      const clock = sinon.useFakeTimers({ now: visit, toFake: ['Date'] });
      try {
        for (const [date, zone, , later] of REPEATED_MIDNIGHT) {
          expect(iso(dueInstant(date, zone).toMillis()), `${date} in ${zone}, asked on ${iso(visit)}`).to.equal(later);
        }
      } finally {
        clock.restore();
      }
    }
  });

  it('keeps the first occurrence for a due with a time that happens twice, whatever day it is asked', () => {
    for (const visit of VISITS) {
      const clock = sinon.useFakeTimers({ now: visit, toFake: ['Date'] });
      try {
        for (const [date, zone, first] of REPEATED_MIDNIGHT) {
          expect(iso(dueInstant(`${date}T23:59:59`, zone).toMillis()), `${date} 23:59:59 in ${zone}`).to.equal(first);
          expect(iso(wallClock(date, '23:59', zone).toMillis()), `${date} 23:59 in ${zone}`).to.equal(
            first.replace(':59.000Z', ':00.000Z'),
          );
        }
      } finally {
        clock.restore();
      }
    }
  });

  it('keeps the years 0000-0099 as they are', () => {
    expect(isCalendarDate('0050-02-29')).to.equal(false);
    expect(isCalendarDate('0048-02-29')).to.equal(true);
    expect(isCalendarDate('0000-02-29')).to.equal(true);
    expect(iso(wallClock('0050-07-26', '09:00', 'UTC').toMillis())).to.equal('0050-07-26T09:00:00.000Z');
    expect(iso(dueInstant('0050-07-26', 'AoE').toMillis())).to.equal('0050-07-27T11:59:59.000Z');
  });
});
