// Times of day follow the page's language in every element (schedule, dates, countdown), and
// hour-cycle="h12" | "h23" on an element overrides that. The browser's own language is en-US.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/schedule.js';
import '../src/dates.js';
import '../src/countdown.js';
import type { FeedInput } from '../src/feed/types.js';

/** Browsers put a narrow no-break space before AM/PM; read it as a space. */
const plain = (s: string) =>
  s
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** ES-FoMo II's day (ICML 2024, Vienna), as its page wrote it, with a deadline and the countdown's. */
function feed(): FeedInput {
  return {
    version: 1,
    workshop: { name: 'ES-FoMo', edition: 'II', venue: 'ICML 2024, Vienna', timezone: 'Europe/Vienna' },
    schedule: [
      {
        date: '2024-07-26',
        items: [
          { start: '08:30', end: '08:45', title: 'Opening remarks', kind: 'remarks' },
          { start: '10:45', end: '12:15', title: 'Poster session 1', kind: 'poster' },
          { start: '14:00', end: '15:00', title: 'Panel: Data and Architecture Trends', kind: 'panel' },
        ],
      },
    ],
    dates: [{ id: 'submission', label: 'Submission deadline', due: '2025-05-26T23:59', timezone: 'UTC' }],
  };
}

const times = (schedule: Element) => [...schedule.shadowRoot!.querySelectorAll('td[part="time"]')].map((td) => plain(td.textContent!));
const due = (el: Element) => plain(el.shadowRoot!.querySelector('[part~="due"]')!.textContent!);

async function page(lang: string, cycle?: string) {
  const f = feed();
  const wrap = await fixture(html`<div lang=${lang}>
    <esfomo-schedule .feed=${f} hour-cycle=${cycle ?? ''}></esfomo-schedule>
    <esfomo-dates .feed=${f} hour-cycle=${cycle ?? ''}></esfomo-dates>
    <esfomo-countdown .feed=${f} deadline="submission" hour-cycle=${cycle ?? ''}></esfomo-countdown>
  </div>`);
  const [schedule, dates, countdown] = ['esfomo-schedule', 'esfomo-dates', 'esfomo-countdown'].map((t) =>
    wrap.querySelector(t)!,
  ) as HTMLElement[] & { updateComplete: Promise<unknown> }[];
  for (const el of [schedule, dates, countdown]) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { wrap, schedule, dates, countdown };
}

describe('times of day, one clock per page', () => {
  let fake: sinon.SinonFakeTimers | undefined;
  beforeEach(() => (fake = sinon.useFakeTimers({ now: Date.UTC(2025, 4, 1), toFake: ['Date'] })));
  afterEach(() => {
    fixtureCleanup();
    fake?.restore();
  });

  it('writes 12-hour times in the schedule, the dates and the countdown of an en-US page', async () => {
    const { schedule, dates, countdown } = await page('en-US');
    expect(times(schedule)).to.deep.equal(['8:30 AM–8:45 AM', '10:45 AM–12:15 PM', '2:00 PM–3:00 PM']);
    expect(due(dates)).to.equal('May 26, 2025, 11:59 PM UTC');
    expect(due(countdown)).to.equal('May 26, 2025, 11:59 PM UTC');
    await expect(schedule).to.be.accessible();
  });

  it('writes 24-hour times in all three on an en-GB page', async () => {
    const { schedule, dates, countdown } = await page('en-GB');
    expect(times(schedule)).to.deep.equal(['08:30–08:45', '10:45–12:15', '14:00–15:00']);
    expect(due(dates)).to.equal('26 May 2025, 23:59 UTC');
    expect(due(countdown)).to.equal('26 May 2025, 23:59 UTC');
  });

  it('takes hour-cycle over the language on each element', async () => {
    const us = await page('en-US', 'h23');
    expect(times(us.schedule)).to.deep.equal(['08:30–08:45', '10:45–12:15', '14:00–15:00']);
    expect(due(us.dates)).to.equal('May 26, 2025, 23:59 UTC');
    expect(due(us.countdown)).to.equal('May 26, 2025, 23:59 UTC');
    fixtureCleanup();
    const gb = await page('en-GB', 'h12');
    expect(times(gb.schedule)).to.deep.equal(['8:30 am–8:45 am', '10:45 am–12:15 pm', '2:00 pm–3:00 pm']);
    expect(due(gb.dates)).to.equal('26 May 2025, 11:59 pm UTC');
    expect(due(gb.countdown)).to.equal('26 May 2025, 11:59 pm UTC');
  });

  it('follows a change of the attribute, and of the page’s language', async () => {
    const { wrap, schedule, dates } = await page('en-GB');
    schedule.setAttribute('hour-cycle', 'h12');
    await (schedule as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(times(schedule)[2]).to.equal('2:00 pm–3:00 pm');
    schedule.removeAttribute('hour-cycle');
    await (schedule as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(times(schedule)[2]).to.equal('14:00–15:00');
    wrap.setAttribute('lang', 'en-US');
    (dates as unknown as { requestUpdate(): void }).requestUpdate();
    await (dates as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(due(dates)).to.equal('May 26, 2025, 11:59 PM UTC');
  });

  it('warns once about a value that is not a clock, and writes the language’s', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const { schedule, dates } = await page('en-US', '24h');
      expect(times(schedule)[0]).to.equal('8:30 AM–8:45 AM');
      expect(due(dates)).to.equal('May 26, 2025, 11:59 PM UTC');
      schedule.setAttribute('hour-cycle', '24h ');
      await (schedule as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const said = warn
        .getCalls()
        .map((c) => String(c.args[0]))
        .filter((m) => m.includes('<esfomo-schedule>') && m.includes('hour-cycle'));
      expect(said).to.deep.equal(['esfomo-elements: <esfomo-schedule>: hour-cycle="24h" is not "h12" or "h23" or "auto"; "auto" is used']);
    } finally {
      warn.restore();
    }
  });

  for (const width of [390, 1280]) {
    it(`fits "10:45 AM–12:15 PM" in the time column without wrapping, ${width} px wide`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const { schedule } = await page('en-US');
        const cell = [...schedule.shadowRoot!.querySelectorAll('td[part="time"]')][1] as HTMLElement;
        expect(plain(cell.textContent!)).to.equal('10:45 AM–12:15 PM');
        const [start, end] = [...cell.querySelectorAll('time')].map((t) => t.getBoundingClientRect());
        // One line: both times on the same line, and the cell's content within its box.
        expect(Math.abs(start.top - end.top)).to.be.below(2);
        expect(cell.scrollWidth).to.be.at.most(cell.clientWidth + 1);
        // Nothing runs into the title: it is beside the time (a table) or under it (narrow, stacked rows).
        const title = cell.nextElementSibling!.getBoundingClientRect();
        expect(end.right <= title.left + 1 || title.top >= end.bottom - 1, 'the title clear of the time').to.equal(true);
        expect(end.right).to.be.at.most(schedule.getBoundingClientRect().right);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
