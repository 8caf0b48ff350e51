// Times of day in the page's language (src/time/format.ts), and the one cache of
// Intl.DateTimeFormat (src/time/intl.ts). The browser's zone is America/New_York.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { hourCycleOf, timeOfDay } from '../src/time/format.js';
import { dateTimeFormat } from '../src/time/intl.js';
import { dueInstant, localZoneName, wallClock, zoneLabel } from '../src/time/zones.js';
import { clockText, dayInstants, dayText, wallTimes, zoneText } from '../src/time/day.js';
import { formatDue, formatDueLocal } from '../src/time/deadline.js';

/** Browsers put a narrow no-break space before AM/PM; read it as a space. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const at = (h: number, m: number, s = 0) => Date.UTC(2025, 4, 26, h, m, s);

describe('timeOfDay: a time of day in the page’s language', () => {
  afterEach(() => sinon.restore());

  it('follows the language’s clock: 12-hour in en-US, 24-hour with two-digit hours in en-GB and most others', () => {
    expect(plain(timeOfDay(at(8, 30), 'en-US'))).to.equal('8:30 AM');
    expect(plain(timeOfDay(at(14, 5), 'en-US'))).to.equal('2:05 PM');
    expect(plain(timeOfDay(at(0, 0), 'en-US'))).to.equal('12:00 AM');
    for (const locale of ['en-GB', 'de', 'fr', 'it', 'pt-BR']) {
      expect(timeOfDay(at(8, 30), locale), locale).to.equal('08:30');
      expect(timeOfDay(at(0, 0), locale), locale).to.equal('00:00');
    }
    expect(hourCycleOf('en-US')).to.equal('h12');
    expect(hourCycleOf('en-GB')).to.equal('h23');
    expect(hourCycleOf('de')).to.equal('h23');
  });

  it('takes an explicit hour cycle over the language’s', () => {
    expect(timeOfDay(at(8, 30), 'en-US', { hourCycle: 'h23' })).to.equal('08:30');
    expect(timeOfDay(at(14, 5), 'en-US', { hourCycle: 'h23' })).to.equal('14:05');
    expect(plain(timeOfDay(at(8, 30), 'en-GB', { hourCycle: 'h12' }))).to.equal('8:30 am');
    expect(plain(timeOfDay(at(0, 0), 'en-GB', { hourCycle: 'h12' }))).to.equal('12:00 am');
    expect(plain(timeOfDay(at(23, 59), 'de', { hourCycle: 'h12' }))).to.match(/^11:59 PM$/i);
  });

  it('writes seconds when asked', () => {
    expect(timeOfDay(at(8, 30, 15), 'en-GB', { seconds: true })).to.equal('08:30:15');
    expect(plain(timeOfDay(at(8, 30, 15), 'en-US', { seconds: true }))).to.equal('8:30:15 AM');
  });

  it('reads an instant on the clock of a zone the feed names (AoE and half-hour zones included)', () => {
    const due = dueInstant('2023-10-06', 'AoE').toMillis();
    expect(plain(timeOfDay(due, 'en-US', { zone: 'AoE' }))).to.equal('11:59 PM');
    expect(timeOfDay(due, 'en-GB', { zone: 'AoE' })).to.equal('23:59');
    expect(timeOfDay(due, 'en-GB', { zone: 'UTC' })).to.equal('11:59');
    expect(timeOfDay(due, 'en-GB', { zone: 'Asia/Kolkata' })).to.equal('17:29');
    expect(timeOfDay(due, 'en-GB', { zone: 'Asia/Kathmandu' })).to.equal('17:44');
    // `local` is the visitor's clock: New York, UTC-4 in October.
    expect(timeOfDay(due, 'en-GB', { zone: 'local' })).to.equal('07:59');
  });

  it('prints a schedule’s wall times as the schedule does today in a 24-hour language, and 12-hour ones in en-US', () => {
    const quarters = Array.from({ length: 96 }, (_, i) => i * 15);
    const { wall } = wallTimes(dayInstants('2024-10-27', quarters, 'Europe/Vienna'), 'Europe/Vienna');
    expect(wall.map((w) => timeOfDay(w, 'en-GB'))).to.deep.equal(wall.map((w) => clockText(w)));
    const noon = wallTimes([wallClock('2024-07-26', '12:15', 'Europe/Vienna').toMillis()], 'Europe/Vienna').wall[0];
    expect(plain(timeOfDay(noon, 'en-US'))).to.equal('12:15 PM');
  });

  it('writes every minute of a day on the schedule’s fast path exactly as timeOfDay does, in en-US and en-GB', () => {
    const minutes = Array.from({ length: 1440 }, (_, i) => i);
    // The wall times come from the batched arithmetic, as the schedule's do.
    const { wall } = wallTimes(dayInstants('2024-07-26', minutes, 'Europe/Vienna'), 'Europe/Vienna');
    expect(wall.map((w) => new Date(w).getUTCHours() * 60 + new Date(w).getUTCMinutes())).to.deep.equal(minutes);
    for (const locale of ['en-US', 'en-GB']) {
      expect(
        wall.map((w) => clockText(w, undefined, locale)),
        locale,
      ).to.deep.equal(wall.map((w) => timeOfDay(w, locale)));
      for (const cycle of ['h12', 'h23'] as const) {
        expect(
          wall.map((w) => clockText(w, cycle, locale)),
          `${locale} ${cycle}`,
        ).to.deep.equal(wall.map((w) => timeOfDay(w, locale, { hourCycle: cycle })));
      }
    }
    expect(plain(clockText(wall[14 * 60], 'h12'))).to.equal('2:00 PM');
    expect(clockText(wall[14 * 60], 'h23')).to.equal('14:00');
    expect(plain(clockText(wall[0], undefined, 'en-US'))).to.equal('12:00 AM');
    expect(plain(clockText(wall[10 * 60 + 45], undefined, 'en-GB-u-hc-h12'))).to.equal('10:45 am');
    // Languages that put the period first, or write other digits, agree too.
    for (const locale of ['ko', 'zh-CN', 'ja', 'ar-EG', 'hi-IN', 'de']) {
      for (const m of [0, 5, 59, 60, 719, 720, 721, 780, 1439]) {
        expect(clockText(wall[m], undefined, locale), `${locale} ${m}`).to.equal(timeOfDay(wall[m], locale));
        expect(clockText(wall[m], 'h12', locale), `${locale} ${m} h12`).to.equal(timeOfDay(wall[m], locale, { hourCycle: 'h12' }));
      }
    }
  });

  it('never throws for a language the browser does not know (it writes English)', () => {
    expect(hourCycleOf('not a locale!')).to.equal('h12');
    expect(plain(timeOfDay(at(8, 30), 'not a locale!'))).to.equal('8:30 AM');
    expect(dateTimeFormat('not a locale!', { hour: 'numeric' }).resolvedOptions().locale).to.match(/^en/);
  });

  it('builds each Intl.DateTimeFormat once per locale and options, however often a page formats', () => {
    const work = () => {
      localZoneName();
      zoneLabel(wallClock('2024-07-26', '09:00', 'Europe/Vienna'), 'Europe/Vienna');
      zoneLabel(wallClock('2024-07-26', '09:00', 'Asia/Kolkata'), 'Asia/Kolkata');
      zoneText('Europe/Vienna', Date.UTC(2024, 9, 26, 20), Date.UTC(2024, 9, 27, 8));
      dayText('2024-07-26', 'en-GB');
      timeOfDay(at(8, 30), 'en-US');
      formatDue('2025-05-26T23:59', 'UTC', 'en-GB');
      formatDueLocal('2023-10-06', 'AoE', 'en-US', 'Europe/Vienna');
    };
    work();
    const built = sinon.spy(Intl, 'DateTimeFormat');
    for (let i = 0; i < 50; i++) work();
    expect(built.callCount).to.equal(0);
    // And a new locale or new options build exactly one more.
    timeOfDay(at(8, 30), 'es-ES');
    timeOfDay(at(8, 30), 'es-ES');
    expect(built.callCount).to.be.at.least(1);
    const after = built.callCount;
    timeOfDay(at(9, 30), 'es-ES');
    expect(built.callCount).to.equal(after);
  });
});
