// The schedule's times must not depend on where the visitor is, except when it shows their zone.
// Runs once in each zone of web-test-runner.config.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import { DateTime } from 'luxon';
import '../src/schedule.js';
import { EsfomoSchedule } from '../src/schedule.js';
import type { FeedInput } from '../src/feed/types.js';
import { wallClock, type Instant } from '../src/time/zones.js';
import { clockText, dayInstants, inProgress, minutesOf, nextBoundary, wallTimes } from '../src/time/day.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function schedule(feed: FeedInput, timezone?: string): Promise<EsfomoSchedule> {
  const wrap = await fixture(html`<div lang="en-GB"><esfomo-schedule .feed=${feed}></esfomo-schedule></div>`);
  const el = wrap.querySelector('esfomo-schedule')!;
  if (timezone) el.timezone = timezone;
  await el.updateComplete;
  return el;
}
const times = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    (tr.querySelector('[part~="time"]')!.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

/** Days with a daylight-saving change in them (both ways, and a half-hour one), and days without. */
const DAYS: [string, string][] = [
  ['2024-03-31', 'Europe/Vienna'],
  ['2024-10-27', 'Europe/Vienna'],
  ['2024-03-10', 'America/New_York'],
  ['2024-11-03', 'America/New_York'],
  ['2024-04-07', 'Australia/Lord_Howe'],
  ['2024-10-06', 'Australia/Lord_Howe'],
  ['2023-07-29', 'Pacific/Honolulu'],
  ['2024-07-26', 'AoE'],
  ['2024-07-26', 'UTC'],
];
/** Every quarter of an hour of the day, and the next day's first hours (an item after midnight). */
const QUARTERS = Array.from({ length: (24 + 6) * 4 }, (_, i) => i * 15);
const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const nextDate = (date: string) => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;

// A day tab writes its day to the page's hash, which a schedule made later reads: each test starts without one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe(`the schedule's time arithmetic, in ${zone}`, () => {
  for (const [date, dayZone] of DAYS) {
    it(`turns wall-clock times of ${date} in ${dayZone} into the instants zones.ts gives`, () => {
      const got = dayInstants(date, QUARTERS, dayZone);
      const want = QUARTERS.map((m) => wallClock(m < 1440 ? date : nextDate(date), hhmm(m), dayZone).toMillis());
      expect(got).to.deep.equal(want);
    });

    it(`shows instants of ${date} in ${dayZone} as luxon does, in that zone and the visitor's`, () => {
      const instants = dayInstants(date, QUARTERS, 'UTC');
      for (const shown of [dayZone === 'AoE' ? 'Etc/GMT+12' : dayZone, zone]) {
        const { wall } = wallTimes(instants, shown);
        expect(
          wall.map((w) => clockText(w)),
          shown,
        ).to.deep.equal(instants.map((t) => DateTime.fromMillis(t, { zone: shown }).toFormat('HH:mm')));
      }
      expect(wallTimes(instants, 'local').wall).to.deep.equal(wallTimes(instants, zone).wall);
    });
  }

  it('finds the innermost span in progress and the next boundary', () => {
    const spans = [{ start: 0, end: 100 }, { start: 10, end: 50 }, { start: 100 }, {}];
    expect([-1, 0, 10, 49, 50, 99, 100, 500].map((now) => inProgress(spans, now))).to.deep.equal([-1, 0, 1, 1, 0, 0, -1, -1]);
    expect([-1, 0, 10, 49, 50, 99, 100].map((now) => nextBoundary(spans, now))).to.deep.equal([0, 10, 50, 50, 100, 100, undefined]);
    expect(minutesOf('23:59')).to.equal(1439);
  });
});

describe(`<esfomo-schedule> in ${zone}`, () => {
  const feed: FeedInput = {
    version: 1,
    workshop: { timezone: 'Europe/Vienna' },
    schedule: [
      {
        date: '2024-07-26',
        items: [
          { start: '09:00', title: 'Opening remarks', kind: 'remarks' },
          { start: '18:00', end: '20:00', title: 'Happy hour', kind: 'social' },
        ],
      },
    ],
  };
  const instants = [
    wallClock('2024-07-26', '09:00', 'Europe/Vienna'),
    wallClock('2024-07-26', '18:00', 'Europe/Vienna'),
    wallClock('2024-07-26', '20:00', 'Europe/Vienna'),
  ];
  afterEach(() => {
    EsfomoSchedule.timezoneChoice = undefined;
  });

  it('shows the event’s wall-clock times wherever the visitor is', async () => {
    const el = await schedule(feed);
    expect(times(el)).to.deep.equal(['09:00–18:00', '18:00–20:00']);
    await expect(el).to.be.accessible();
  });

  it('shows a named zone’s wall-clock times wherever the visitor is', async () => {
    const el = await schedule(feed, 'America/Los_Angeles');
    expect(times(el)).to.deep.equal(['00:00–09:00', '09:00–11:00']);
  });

  it('shows the visitor’s wall-clock times with timezone="local", as the browser writes them', async () => {
    const el = await schedule(feed, 'local');
    const format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const [a, b, c] = instants.map((t) => format.format(t.toJSDate()));
    const day = (t: Instant) => t.toJSDate().getDate();
    const shift = (t: Instant) =>
      day(t) === day(instants[0]) ? '' : `${new Intl.DateTimeFormat('en-GB', { weekday: 'short' }).format(t.toJSDate())} `;
    expect(times(el)).to.deep.equal([`${shift(instants[0])}${a}–${b}`, `${shift(instants[1])}${b}–${c}`]);
  });

  it('offers the toggle only where the visitor’s clock differs from the event’s', async () => {
    const el = await schedule(feed);
    const differs = instants.some((t) => t.toJSDate().getTimezoneOffset() !== -t.offset);
    expect(!!el.shadowRoot!.querySelector('[part="zone-toggle"]')).to.equal(differs);
    expect(differs).to.equal(zone !== 'Europe/Vienna');
    await expect(el).to.be.accessible();
  });
});
