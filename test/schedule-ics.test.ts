// <esfomo-schedule>'s "Add this day to calendar" link, in a browser whose zone is America/New_York.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/schedule.js';
import { EsfomoSchedule } from '../src/schedule.js';
import type { FeedInput } from '../src/feed/types.js';
import { activate } from './helpers.js';

const workshop = { name: 'ES-FoMo', edition: 'II', venue: 'ICML 2024, Vienna', timezone: 'Europe/Vienna', url: 'https://es-fomo.com/' };

/** A day in Vienna in summer (CEST, UTC+2). */
function summerFeed(): FeedInput {
  return {
    version: 1,
    workshop,
    people: [
      { id: 'albert-gu', name: 'Albert Gu', affiliation: 'Carnegie Mellon' },
      { id: 'tri-dao', name: 'Tri Dao', affiliation: 'Princeton' },
    ],
    schedule: [
      {
        date: '2024-07-26',
        items: [
          { start: '09:00', title: 'Opening remarks', kind: 'remarks' },
          {
            start: '09:15',
            end: '10:15',
            title: 'Session I',
            kind: 'session',
            moderators: ['tri-dao'],
            items: [
              { start: '09:15', title: 'State space models', kind: 'talk', speakers: ['albert-gu'] },
              { start: '09:45', title: 'Talk B', kind: 'talk', tentative: true },
            ],
          },
          { start: '10:15', title: 'Contributed Talk 1', kind: 'contributed', url: 'https://example.org/paper' },
          { start: '10:30', end: '10:45', title: 'Coffee break', kind: 'break' },
          { start: '11:00', title: 'Awards', kind: 'awards' },
        ],
      },
    ],
  };
}

/** Around the end of summer time in Vienna (27 October 2024, 03:00 CEST -> 02:00 CET), and its start (31 March 2024, 02:00 CET -> 03:00 CEST). */
function dstFeed(): FeedInput {
  return {
    version: 1,
    workshop: { name: 'Night school', timezone: 'Europe/Vienna' },
    schedule: [
      {
        date: '2024-10-26',
        items: [
          { start: '22:00', title: 'Evening talk' },
          { start: '23:30', end: '03:30', title: 'Through the night' },
        ],
      },
      {
        date: '2024-03-31',
        items: [
          { start: '01:30', title: 'Before the change' },
          { start: '03:30', end: '04:00', title: 'After the change' },
        ],
      },
    ],
  };
}

async function schedule(feed: FeedInput, attrs: { timezone?: string } = {}): Promise<EsfomoSchedule> {
  const wrap = await fixture(html`<div lang="en-GB"><button>before</button><esfomo-schedule .feed=${feed}></esfomo-schedule></div>`);
  const el = wrap.querySelector('esfomo-schedule')!;
  if (attrs.timezone) el.setAttribute('timezone', attrs.timezone);
  await el.updateComplete;
  return el;
}

const link = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar"]');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Each event as [summary, start, end] in UTC (ISO), end `null` for an instant. */
const spans = (
  events: {
    summary: string;
    startDate: { toJSDate(): Date };
    component: { hasProperty(name: string): boolean };
    endDate: { toJSDate(): Date };
  }[],
) =>
  events.map((e) => [
    e.summary,
    e.startDate.toJSDate().toISOString(),
    e.component.hasProperty('dtend') ? e.endDate.toJSDate().toISOString() : null,
  ]);

// A day tab writes its day to the page's hash, which a schedule made later reads: each test starts without one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<esfomo-schedule> add to calendar', () => {
  afterEach(() => {
    fixtureCleanup();
    EsfomoSchedule.timezoneChoice = undefined;
  });

  it('offers the day shown as one .ics file: one event per item of the day, in UTC', async () => {
    const el = await schedule(summerFeed());
    const a = link(el)!;
    expect(text(a)).to.equal('Add this day (Friday, 26 July 2024) to calendar (.ics)');
    const { name, events, text: ics } = await activate(a);
    expect(name).to.equal('es-fomo-ii-2024-07-26.ics');
    expect(ics).to.contain('\r\nX-WR-CALNAME:ES-FoMo II: Friday\\, 26 July 2024\r\n');
    // 09:00 CEST is 07:00 UTC. Items without an end end where the next starts; the last is an instant.
    expect(spans(events)).to.deep.equal([
      ['ES-FoMo II: Opening remarks', '2024-07-26T07:00:00.000Z', '2024-07-26T07:15:00.000Z'],
      ['ES-FoMo II: Session I', '2024-07-26T07:15:00.000Z', '2024-07-26T08:15:00.000Z'],
      ['ES-FoMo II: Contributed Talk 1', '2024-07-26T08:15:00.000Z', '2024-07-26T08:30:00.000Z'],
      ['ES-FoMo II: Coffee break', '2024-07-26T08:30:00.000Z', '2024-07-26T08:45:00.000Z'],
      ['ES-FoMo II: Awards', '2024-07-26T09:00:00.000Z', null],
    ]);
    expect(ics).to.contain('\r\nDTSTART:20240726T071500Z\r\nDTEND:20240726T081500Z\r\n');
    expect(events.every((e) => e.location === 'ICML 2024, Vienna')).to.equal(true);
  });

  it('describes a session: its moderator and its talks with their speakers', async () => {
    const el = await schedule(summerFeed());
    const { events } = await activate(link(el)!);
    expect(events[1].description.split('\n')).to.deep.equal([
      'Moderator: Tri Dao (Princeton)',
      'In this session (times in CEST, UTC+2):',
      '• 09:15 State space models – Albert Gu (Carnegie Mellon)',
      '• 09:45 Talk B (to be confirmed)',
      'ES-FoMo II, ICML 2024, Vienna',
    ]);
    expect(events[2].component.getFirstPropertyValue('url')).to.equal('https://example.org/paper');
    expect(events[0].component.getFirstPropertyValue('url')).to.equal('https://es-fomo.com/');
  });

  it('gives each event a stable UID from the workshop, the date, the start and the title', async () => {
    const first = (await activate(link(await schedule(summerFeed()))!)).events.map((e) => e.uid);
    fixtureCleanup();
    const again = (await activate(link(await schedule(summerFeed()))!)).events.map((e) => e.uid);
    expect(again).to.deep.equal(first);
    expect(new Set(first).size).to.equal(5);
    expect(first[1]).to.equal('es-fomo-ii-icml-2024-vienna-2024-07-26-09-15-session-i@esfomo-elements');
  });

  it('keeps two items of the same start and title apart', async () => {
    const feed: FeedInput = {
      version: 1,
      workshop,
      schedule: [
        {
          date: '2024-07-26',
          items: [
            { start: '12:00', title: 'Posters' },
            { start: '12:00', title: 'Posters' },
          ],
        },
      ],
    };
    const { events } = await activate(link(await schedule(feed))!);
    expect(events.map((e) => e.uid)).to.deep.equal([
      'es-fomo-ii-icml-2024-vienna-2024-07-26-12-00-posters@esfomo-elements',
      'es-fomo-ii-icml-2024-vienna-2024-07-26-12-00-posters-2@esfomo-elements',
    ]);
  });

  it('writes the same instants whatever zone the table shows', async () => {
    const own = spans((await activate(link(await schedule(summerFeed()))!)).events);
    fixtureCleanup();
    const el = await schedule(summerFeed(), { timezone: 'Pacific/Honolulu' });
    expect(text(el.shadowRoot!.querySelector('[part="zone"]'))).to.contain('HST');
    expect(spans((await activate(link(el)!)).events)).to.deep.equal(own);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zone-toggle"]')!.click();
    await el.updateComplete;
    expect(spans((await activate(link(el)!)).events)).to.deep.equal(own);
  });

  it('counts the real hours across a change of summer time, and an end after midnight', async () => {
    const el = await schedule(dstFeed());
    // 26 October: 22:00 CEST is 20:00 UTC; 23:30 CEST to 03:30 CET the next morning is five hours.
    expect(spans((await activate(link(el)!)).events)).to.deep.equal([
      ['Night school: Evening talk', '2024-10-26T20:00:00.000Z', '2024-10-26T21:30:00.000Z'],
      ['Night school: Through the night', '2024-10-26T21:30:00.000Z', '2024-10-27T02:30:00.000Z'],
    ]);
    // The tab of the other day: its own file. 01:30 CET is 00:30 UTC; 03:30 CEST is 01:30 UTC, one hour later.
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')[1].click();
    await el.updateComplete;
    const other = await activate(link(el)!);
    expect(other.name).to.equal('night-school-2024-03-31.ics');
    expect(spans(other.events)).to.deep.equal([
      ['Night school: Before the change', '2024-03-31T00:30:00.000Z', '2024-03-31T01:30:00.000Z'],
      ['Night school: After the change', '2024-03-31T01:30:00.000Z', '2024-03-31T02:00:00.000Z'],
    ]);
  });

  it('works without a workshop name or venue: plain titles, no location', async () => {
    const feed: FeedInput = {
      version: 1,
      schedule: [{ date: '2024-07-26', timezone: 'UTC', items: [{ start: '09:00', end: '10:00', title: 'Keynote' }] }],
    };
    const { name, events } = await activate(link(await schedule(feed))!);
    expect(name).to.equal('2024-07-26.ics');
    expect(spans(events)).to.deep.equal([['Keynote', '2024-07-26T09:00:00.000Z', '2024-07-26T10:00:00.000Z']]);
    expect(events[0].component.hasProperty('location')).to.equal(false);
    expect(events[0].uid).to.equal('workshop-2024-07-26-09-00-keynote@esfomo-elements');
  });

  it('is a real link reached with Tab and followed with Enter', async () => {
    const el = await schedule(summerFeed());
    el.parentElement!.querySelector('button')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== link(el); i++) {
      await sendKeys({ press: 'Tab' });
      const a = el.shadowRoot!.activeElement;
      seen.push(a ? `${a.getAttribute('part') ?? a.localName}: ${a.getAttribute('aria-label') ?? text(a)}` : 'outside');
    }
    // The time zone toggle, each timed talk's calendar button (not the break's, remarks' or awards'), the one item with a link, then the day's calendar link.
    expect(seen).to.deep.equal([
      'zone-toggle: Times in CEST (event) · Show in my time (EDT)',
      'item-calendar-toggle: Add “Session I” to calendar',
      'item-calendar-toggle: Add “State space models” to calendar',
      'item-calendar-toggle: Add “Talk B” to calendar',
      'a: Contributed Talk 1',
      'item-calendar-toggle: Add “Contributed Talk 1” to calendar',
      'calendar: Add this day (Friday, 26 July 2024) to calendar (.ics)',
    ]);
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    expect(link(el)!.getAttribute('href')).to.equal('#');
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('click', stop, { once: true });
    await sendKeys({ press: 'Enter' });
    expect(link(el)!.href).to.match(/^blob:/);
    expect(link(el)!.download).to.equal('es-fomo-ii-2024-07-26.ics');
    await expect(el).to.be.accessible();
  });

  it('has no link for a day with nothing scheduled', async () => {
    const el = await schedule({ version: 1, workshop, schedule: [{ date: '2024-07-26', items: [] }] });
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.not.equal(null);
    expect(link(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is not printed', async () => {
    const el = await schedule(summerFeed());
    expect(link(el)!.getClientRects().length).to.be.greaterThan(0);
    await emulateMedia({ media: 'print' });
    try {
      expect(link(el)!.getClientRects().length).to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
