import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/dates.js';
import type { EsfomoDates } from '../src/dates.js';
import type { FeedInput } from '../src/feed/types.js';
import { clock } from '../src/time/clock.js';
import { activate, shadowText } from './helpers.js';

function feed(): FeedInput {
  return {
    version: 1,
    workshop: { name: 'WANT', venue: 'NeurIPS 2023', url: 'https://want-ai-hpc.github.io/neurips2023/' },
    dates: [
      {
        id: 'full-paper',
        label: 'Full paper submission deadline',
        due: '2023-10-06',
        timezone: 'AoE',
        previous: ['2023-09-29'],
        url: 'https://openreview.net/x',
      },
      { id: 'notification', label: 'Author notification', due: '2023-10-27', timezone: 'AoE' },
      { id: 'camera-ready', label: 'Camera-ready, poster; video', tbd: true },
      { id: 'workshop', label: 'Workshop', due: '2023-12-16T08:30', timezone: 'America/New_York' },
    ],
  };
}

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')];
const parts = (li: Element) => li.getAttribute('part')!.split(/\s+/).filter(Boolean);
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function dates(input: FeedInput = feed()): Promise<EsfomoDates> {
  const wrap = await fixture(html`<div lang="en-GB"><esfomo-dates .feed=${input}></esfomo-dates></div>`);
  const el = wrap.querySelector('esfomo-dates')!;
  await el.updateComplete;
  return el;
}

describe('<esfomo-dates>', () => {
  let fake: sinon.SinonFakeTimers | undefined;
  const at = (now: number) => (fake = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => {
    fixtureCleanup();
    fake?.restore();
    fake = undefined;
  });

  it('lists each label with its date in its zone, TBD, and earlier dates struck through', async () => {
    const el = await dates();
    const li = items(el);
    expect(li.map((l) => text(l.querySelector('[part="label"]')))).to.deep.equal([
      'Full paper submission deadline',
      'Author notification',
      'Camera-ready, poster; video',
      'Workshop',
    ]);
    expect(li.map((l) => text(l.querySelector('[part="due"], [part="tbd-text"]')))).to.deep.equal([
      '6 Oct 2023, end of day AoE',
      '27 Oct 2023, end of day AoE',
      'TBD',
      '16 Dec 2023, 08:30 EST',
    ]);
    const s = li[0].querySelector('s[part="previous"]')!;
    expect(s.textContent).to.equal('29 Sept 2023');
    expect(getComputedStyle(s).textDecorationLine).to.equal('line-through');
    expect(li[0].querySelector('[part="due"]')!.getAttribute('datetime')).to.equal('2023-10-07T11:59:59.000Z');
    expect(li[0].querySelector('[part="due"]')!.getAttribute('title')).to.equal('AoE, UTC-12');
    expect(li[0].querySelector('[part="label"] a')!.getAttribute('href')).to.equal('https://openreview.net/x');
    expect(parts(li[2])).to.deep.equal(['date', 'tbd']);
    expect(li[2].querySelector('[part="calendar"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('mutes passed dates and marks the next one with part next and aria-current="date"', async () => {
    at(Date.UTC(2023, 9, 10));
    const el = await dates();
    const li = items(el);
    expect(li.map(parts)).to.deep.equal([['date', 'passed'], ['date', 'next'], ['date', 'tbd'], ['date']]);
    expect(li.map((l) => l.getAttribute('aria-current'))).to.deep.equal([null, 'date', null, null]);
    // Said in words, not by colour alone; a passed date offers no calendar links.
    expect(li.map((l) => text(l.querySelector('[part="badge"]')))).to.deep.equal(['✓ passed', 'Next', '', '']);
    expect(li[0].querySelector('[part~="calendar"], [part="calendar-google"], [part="calendar-outlook"]')).to.equal(null);
    expect(li[1].querySelectorAll('[part="calendar"], [part="calendar-google"], [part="calendar-outlook"]')).to.have.length(3);
    // The visitor (New York) reads the AoE date on their own clock too.
    expect(text(li[1].querySelector('[part="local"]'))).to.equal('(your time: 28 Oct, 07:59 EDT)');
    const muted = getComputedStyle(li[0]).color;
    expect(muted).not.to.equal(getComputedStyle(li[1]).color);
    expect(getComputedStyle(li[1].querySelector('[part="due"]')!).fontWeight).to.equal('700');
    fake!.restore();
    fake = undefined;
    await expect(el).to.be.accessible();
  });

  it('moves the mark when the next date passes, with one wake of the shared clock', async () => {
    const fake = at(Date.UTC(2023, 9, 7, 11, 59, 58));
    const el = await dates();
    expect(items(el).map((l) => l.getAttribute('aria-current'))).to.deep.equal(['date', null, null, null]);
    expect(fake.countTimers()).to.equal(1);
    fake.tick(1000);
    await el.updateComplete;
    expect(items(el).map((l) => l.getAttribute('aria-current'))).to.deep.equal([null, 'date', null, null]);
    expect(parts(items(el)[0])).to.deep.equal(['date', 'passed']);
    // The next wake is when the notification date passes, three weeks on: one timer, no ticking.
    expect(fake.countTimers()).to.equal(1);
    fake.tick(20 * 86_400_000);
    await el.updateComplete;
    expect(items(el)[1].getAttribute('aria-current')).to.equal('date');
    fake.tick(86_400_000);
    await el.updateComplete;
    expect(items(el).map((l) => l.getAttribute('aria-current'))).to.deep.equal([null, null, null, 'date']);
    fake.tick(60 * 86_400_000);
    await el.updateComplete;
    expect(items(el).map((l) => l.getAttribute('aria-current'))).to.deep.equal([null, null, null, null]);
    expect(fake.countTimers()).to.equal(0);
    expect(clock.size).to.equal(0);
  });

  it('marks nothing and watches nothing when every date has passed', async () => {
    at(Date.UTC(2024, 0, 1));
    const el = await dates();
    expect(el.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
    expect(clock.size).to.equal(0);
  });

  it('offers each dated entry as an .ics file: one VEVENT at the deadline, in UTC', async () => {
    at(Date.UTC(2023, 8, 1));
    const el = await dates();
    fake!.restore();
    fake = undefined;
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="calendar"]')];
    expect(links).to.have.length(3);
    expect(text(links[0])).to.equal('Add “Full paper submission deadline” to calendar');
    const { text: ics, name, events } = await activate(links[0]);
    expect(name).to.equal('want-full-paper-submission-deadline.ics');
    expect(ics).to.contain('\r\nDTSTART:20231007T115959Z\r\n');
    expect(events).to.have.length(1);
    expect(events[0].summary).to.equal('WANT: Full paper submission deadline');
    expect(events[0].startDate.toJSDate().getTime()).to.equal(Date.UTC(2023, 9, 7, 11, 59, 59));
    expect(events[0].sequence).to.equal(1);
    expect(events[0].description).to.contain('Extended from 29 Sept 2023');
    const workshop = await activate(links[2]);
    expect(workshop.events[0].startDate.toString()).to.equal('2023-12-16T13:30:00Z');
    expect(workshop.events[0].component.getFirstPropertyValue('url')).to.equal('https://want-ai-hpc.github.io/neurips2023/');
  });

  it('offers Google Calendar and Outlook links, in a new tab, for the same instant as the file', async () => {
    at(Date.UTC(2023, 8, 1));
    const el = await dates();
    const google = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar-google"]')!;
    const outlook = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar-outlook"]')!;
    for (const link of [google, outlook]) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
    }
    expect(text(google)).to.equal('Google Calendar: “Full paper submission deadline”');
    const g = new URL(google.href).searchParams;
    expect(g.get('dates')).to.equal('20231007T115959Z/20231007T115959Z');
    expect(g.get('text')).to.equal('WANT: Full paper submission deadline');
    const o = new URL(outlook.href).searchParams;
    expect([o.get('startdt'), o.get('enddt')]).to.deep.equal(['2023-10-07T11:59:59Z', '2023-10-07T11:59:59Z']);
    fake!.restore();
    fake = undefined;
    await expect(el).to.be.accessible();
  });

  it('prints without its calendar links', async () => {
    at(Date.UTC(2023, 8, 1));
    const el = await dates();
    fake!.restore();
    fake = undefined;
    await emulateMedia({ media: 'print' });
    try {
      for (const link of el.shadowRoot!.querySelectorAll('[part^="calendar"]'))
        expect(link.getClientRects().length, link.getAttribute('part')!).to.equal(0);
      expect(getComputedStyle(items(el)[0]).breakInside).to.equal('avoid');
      expect(text(el.shadowRoot!.querySelector('[part="due"]'))).to.equal('6 Oct 2023, end of day AoE');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('offers the whole list as one file, TBD left out', async () => {
    const el = await dates();
    const all = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar-all"]')!;
    const { name, events, text: ics } = await activate(all);
    expect(name).to.equal('want-neurips-2023-dates.ics');
    expect(events.map((e) => e.summary)).to.deep.equal([
      'WANT: Full paper submission deadline',
      'WANT: Author notification',
      'WANT: Workshop',
    ]);
    expect(new Set(events.map((e) => e.uid)).size).to.equal(3);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).to.equal(true);
    expect(ics).to.contain('\r\nX-WR-CALNAME:WANT\\, NeurIPS 2023 dates\r\n');
  });

  it('works with the keyboard: the links are focusable and Enter activates them', async () => {
    at(Date.UTC(2023, 8, 1));
    const el = await dates();
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar"]')!;
    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(link.getAttribute('href')).to.equal('#');
  });

  it('shows nothing, and no error, for a feed without dates', async () => {
    const el = await dates({ version: 1 });
    expect(shadowText(el)).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
  });

  it('shows only TBD and no calendar link when no date is set', async () => {
    const el = await dates({
      version: 1,
      dates: [
        { label: 'Submission deadline', tbd: true },
        { label: 'Acceptance notification', tbd: true },
      ],
    });
    expect(shadowText(el)).to.equal('Submission deadline: TBD Acceptance notification: TBD');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders hostile labels as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await dates({ version: 1, dates: [{ label: hostile, due: '2030-01-01' }] });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part="label"]'))).to.equal(hostile);
  });

  it('takes --esfomo-dates-* properties', async () => {
    const wrap = await fixture(html`<div style="--esfomo-dates-marker: square; --esfomo-dates-next-weight: 500">
      <esfomo-dates .feed=${{ version: 1, dates: [{ label: 'Far', due: '2099-01-01' }] }}></esfomo-dates>
    </div>`);
    const el = wrap.querySelector('esfomo-dates')!;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('ul')!).listStyleType).to.equal('square');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="due"]')!).fontWeight).to.equal('500');
  });
});
