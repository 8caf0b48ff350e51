// What the page said, kept: a schedule item's label, a date's note, and a date of kind
// "event" (the workshop's day): validated with JSON paths, shown, and put in calendars.
// The browser's zone is America/New_York; the workshop's is Europe/Vienna.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/schedule.js';
import '../src/dates.js';
import '../src/countdown.js';
import type { EsfomoDates } from '../src/dates.js';
import type { FeedInput } from '../src/feed/types.js';
import { formatProblem, validateFeed } from '../src/feed/validate.js';
import { icsCalendar } from '../src/calendar/ics.js';
import { deadlineEvent } from '../src/calendar/events.js';
import { activate } from './helpers.js';
import ICAL from 'ical.js';

/** ES-FoMo II 2024 as its page wrote it: "Invited Talk", "Oral", and the workshop's day. */
function feed(): FeedInput {
  return {
    version: 1,
    workshop: { name: 'ES-FoMo', edition: 'II', venue: 'ICML 2024, Vienna', timezone: 'Europe/Vienna', url: 'https://es-fomo.com' },
    schedule: [
      {
        date: '2024-07-26',
        items: [
          { start: '09:00', end: '09:30', title: 'Mixture-of-Experts: Scaling and Tradeoffs', kind: 'talk', label: 'Invited Talk' },
          { start: '09:30', end: '09:45', title: 'Marlin: a Fast 4-Bit Inference Kernel', kind: 'contributed', label: 'Oral' },
          { start: '10:30', title: 'Coffee break', kind: 'break' },
        ],
      },
    ],
    dates: [
      {
        id: 'submission',
        label: 'Submission deadline',
        due: '2024-05-31',
        timezone: 'AoE',
        note: 'one-day extension for US Memorial Day',
        previous: ['2024-05-30'],
      },
      { id: 'workshop', label: 'Workshop', due: '2024-07-26', kind: 'event', note: 'Room Lehar 1, Messe Wien' },
    ],
  };
}

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const VIENNA_MIDNIGHT = Date.UTC(2024, 6, 25, 22); // 26 Jul 2024 00:00 CEST
const VIENNA_END = Date.UTC(2024, 6, 26, 22); // 27 Jul 2024 00:00 CEST

/** Fakes the clock from `now` on (timers and Date; `sinon.restore()` puts the real ones back). */
const at = (now: number) => sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });

describe('the feed’s label, note and event dates', () => {
  afterEach(() => {
    fixtureCleanup();
    sinon.restore();
  });

  describe('validation', () => {
    it('keeps label, note and kind: "event", and works out an event’s day in its zone', () => {
      const { feed: f, problems } = validateFeed(feed());
      expect(problems).to.deep.equal([]);
      expect(f.schedule[0].items.map((i) => i.label)).to.deep.equal(['Invited Talk', 'Oral', undefined]);
      expect(f.dates[0].note).to.equal('one-day extension for US Memorial Day');
      expect(f.dates[0].kind).to.equal(undefined);
      const workshop = f.dates[1];
      expect(workshop.kind).to.equal('event');
      expect(workshop.note).to.equal('Room Lehar 1, Messe Wien');
      expect(workshop.start).to.equal(VIENNA_MIDNIGHT);
      expect(workshop.at).to.equal(VIENNA_END);
    });

    it('drops a label or note that is not text and takes an unknown kind as a deadline, naming the JSON paths', () => {
      const input = feed() as unknown as { schedule: { items: Record<string, unknown>[] }[]; dates: Record<string, unknown>[] };
      input.schedule[0].items[0].label = { text: 'Invited Talk' };
      input.dates[0].note = ['extended'];
      input.dates[1].kind = 'conference';
      const { feed: f, problems } = validateFeed(input);
      expect(problems.map(formatProblem)).to.deep.equal([
        'schedule[0].items[0].label: an object is not text (ignored)',
        'dates[0].note: a list is not text (ignored)',
        'dates[1].kind: "conference" is not a kind of date ("deadline" or "event"); taken as "deadline"',
      ]);
      expect(problems.every((p) => p.severity === 'warning')).to.equal(true);
      expect(f.schedule[0].items[0].label).to.equal(undefined);
      expect(f.schedule[0].items[0].title).to.equal('Mixture-of-Experts: Scaling and Tradeoffs');
      expect(f.dates[0].note).to.equal(undefined);
      expect(f.dates[1].kind).to.equal(undefined);
      expect(f.dates[1].at).to.equal(Date.UTC(2024, 6, 26, 21, 59, 59));
    });
  });

  it('shows an item’s label before its title in the title cell (part label), as text', async () => {
    const input = feed();
    input.schedule![0].items[1].label = '<b>Oral</b>';
    const wrap = await fixture(html`<div lang="en-GB"><esfomo-schedule .feed=${input}></esfomo-schedule></div>`);
    const el = wrap.querySelector('esfomo-schedule')!;
    await el.updateComplete;
    const titles = [...el.shadowRoot!.querySelectorAll('[part="title"]')];
    expect(titles.map(text)).to.deep.equal([
      'Invited Talk Mixture-of-Experts: Scaling and Tradeoffs',
      '<b>Oral</b> Marlin: a Fast 4-Bit Inference Kernel',
      'Coffee break',
    ]);
    const label = titles[0].querySelector('[part="label"]')!;
    expect(label.textContent).to.equal('Invited Talk');
    expect(titles[0].firstElementChild).to.equal(label);
    expect(titles[1].querySelector('b')).to.equal(null);
    expect(titles[2].querySelector('[part="label"]')).to.equal(null);
    // Smaller than the title it stands before.
    expect(parseFloat(getComputedStyle(label).fontSize)).to.be.below(parseFloat(getComputedStyle(titles[0]).fontSize));
    await expect(el).to.be.accessible();
  });

  describe('<esfomo-dates>', () => {
    async function dates(): Promise<EsfomoDates> {
      const wrap = await fixture(html`<div lang="en-GB"><esfomo-dates .feed=${feed()}></esfomo-dates></div>`);
      const el = wrap.querySelector('esfomo-dates')!;
      await el.updateComplete;
      return el;
    }
    const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')];

    it('shows a note with its date, and an event as a day with no time of day', async () => {
      at(Date.UTC(2024, 4, 1));
      const el = await dates();
      const [submission, workshop] = items(el);
      expect(text(submission.querySelector('[part="note"]'))).to.equal('(one-day extension for US Memorial Day)');
      expect(text(workshop.querySelector('[part="due"]'))).to.equal('26 Jul 2024');
      expect(workshop.querySelector('[part="due"]')!.getAttribute('datetime')).to.equal('2024-07-26');
      expect(workshop.getAttribute('part')!.split(' ')).to.include('event');
      expect(text(workshop.querySelector('[part="note"]'))).to.equal('(Room Lehar 1, Messe Wien)');
      sinon.restore();
      await expect(el).to.be.accessible();
    });

    it('has an event passed only once its day has ended in its zone, and moves the mark then', async () => {
      // 23:30 in Vienna on the workshop's day (17:30 in New York): the day is not over.
      const fake = at(VIENNA_END - 30 * 60_000);
      const el = await dates();
      let workshop = items(el)[1];
      expect(workshop.getAttribute('part')!.split(' ')).to.include('next');
      expect(workshop.getAttribute('aria-current')).to.equal('date');
      await fake.tickAsync(30 * 60_000 + 1000);
      await el.updateComplete;
      workshop = items(el)[1];
      expect(workshop.getAttribute('part')!.split(' ')).to.include('passed');
      expect(workshop.hasAttribute('aria-current')).to.equal(false);
    });

    it('offers an event as an all-day VEVENT on its day, the note in its description', async () => {
      at(Date.UTC(2024, 4, 1));
      const el = await dates();
      const link = items(el)[1].querySelector<HTMLAnchorElement>('[part="calendar"]')!;
      const { text: ics, events } = await activate(link);
      expect(ics).to.include('DTSTART;VALUE=DATE:20240726\r\n');
      expect(ics).to.include('DTEND;VALUE=DATE:20240727\r\n');
      const [event] = events;
      expect(event.startDate.isDate).to.equal(true);
      expect(event.startDate.toString()).to.equal('2024-07-26');
      expect(event.endDate.toString()).to.equal('2024-07-27');
      expect(event.summary).to.equal('ES-FoMo II: Workshop');
      expect(event.description).to.include('Room Lehar 1, Messe Wien');
      // A deadline stays an instant, its note in the description too.
      const deadline = await activate(items(el)[0].querySelector<HTMLAnchorElement>('[part="calendar"]')!);
      expect(deadline.events[0].startDate.isDate).to.equal(false);
      expect(deadline.events[0].description).to.include('one-day extension for US Memorial Day');
    });
  });

  it('writes an all-day event of several days, and one day without an end, that ical.js reads back', () => {
    const text = icsCalendar(
      [
        { uid: 'want-neurips-2023-workshop@esfomo-elements', title: 'WANT', start: Date.UTC(2023, 11, 16), allDay: true },
        { uid: 'x-workshop@esfomo-elements', title: 'X', start: Date.UTC(2023, 6, 29), end: Date.UTC(2023, 6, 31), allDay: true },
      ],
      { stamp: Date.UTC(2023, 0, 1) },
    );
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).to.deep.equal([
      ['2023-12-16', '2023-12-17', true],
      ['2023-07-29', '2023-07-31', true],
    ]);
    expect(text).not.to.include('TRANSP:TRANSPARENT');
    const { feed: f } = validateFeed(feed());
    expect(deadlineEvent(f.dates[1], f.workshop, 'en-GB')).to.include({ start: Date.UTC(2024, 6, 26), allDay: true });
  });

  describe('<esfomo-countdown> to an event', () => {
    it('counts to the start of the day in its zone, shows the day, and says when it has started', async () => {
      // 20:00 in Vienna the evening before: four hours to midnight there.
      const fake = at(VIENNA_MIDNIGHT - 4 * 3600_000);
      const wrap = await fixture(html`<div lang="en-GB"><esfomo-countdown .feed=${feed()} deadline="workshop"></esfomo-countdown></div>`);
      const el = wrap.querySelector('esfomo-countdown')!;
      await el.updateComplete;
      const num = (u: string) => el.shadowRoot!.querySelector(`[part="${u}"]`)?.textContent;
      expect([num('days'), num('hours'), num('minutes'), num('seconds')]).to.deep.equal(['0', '04', '00', '00']);
      expect(text(el.shadowRoot!.querySelector('[part="due"]'))).to.equal('26 Jul 2024');
      expect(el.shadowRoot!.querySelector('[part="local"]')).to.equal(null);
      // Two seconds before midnight in Vienna, then past it.
      fake.setSystemTime(VIENNA_MIDNIGHT - 2000);
      await fake.tickAsync(1000);
      expect([num('hours'), num('minutes'), num('seconds')]).to.deep.equal(['00', '00', '01']);
      await fake.tickAsync(1500);
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part="closed"]'))).to.equal('Workshop began on 26 Jul 2024');
      sinon.restore();
      await expect(el).to.be.accessible();
    });
  });
});
