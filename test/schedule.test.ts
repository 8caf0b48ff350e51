// <esfomo-schedule>, in a browser whose zone is America/New_York (EDT, UTC-4 in summer).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/schedule.js';
import { EsfomoSchedule } from '../src/schedule.js';
import type { FeedInput } from '../src/feed/types.js';
import { clock } from '../src/time/clock.js';
import '../src/feed.js';
import { sampleFeed, settled, shadowText } from './helpers.js';

async function demoFeed(name: string): Promise<FeedInput> {
  return (await fetch(`/demo/feeds/${name}.json`)).json();
}

async function schedule(feed: FeedInput | object, attrs: { day?: string; timezone?: string; lang?: string } = {}): Promise<EsfomoSchedule> {
  const wrap = await fixture(html`<div lang=${attrs.lang ?? 'en-GB'}>
    <esfomo-schedule .feed=${feed} day=${attrs.day ?? ''} timezone=${attrs.timezone ?? ''}></esfomo-schedule>
  </div>`);
  const el = wrap.querySelector('esfomo-schedule')!;
  if (!attrs.day) el.removeAttribute('day');
  if (!attrs.timezone) el.removeAttribute('timezone');
  await el.updateComplete;
  return el;
}

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Each body row as [time, title, speakers]. */
const table = (el: Element) =>
  $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
const times = (el: Element) => $$(el, 'tbody tr').map((tr) => text(tr.querySelector('[part~="time"]')));
/** What has focus inside the element, named by its part (elements themselves make poor assertion messages). */
const focused = (el: Element) => {
  const a = el.shadowRoot!.activeElement as HTMLElement | null;
  return a ? `${a.getAttribute('part')}:${text(a)}` : 'nothing';
};
const name = (node: HTMLElement) => `${node.getAttribute('part')}:${text(node)}`;
const parts = (node: Element | null) => (node?.getAttribute('part') ?? '').split(' ');

/** Two days in Vienna across the end of summer time (27 October 2024, 03:00 CEST -> 02:00 CET). */
function dstFeed(): FeedInput {
  return {
    version: 1,
    workshop: { timezone: 'Europe/Vienna' },
    people: [{ id: 'albert-gu', name: 'Albert Gu', affiliation: 'Carnegie Mellon' }],
    schedule: [
      {
        date: '2024-10-26',
        items: [
          { start: '09:00', end: '10:00', title: 'Day one keynote', kind: 'talk', speakers: ['albert-gu'] },
          { start: '10:00', title: 'Coffee', kind: 'break' },
        ],
      },
      {
        date: '2024-10-27',
        note: 'Clocks went back last night.',
        items: [{ start: '09:00', end: '10:00', title: 'Day two keynote', kind: 'talk' }],
      },
    ],
  };
}

/** A one-day feed around a fixed day, for the now-marker. */
function nowFeed(): FeedInput {
  return {
    version: 1,
    workshop: { timezone: 'Europe/Vienna' },
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
            items: [
              { title: 'Talk A', kind: 'talk' },
              { title: 'Talk B', kind: 'talk' },
            ],
          },
          { start: '10:15', title: 'Contributed Talk 1', kind: 'contributed' },
          { start: '10:30', end: '10:45', title: 'Coffee break', kind: 'break' },
          { start: '11:00', title: 'Awards', kind: 'awards' },
        ],
      },
    ],
  };
}

// A day tab writes its day to the page's hash, which a schedule made later reads: each test starts without one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<esfomo-schedule>', () => {
  afterEach(() => {
    EsfomoSchedule.timezoneChoice = undefined;
    sinon.restore();
  });

  describe('the seed pages’ plans', () => {
    it('shows ES-FoMo 2024 completely, in Vienna time, as the original reads', async () => {
      const feed = await demoFeed('esfomo-2024');
      const el = await schedule(feed);
      expect(text($(el, 'caption [part="day"]'))).to.equal('Friday, 26 July 2024');
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in CEST, UTC+2 (the event’s time zone)');
      const talks = (feed.schedule![0].items as { items?: unknown[] }[]).reduce((n, i) => n + 1 + (i.items?.length ?? 0), 0);
      const rows = table(el);
      expect(rows).to.have.length(talks);
      expect(rows[0]).to.deep.equal(['09:00–09:15', 'Opening remarks', '']);
      expect(rows[1]).to.deep.equal(['09:15–10:15', 'Session I: Emerging Architectures', '']);
      expect(rows[2]).to.deep.equal([
        '',
        'Mixture-of-Experts: Scaling and Tradeoffs at Training and Inference',
        'Abhinav Venigalla (Databricks)',
      ]);
      expect(rows[3]).to.deep.equal(['', 'A Deep Dive into State-Space Models', 'Albert Gu (Carnegie Mellon)']);
      const panel = rows.find((r) => r[1].startsWith('Panel:'))!;
      expect(panel[0]).to.equal('14:00–15:00');
      expect(panel[1]).to.equal('Panel: Data and Architecture Trends Across Industry and Open Communities TBC');
      expect(panel[2]).to.equal('Aakanksha Chowdhery (Google DeepMind) Dylan Patel (SemiAnalysis) Stella Biderman (EleutherAI)');
      expect(rows[rows.length - 1]).to.deep.equal(['18:00–20:00', 'Post-workshop happy hour', '']);
      expect(text($(el, '[part="note"]'))).to.equal(feed.schedule![0].note);
      await expect(el).to.be.accessible();
    });

    it('shows ES-FoMo 2023 completely, in Honolulu time', async () => {
      const feed = await demoFeed('esfomo-2023');
      const el = await schedule(feed);
      expect(text($(el, 'caption [part="day"]'))).to.equal('Saturday, 29 July 2023');
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in HST, UTC-10 (the event’s time zone)');
      const rows = table(el);
      expect(rows.map((r) => r[1])).to.include.members([
        'Opening remarks',
        'Session IV: Collaborative Approaches',
        'Open Tooling for Large Language Models',
        'Awards',
      ]);
      expect(rows[0][0]).to.equal('08:45–09:00');
      expect(rows[rows.length - 1]).to.deep.equal(['17:30–17:45', 'Awards', '']);
      const panel = rows.find((r) => r[1].startsWith('Panel:'))!;
      expect(panel[2]).to.equal('Anna Goldie (Anthropic) Rishi Bommasani (Stanford University) Susan Zhang (Meta) Emily Weber (AWS)');
      await expect(el).to.be.accessible();
    });

    it('writes the day in the page’s language', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'), { lang: 'en-US' });
      expect(text($(el, 'caption [part="day"]'))).to.equal('Friday, July 26, 2024');
      const de = await schedule(await demoFeed('esfomo-2024'), { lang: 'de' });
      expect(text($(de, 'caption [part="day"]'))).to.equal('Freitag, 26. Juli 2024');
    });

    it('keeps a day of the years 0000-0099 in its own year, not 19xx', async () => {
      const feed: FeedInput = {
        version: 1,
        workshop: { timezone: 'UTC' },
        schedule: [{ date: '0050-07-26', items: [{ start: '09:00', end: '10:30', title: 'Opening remarks', kind: 'remarks' }] }],
      };
      const el = await schedule(feed);
      // 26 July 50 was a Tuesday in the proleptic Gregorian calendar (26 July 1950 a Wednesday).
      expect(text($(el, 'caption [part="day"]'))).to.equal('Tuesday, 26 July 50');
      expect($$(el, 'time').map((t) => t.getAttribute('datetime'))).to.deep.equal(['0050-07-26T09:00+00:00', '0050-07-26T10:30+00:00']);
      expect(times(el)).to.deep.equal(['09:00–10:30']);
    });
  });

  describe('the feed', () => {
    it('takes its feed from the <esfomo-feed> around it, as the demo page does', async () => {
      const wrap = await fixture(
        html`<esfomo-feed src="/demo/feeds/esfomo-2023.json"><section lang="en-GB"><esfomo-schedule></esfomo-schedule></section></esfomo-feed>`,
      );
      const el = wrap.querySelector('esfomo-schedule')!;
      await settled(el);
      expect(table(el)[0]).to.deep.equal(['08:45–09:00', 'Opening remarks', '']);
      await expect(el).to.be.accessible();
    });

    it('takes its own src', async () => {
      const el = await fixture<EsfomoSchedule>(html`<esfomo-schedule lang="en-GB" src="/demo/feeds/esfomo-2024.json"></esfomo-schedule>`);
      await settled(el);
      expect(text($(el, 'caption [part="day"]'))).to.equal('Friday, 26 July 2024');
    });
  });

  describe('the table', () => {
    it('is a real data table: caption, column headers, a row header per item', async () => {
      const el = await schedule(sampleFeed());
      const t = $(el, 'table')!;
      expect(t.querySelector('caption')).to.exist;
      expect($$(el, 'thead th').map((th) => [th.getAttribute('scope'), text(th)])).to.deep.equal([
        ['col', 'Time'],
        ['col', 'Topic'],
        ['col', 'Speakers'],
      ]);
      for (const tr of $$(el, 'tbody tr')) expect(tr.children[1].localName).to.equal('th');
      expect([...$$(el, 'time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2024-07-26T09:00+02:00',
        '2024-07-26T09:15+02:00',
        '2024-07-26T09:15+02:00',
        '2024-07-26T10:15+02:00',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows a session as a header row with its talks under it, in one row group', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'));
      const groups = $$(el, 'tbody');
      const session = groups.find((g) => g.querySelector('[part~="session"]'))!;
      const [head, ...talks] = [...session.querySelectorAll('tr')];
      expect(parts(head)).to.include.members(['row', 'session']);
      expect(head.querySelector('th')!.getAttribute('scope')).to.equal('rowgroup');
      expect(talks).to.have.length(2);
      for (const talk of talks) {
        expect(parts(talk)).to.include.members(['row', 'talk', 'session-item']);
        expect(talk.querySelector('th')!.getAttribute('scope')).to.equal('row');
      }
      expect(getComputedStyle(head.querySelector('th')!).fontWeight).to.equal('700');
      expect(parseFloat(getComputedStyle(talks[0].querySelector('th')!).paddingInlineStart)).to.be.greaterThan(
        parseFloat(getComputedStyle(head.querySelector('th')!).paddingInlineStart),
      );
    });

    it('shows breaks, remarks, awards and social items quieter than talks', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'));
      const row = (kind: string) => $(el, `tr[part~="${kind}"]`)!;
      const talk = getComputedStyle(row('talk'));
      for (const kind of ['break', 'remarks', 'awards', 'social']) {
        const quiet = getComputedStyle(row(kind));
        expect(quiet.color, kind).to.not.equal(talk.color);
        expect(getComputedStyle(row(kind).querySelector('th')!).fontStyle, kind).to.equal('italic');
      }
      expect(getComputedStyle(row('contributed').querySelector('th')!).fontWeight).to.equal('700');
    });

    it('marks tentative items TBC, but not a title that says so itself', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'));
      const tentative = $$(el, 'tr[part~="tentative"]');
      expect(tentative.map((tr) => text(tr.querySelector('th')))).to.deep.equal([
        'TBC',
        'Panel: Data and Architecture Trends Across Industry and Open Communities TBC',
      ]);
      expect(tentative[0].querySelector('[part="tbc"]')).to.equal(null);
      expect(text(tentative[1].querySelector('[part="tbc"]'))).to.equal('TBC');
      expect($$(el, '[part="tbc"]')).to.have.length(1);
    });

    it('shows people by id, inline people as given, moderators marked, and links that the feed gives', async () => {
      const el = await schedule({
        version: 1,
        people: [{ id: 'albert-gu', name: 'Albert Gu', affiliation: 'Carnegie Mellon', url: 'https://example.org/gu' }],
        schedule: [
          {
            date: '2024-07-26',
            items: [
              {
                start: '14:00',
                end: '15:00',
                title: 'Panel',
                kind: 'panel',
                url: 'https://example.org/panel',
                speakers: ['albert-gu', { name: 'Dylan Patel', affiliation: 'SemiAnalysis' }],
                moderators: [{ name: 'Jo Mod' }],
              },
            ],
          },
        ],
      });
      const people = $$(el, '[part~="person"]');
      expect(people.map(text)).to.deep.equal(['Albert Gu (Carnegie Mellon)', 'Dylan Patel (SemiAnalysis)', 'Moderator: Jo Mod']);
      expect(parts(people[2])).to.deep.equal(['person', 'moderator']);
      expect(people[0].querySelector('a[part="name"]')!.getAttribute('href')).to.equal('https://example.org/gu');
      expect($(el, '[part="title"] a')!.getAttribute('href')).to.equal('https://example.org/panel');
      expect(getComputedStyle(people[1].querySelector('[part="affiliation"]')!).fontStyle).to.equal('italic');
      await expect(el).to.be.accessible();
    });

    it('prints a row as its cells and what they say: a name is its link, no empty affiliation, no box per person', async () => {
      const el = await schedule({
        version: 1,
        people: [
          { id: 'albert-gu', name: 'Albert Gu', affiliation: 'Carnegie Mellon', url: 'https://example.org/gu' },
          { id: 'tri-dao', name: 'Tri Dao' },
        ],
        schedule: [
          {
            date: '2024-07-26',
            items: [
              { start: '09:00', end: '09:30', title: 'Keynote: state-space models', kind: 'talk', speakers: ['albert-gu'] },
              {
                start: '09:30',
                title: 'Morning session',
                kind: 'session',
                moderators: ['tri-dao'],
                items: [{ title: 'Talk one', speakers: ['tri-dao'] }],
              },
              { start: '11:00', end: '11:30', title: 'Coffee break', kind: 'break' },
            ],
          },
        ],
      });
      const shape = (tr: Element) => [...tr.querySelectorAll('*')].map((e) => e.localName).join(' ');
      const [keynote, session, talk, coffee] = $$(el, 'tbody tr');
      expect(shape(keynote)).to.equal('td time time th button td a span');
      expect(shape(session)).to.equal('td time time th button td span span');
      expect(shape(talk)).to.equal('td th td span');
      expect(shape(coffee)).to.equal('td time time th td');
      expect(text(keynote.querySelector('a[part="name"]'))).to.equal('Albert Gu');
      expect(text(keynote.querySelector('[part="affiliation"]'))).to.equal('(Carnegie Mellon)');
      expect(text(talk.querySelector('[part~="person"]'))).to.equal('Tri Dao');
      expect(talk.querySelector('[part="affiliation"]')).to.equal(null);
      expect(parts(session.querySelector('td:last-child'))).to.deep.equal(['speakers', 'person', 'moderator']);
      await expect(el).to.be.accessible();
    });

    it('keeps its columns whatever the rows hold: a day with long titles and a day of long speaker lists line up, and a 12-hour clock widens the time column', async () => {
      const day = (date: string, title: string, speakers: string[]) => ({
        date,
        items: [{ start: '10:30', end: '11:00', title, kind: 'talk', speakers }],
      });
      const feed = {
        version: 1,
        workshop: { name: 'W', timezone: 'Europe/Vienna' },
        people: [
          { id: 'a', name: 'Albert Gu', affiliation: 'Carnegie Mellon University, Machine Learning Department' },
          { id: 'b', name: 'Tri Dao', affiliation: 'Princeton University and Together AI' },
        ],
        schedule: [day('2024-07-26', 'A very long title '.repeat(6), []), day('2024-07-27', 'Short', ['a', 'b'])],
      };
      const columns = (el: EsfomoSchedule) => $$(el, 'thead th').map((th) => Math.round(th.getBoundingClientRect().width));
      const wrap = await fixture(html`<div lang="en-GB" style="width: 48rem">
        <esfomo-schedule .feed=${feed} day="2024-07-26"></esfomo-schedule><esfomo-schedule .feed=${feed} day="2024-07-27"></esfomo-schedule>
      </div>`);
      const [first, second] = [...wrap.querySelectorAll<EsfomoSchedule>('esfomo-schedule')];
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect(getComputedStyle($(first, 'table')!).tableLayout).to.equal('fixed');
      expect(columns(first)).to.deep.equal(columns(second));
      const [time, , speakers] = columns(first);
      const table = $(first, 'table')!.getBoundingClientRect().width;
      expect(Math.abs(speakers - 0.3 * table)).to.be.below(2);
      expect(Math.abs(time - 7.5 * parseFloat(getComputedStyle($(first, 'table')!).fontSize))).to.be.below(1);
      // en-US writes 10:30 AM–11:00 AM: the wider column, and the time on one line.
      const us = await schedule(feed, { lang: 'en-US', day: '2024-07-26' });
      expect($(us, 'table')!.classList.contains('long-times')).to.equal(true);
      const [start, end] = $$(us, 'tbody td.time time');
      expect(text(start.parentElement)).to.equal('10:30 AM–11:00 AM');
      expect(columns(us)[0]).to.be.above(time);
      expect(Math.round(end.getBoundingClientRect().top)).to.equal(Math.round(start.getBoundingClientRect().top));
      await expect(first).to.be.accessible();
    });

    it('warns about an unknown speaker id and shows nothing for it', async () => {
      const info = sinon.spy(console, 'info');
      const el = await schedule({
        version: 1,
        people: [{ id: 'albert-gu', name: 'Albert Gu' }],
        schedule: [
          { date: '2024-07-26', items: [{ start: '09:00', title: 'Talk', kind: 'talk', speakers: ['nobody-known', 'albert-gu'] }] },
        ],
      });
      expect(table(el)).to.deep.equal([['09:00', 'Talk', 'Albert Gu']]);
      expect(shadowText(el)).to.not.contain('nobody-known');
      expect(info.args.flat().join('\n')).to.contain('schedule[0].items[0].speakers[0]: "nobody-known" is not the id of anyone in people');
      await expect(el).to.be.accessible();
    });

    it('ends an item without an end where the next starts, and shows the last one’s start alone', async () => {
      const el = await schedule(nowFeed());
      expect(times(el)).to.deep.equal(['09:00–09:15', '09:15–10:15', '', '', '10:15–10:30', '10:30–10:45', '11:00']);
    });

    it('sorts a day’s items by time, and gives talks with times of their own their times', async () => {
      const el = await schedule({
        version: 1,
        schedule: [
          {
            date: '2024-07-26',
            items: [
              { start: '11:00', title: 'Later', kind: 'talk' },
              {
                start: '09:00',
                title: 'Session',
                kind: 'session',
                items: [{ start: '09:00', title: 'A' }, { start: '09:30', title: 'B' }, { title: 'C, untimed' }],
              },
            ],
          },
        ],
      });
      expect(table(el).map((r) => [r[0], r[1]])).to.deep.equal([
        ['09:00–11:00', 'Session'],
        ['09:00–09:30', 'A'],
        ['09:30–11:00', 'B'],
        ['', 'C, untimed'],
        ['11:00', 'Later'],
      ]);
    });

    it('shows an unknown kind as a plain item', async () => {
      const el = await schedule({
        version: 1,
        schedule: [{ date: '2024-07-26', items: [{ start: '09:00', title: 'Mystery', kind: 'keynote' }] }],
      });
      const row = $(el, 'tbody tr')!;
      expect(parts(row)).to.deep.equal(['row']);
      expect(text(row.querySelector('th'))).to.equal('Mystery');
    });

    it('gives each kind its own part, for styling from outside', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'));
      const kinds = new Set($$(el, 'tbody tr').flatMap(parts));
      expect([...kinds].sort()).to.deep.equal([
        'awards',
        'break',
        'contributed',
        'panel',
        'poster',
        'remarks',
        'row',
        'session',
        'session-item',
        'social',
        'talk',
        'tentative',
      ]);
      const all = new Set($$(el, '[part]').flatMap(parts));
      for (const p of [
        'table',
        'caption',
        'day',
        'zone',
        'head',
        'group',
        'time',
        'title',
        'speakers',
        'person',
        'name',
        'affiliation',
        'note',
      ]) {
        expect(all.has(p), p).to.equal(true);
      }
    });

    it('follows the page font and colour, and takes --esfomo-* properties', async () => {
      const wrap =
        await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30); --esfomo-schedule-time-width: 12em; --esfomo-schedule-session-background: rgb(1, 2, 3)">
        <esfomo-schedule .feed=${sampleFeed()}></esfomo-schedule>
      </div>`);
      const el = wrap.querySelector('esfomo-schedule')!;
      await el.updateComplete;
      const td = $(el, 'tr[part~="talk"] td')!;
      expect(getComputedStyle(td).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(td).color).to.equal('rgb(10, 20, 30)');
      const time = $(el, 'tbody td')!;
      expect(time.getBoundingClientRect().width).to.be.closeTo(12 * parseFloat(getComputedStyle(time).fontSize), 1);
      expect(getComputedStyle($(el, 'tr[part~="session"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('renders hostile strings as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await schedule({
        version: 1,
        schedule: [
          {
            date: '2024-07-26',
            note: hostile,
            items: [{ start: '09:00', title: hostile, speakers: [{ name: hostile, affiliation: hostile }] }],
          },
        ],
      });
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(text($(el, 'tbody th'))).to.equal(hostile);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('time zones', () => {
    it('timezone="local" shows the visitor’s wall-clock times', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'), { timezone: 'local' });
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in EDT, UTC-4 (your time zone)');
      expect(times(el)[0]).to.equal('03:00–03:15');
      expect(table(el).at(-1)![0]).to.equal('12:00–14:00');
      expect($(el, '[part="zone-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('an IANA name shows that zone, marking times that fall on another day', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'), { timezone: 'Asia/Tokyo' });
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in UTC+9');
      expect(text($(el, 'caption [part="day"]'))).to.equal('Friday 26 July – Saturday 27 July 2024');
      expect(times(el)[0]).to.equal('16:00–16:15');
      const last = $$(el, 'tbody tr').at(-1)!;
      expect(text(last.querySelector('[part="day-shift"]'))).to.equal('Sat');
      expect(text(last.querySelector('[part~="time"]'))).to.equal('Sat 01:00–03:00');
      expect(last.querySelector('time')!.getAttribute('datetime')).to.equal('2024-07-27T01:00+09:00');
      await expect(el).to.be.accessible();
    });

    it('an unknown zone in the attribute falls back to the event’s, with a warning', async () => {
      const warn = sinon.spy(console, 'warn');
      const el = await schedule(await demoFeed('esfomo-2024'), { timezone: 'Mars/Olympus_Mons' });
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in CEST, UTC+2 (the event’s time zone)');
      expect(times(el)[0]).to.equal('09:00–09:15');
      expect(warn.args.flat().join('\n')).to.contain('timezone="Mars/Olympus_Mons" is not');
      await expect(el).to.be.accessible();
    });

    it('has a toggle, a real button reachable by keyboard, that switches to the visitor’s zone and back', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'));
      const button = $(el, '[part="zone-toggle"]')!;
      expect(button.localName).to.equal('button');
      expect(text(button)).to.equal('Times in CEST (event) · Show in my time (EDT)');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.focus();
      expect(focused(el)).to.equal(name(button));
      const changed = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('esfomo-timezone-change', resolve as EventListener, { once: true }),
      );
      await sendKeys({ press: 'Enter' });
      const event = await changed;
      expect(event.detail).to.deep.equal({ timezone: 'local', zone: 'America/New_York' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(text(button)).to.equal('Times in EDT (yours) · Show event time');
      expect(times(el)[0]).to.equal('03:00–03:15');
      expect(focused(el)).to.equal(name(button));
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(times(el)[0]).to.equal('09:00–09:15');
    });

    it('remembers the choice for the page visit: every schedule follows it, one made later too', async () => {
      const feed = await demoFeed('esfomo-2024');
      const wrap = await fixture(
        html`<div lang="en-GB"><esfomo-schedule .feed=${feed}></esfomo-schedule><esfomo-schedule .feed=${feed} timezone="event"></esfomo-schedule></div>`,
      );
      const [a, b] = [...wrap.querySelectorAll('esfomo-schedule')];
      await a.updateComplete;
      $(a, '[part="zone-toggle"]')!.click();
      await a.updateComplete;
      await b.updateComplete;
      expect(EsfomoSchedule.timezoneChoice).to.equal('local');
      expect(times(b)[0]).to.equal('03:00–03:15');
      const later = await schedule(feed);
      expect(times(later)[0]).to.equal('03:00–03:15');
      expect($(later, '[part="zone-toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
      // The visitor's choice also wins over an author's timezone="local" once made.
      $(later, '[part="zone-toggle"]')!.click();
      const local = await schedule(feed, { timezone: 'local' });
      expect(times(local)[0]).to.equal('09:00–09:15');
    });

    it('with an explicit IANA zone, toggles between that zone and the visitor’s', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'), { timezone: 'UTC' });
      expect(times(el)[0]).to.equal('07:00–07:15');
      $(el, '[part="zone-toggle"]')!.click();
      await el.updateComplete;
      expect(times(el)[0]).to.equal('03:00–03:15');
      $(el, '[part="zone-toggle"]')!.click();
      await el.updateComplete;
      expect(times(el)[0]).to.equal('07:00–07:15');
    });

    it('follows a change of the timezone attribute', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'));
      el.setAttribute('timezone', 'UTC');
      await el.updateComplete;
      expect(times(el)[0]).to.equal('07:00–07:15');
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in UTC');
      el.setAttribute('timezone', 'local');
      await el.updateComplete;
      expect(times(el)[0]).to.equal('03:00–03:15');
      el.removeAttribute('timezone');
      await el.updateComplete;
      expect(times(el)[0]).to.equal('09:00–09:15');
    });

    it('has no toggle where the visitor’s zone shows the same times, only a line saying so', async () => {
      const feed = {
        version: 1,
        workshop: { timezone: 'America/Toronto' },
        schedule: [{ date: '2024-07-26', items: [{ start: '09:00', title: 'Keynote' }] }],
      };
      const el = await schedule(feed);
      // (Booleans, not elements: a failed assertion on an element inside a shadow root never finishes serialising.)
      expect($(el, '[part="zone-toggle"]') === null, 'a toggle').to.equal(true);
      expect(text($(el, '[part="zone-status"]'))).to.equal('Times in EDT (event and yours)');
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in EDT, UTC-4 (the event’s time zone)');
      await expect(el).to.be.accessible();
    });

    it('shows both days of a feed across a DST change right, in the event’s zone and the visitor’s', async () => {
      const el = await schedule(dstFeed());
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in CEST, UTC+2 (the event’s time zone)');
      expect(times(el)).to.deep.equal(['09:00–10:00', '10:00']);
      $$(el, '[role="tab"]')[1].click();
      await el.updateComplete;
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in CET, UTC+1 (the event’s time zone)');
      expect(times(el)).to.deep.equal(['09:00–10:00']);
      $(el, '[part="zone-toggle"]')!.click();
      await el.updateComplete;
      // 09:00 CET is 08:00 UTC, 04:00 EDT (New York changes a week later).
      expect(times(el)).to.deep.equal(['04:00–05:00']);
      $$(el, '[role="tab"]')[0].click();
      await el.updateComplete;
      // 09:00 CEST is 07:00 UTC, 03:00 EDT.
      expect(times(el)).to.deep.equal(['03:00–04:00', '04:00']);
      await expect(el).to.be.accessible();
    });
  });

  describe('days', () => {
    it('day="YYYY-MM-DD" shows that day alone, without tabs', async () => {
      const el = await schedule(dstFeed(), { day: '2024-10-27' });
      expect($(el, '[role="tablist"]')).to.equal(null);
      expect(text($(el, 'caption [part="day"]'))).to.equal('Sunday, 27 October 2024');
      expect(table(el).map((r) => r[1])).to.deep.equal(['Day two keynote']);
      expect(text($(el, '[part="note"]'))).to.equal('Clocks went back last night.');
      await expect(el).to.be.accessible();
    });

    it('changing day shows another day', async () => {
      const el = await schedule(dstFeed(), { day: '2024-10-27' });
      el.day = '2024-10-26';
      await el.updateComplete;
      expect(table(el).map((r) => r[1])).to.deep.equal(['Day one keynote', 'Coffee']);
    });

    for (const day of ['2024-12-01', '2024-02-30', 'tomorrow']) {
      it(`day="${day}", not a day of the schedule, falls back to the first day (and its tabs) with a warning`, async () => {
        const warn = sinon.spy(console, 'warn');
        const el = await schedule(dstFeed(), { day });
        expect(table(el).map((r) => r[1])).to.deep.equal(['Day one keynote', 'Coffee']);
        expect($$(el, '[role="tab"]')).to.have.length(2);
        expect(warn.args.flat().join('\n')).to.contain(`day="${day}"`);
        await expect(el).to.be.accessible();
      });
    }

    it('offers day tabs, the ARIA tabs pattern, operable by keyboard', async () => {
      const el = await schedule(dstFeed());
      const tabs = $$(el, '[role="tab"]');
      expect(tabs.map(text)).to.deep.equal(['Sat 26 Oct', 'Sun 27 Oct']);
      const panel = $(el, '[role="tabpanel"]')!;
      expect($(el, '[role="tablist"]')!.getAttribute('aria-label')).to.equal('Days');
      expect(tabs.map((t) => [t.getAttribute('aria-selected'), t.tabIndex, t.getAttribute('aria-controls')])).to.deep.equal([
        ['true', 0, panel.id],
        ['false', -1, panel.id],
      ]);
      expect(panel.getAttribute('aria-labelledby')).to.equal(tabs[0].id);
      tabs[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(tabs[1].getAttribute('aria-selected')).to.equal('true');
      expect(tabs[1].tabIndex).to.equal(0);
      expect(focused(el)).to.equal(name(tabs[1]));
      expect(panel.getAttribute('aria-labelledby')).to.equal(tabs[1].id);
      expect(table(el).map((r) => r[1])).to.deep.equal(['Day two keynote']);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(name(tabs[0]));
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)).to.equal(name(tabs[1]));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)).to.equal(name(tabs[0]));
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)).to.equal(name(tabs[1]));
      expect(table(el).map((r) => r[1])).to.deep.equal(['Day two keynote']);
      // Tab leaves the tab list for the zone toggle, then the panel.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(name($(el, '[part="zone-toggle"]')!));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === panel).to.equal(true);
    });
  });

  describe('now', () => {
    let fake: sinon.SinonFakeTimers;
    const at = (iso: string) => sinon.useFakeTimers({ now: new Date(iso), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    afterEach(() => {
      fixtureCleanup();
      fake?.restore();
    });
    const marked = (el: Element) =>
      $$(el, '[aria-current]').map((tr) => [tr.getAttribute('aria-current'), text(tr.querySelector('th')), parts(tr).includes('now')]);

    it('marks the item in progress and moves the mark on by itself, on the shared clock', async () => {
      fake = at('2024-07-26T09:20:00+02:00');
      const el = await schedule(nowFeed());
      expect(marked(el)).to.deep.equal([['time', 'Session I', true]]);
      expect(text($(el, '[part="now-badge"]'))).to.equal('now');
      expect(fake.countTimers()).to.equal(1);
      expect(clock.running).to.equal(true);
      fake.tick(55 * 60_000 - 1);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([['time', 'Session I', true]]);
      fake.tick(1);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([['time', 'Contributed Talk 1', true]]);
      fake.tick(15 * 60_000);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([['time', 'Coffee break', true]]);
      fake.tick(15 * 60_000);
      await el.updateComplete;
      // 10:45 to 11:00: a gap; then Awards has no end, so nothing is in progress and nothing is left to wait for.
      expect(marked(el)).to.deep.equal([]);
      expect(fake.countTimers()).to.equal(1);
      fake.tick(15 * 60_000);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([]);
      expect(fake.countTimers()).to.equal(0);
    });

    it('marks the talk in progress inside a session when talks have times', async () => {
      fake = at('2024-07-26T09:40:00+02:00');
      const el = await schedule({
        version: 1,
        workshop: { timezone: 'Europe/Vienna' },
        schedule: [
          {
            date: '2024-07-26',
            items: [
              {
                start: '09:15',
                end: '10:15',
                title: 'Session',
                kind: 'session',
                items: [
                  { start: '09:15', title: 'A' },
                  { start: '09:45', title: 'B' },
                ],
              },
            ],
          },
        ],
      });
      expect(marked(el)).to.deep.equal([['time', 'A', true]]);
      fake.tick(5 * 60_000);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([['time', 'B', true]]);
    });

    it('waits for the first item from midnight of the day, with one timer', async () => {
      fake = at('2024-07-26T00:30:00+02:00');
      const el = await schedule(nowFeed());
      expect(marked(el)).to.deep.equal([]);
      expect(fake.countTimers()).to.equal(1);
      fake.tick(8.5 * 3600_000);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([['time', 'Opening remarks', true]]);
    });

    for (const [when, iso] of [
      ['the day before', '2024-07-25T12:00:00+02:00'],
      ['after the event', '2024-07-27T09:20:00+02:00'],
    ]) {
      it(`marks nothing and keeps no timer ${when}`, async () => {
        fake = at(iso);
        const el = await schedule(nowFeed());
        expect(marked(el)).to.deep.equal([]);
        expect(fake.countTimers()).to.equal(0);
        expect(clock.running).to.equal(false);
      });
    }

    it('stops watching when it leaves the page, and when another day is shown', async () => {
      fake = at('2024-10-26T09:30:00+02:00');
      const el = await schedule(dstFeed());
      expect(marked(el)).to.deep.equal([['time', 'Day one keynote', true]]);
      expect(fake.countTimers()).to.equal(1);
      $$(el, '[role="tab"]')[1].click();
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([]);
      expect(fake.countTimers()).to.equal(0);
      $$(el, '[role="tab"]')[0].click();
      await el.updateComplete;
      expect(fake.countTimers()).to.equal(1);
      el.remove();
      expect(fake.countTimers()).to.equal(0);
    });

    it('catches up when it comes back to the page, and watches again', async () => {
      fake = at('2024-07-26T09:20:00+02:00');
      const el = await schedule(nowFeed());
      const parent = el.parentElement!;
      expect(marked(el)).to.deep.equal([['time', 'Session I', true]]);
      el.remove();
      expect(fake.countTimers()).to.equal(0);
      fake.tick(60 * 60_000); // 10:20, away from the page: nothing wakes it
      expect(marked(el)).to.deep.equal([['time', 'Session I', true]]);
      parent.append(el);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([['time', 'Contributed Talk 1', true]]);
      expect(fake.countTimers()).to.equal(1);
      expect(clock.size).to.equal(1);
    });

    it('is accessible with the mark', async () => {
      fake = at('2024-07-26T09:20:00+02:00');
      const el = await schedule(nowFeed());
      expect(marked(el)).to.have.length(1);
      fake.restore();
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('skips an item without a valid start; the rest of the table shows', async () => {
      const el = await schedule({
        version: 1,
        schedule: [
          { date: '2024-07-26', items: [{ title: 'No start' }, { start: '25:99', title: 'Bad start' }, { start: '09:00', title: 'Good' }] },
        ],
      });
      expect(table(el)).to.deep.equal([['09:00', 'Good', '']]);
      await expect(el).to.be.accessible();
    });

    it('skips a day with a bad date or an unknown zone; the other days show', async () => {
      const el = await schedule({
        version: 1,
        schedule: [
          { date: '2024-02-30', items: [{ start: '09:00', title: 'Bad date' }] },
          { date: '2024-07-26', timezone: 'Mars/Base', items: [{ start: '09:00', title: 'Bad zone' }] },
          { date: '2024-07-27', items: [{ start: '09:00', title: 'Good day' }] },
        ],
      });
      expect($(el, '[role="tablist"]')).to.equal(null);
      expect(table(el)).to.deep.equal([['09:00', 'Good day', '']]);
      await expect(el).to.be.accessible();
    });

    it('says so, visibly, when no day of the schedule can be shown', async () => {
      const el = await schedule({ version: 1, schedule: [{ date: '2024-13-01', items: [] }] });
      expect(text($(el, '[part="message"]'))).to.equal(
        'The feed\'s schedule could not be shown: schedule[0].date: "2024-13-01" is not a date (YYYY-MM-DD) (day skipped).',
      );
      await expect(el).to.be.accessible();
    });

    it('says so when the schedule is not a list', async () => {
      const el = await schedule({ version: 1, schedule: { date: '2024-07-26' } });
      expect($(el, '[part="message"]')).to.exist;
    });

    it('shows a short line for a day with no items', async () => {
      const el = await schedule({ version: 1, schedule: [{ date: '2024-07-26', items: [{ start: 'soon', title: 'x' }] }] });
      expect(text($(el, '[part="empty"]'))).to.equal('Friday, 26 July 2024: nothing is scheduled yet.');
      await expect(el).to.be.accessible();
    });

    it('shows nothing, and no error, for a feed without a schedule', async () => {
      const el = await schedule({ version: 1 });
      expect(el.shadowRoot!.querySelector('table, [part="message"]')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('small screens and print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    });

    it('stacks each row under a narrow width of its own (a container query), whatever the window', async () => {
      const feed = await demoFeed('esfomo-2024');
      const wrap = await fixture(html`<div lang="en-GB" style="width: 20rem"><esfomo-schedule .feed=${feed}></esfomo-schedule></div>`);
      const el = wrap.querySelector('esfomo-schedule')!;
      await el.updateComplete;
      const row = $(el, 'tbody tr')!;
      expect(getComputedStyle(row).display).to.equal('block');
      expect(getComputedStyle($(el, 'thead')!).position).to.equal('absolute');
      const [time, title] = [row.children[0], row.children[1]].map((c) => c.getBoundingClientRect());
      expect(title.top).to.be.at.least(time.bottom - 1);
      await expect(el).to.be.accessible();
      (wrap as HTMLElement).style.width = '50rem';
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(row).display).to.equal('table-row');
    });

    it('prints a black-on-white table without its controls', async () => {
      const el = await schedule(await demoFeed('esfomo-2024'));
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part="toolbar"]')!).display).to.equal('none');
      for (const node of [$(el, 'tr[part~="break"]')!, $(el, '[part="zone"]')!])
        expect(getComputedStyle(node).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, 'tr[part~="session"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });
});
