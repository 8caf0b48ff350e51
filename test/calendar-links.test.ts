// Google Calendar and Outlook links: the same event as the .ics file, times in UTC.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/schedule.js';
import '../src/dates.js';
import type { FeedInput } from '../src/feed/types.js';

const vienna = (date: string): FeedInput => ({
  version: 1,
  workshop: { name: 'ES-FoMo', edition: 'II', venue: 'ICML 2024, Messe Wien', url: 'https://es-fomo.com/' },
  schedule: [
    {
      date,
      timezone: 'Europe/Vienna',
      items: [
        { start: '09:00', end: '09:15', title: 'Opening remarks', kind: 'remarks' },
        { start: '16:30', end: '17:30', title: 'Panel', kind: 'panel' },
      ],
    },
  ],
});

/** The links an element offers, by part, as their query parameters. */
async function links(template: unknown) {
  const wrap = await fixture(html`<div lang="en-GB">${template}</div>`);
  const el = wrap.firstElementChild!;
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const get = (part: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`[part="${part}"]`)!;
  return { google: get('calendar-google'), outlook: get('calendar-outlook'), el };
}

describe('web calendar links', () => {
  afterEach(() => fixtureCleanup());

  for (const [date, utcOpen, utcClose, zone] of [
    ['2024-07-26', '20240726T070000Z', '20240726T153000Z', 'CEST'],
    ['2025-01-17', '20250117T080000Z', '20250117T163000Z', 'CET'],
    // The day after the clocks go forward: 09:00 is already CEST.
    ['2025-03-31', '20250331T070000Z', '20250331T153000Z', 'CEST'],
  ]) {
    it(`puts a Vienna day in ${zone} (${date}) at its UTC instants`, async () => {
      const { google, outlook, el } = await links(html`<esfomo-schedule .feed=${vienna(date)}></esfomo-schedule>`);
      expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
      const g = new URL(google.href).searchParams;
      expect(g.get('action')).to.equal('TEMPLATE');
      expect(g.get('dates')).to.equal(`${utcOpen}/${utcClose}`);
      expect(g.get('text')).to.match(/^ES-FoMo II: \w+day, \d+ \w+ 20\d\d$/);
      expect(g.get('location')).to.equal('ICML 2024, Messe Wien');
      expect(g.get('details')).to.contain('https://es-fomo.com/');
      const o = new URL(outlook.href).searchParams;
      expect(outlook.origin + outlook.pathname).to.equal('https://outlook.live.com/calendar/0/deeplink/compose');
      const iso = (s: string) =>
        `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
      expect([o.get('startdt'), o.get('enddt')]).to.deep.equal([iso(utcOpen), iso(utcClose)]);
      expect(o.get('subject')).to.equal(g.get('text'));
      expect([o.get('path'), o.get('rru')]).to.deep.equal(['/calendar/action/compose', 'addevent']);
      for (const link of [google, outlook]) expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener']);
      await expect(el).to.be.accessible();
    });
  }

  it('puts an AoE deadline at one instant, the end of its day at UTC-12', async () => {
    const feed: FeedInput = {
      version: 1,
      workshop: { name: 'WANT' },
      dates: [{ label: 'Camera-ready', due: '2099-06-09', timezone: 'AoE' }],
    };
    const { google, outlook } = await links(html`<esfomo-dates .feed=${feed}></esfomo-dates>`);
    const g = new URL(google.href).searchParams;
    expect(g.get('dates')).to.equal('20990610T115959Z/20990610T115959Z');
    expect(g.get('text')).to.equal('WANT: Camera-ready');
    expect(g.get('details')).to.contain('9 Jun 2099, end of day AoE');
    const o = new URL(outlook.href).searchParams;
    expect([o.get('startdt'), o.get('enddt')]).to.deep.equal(['2099-06-10T11:59:59Z', '2099-06-10T11:59:59Z']);
  });
});
