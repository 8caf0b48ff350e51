// <esfomo-schedule> on the model step: the days and their tabs as attributes, a model computed
// once per change of its inputs, a render that only prints, and a row that throws kept inside.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/schedule.js';
import '../src/topics.js';
import { EsfomoSchedule } from '../src/schedule.js';
import type { FeedInput, FeedLoadDetail } from '../src/index.js';
import { sampleFeed, watchUncaught } from './helpers.js';

/** Two days in Vienna, as a two-day workshop's feed has them (its people: Albert Gu and Tri Dao). */
function twoDays(): FeedInput {
  return {
    version: 1,
    workshop: { name: 'ES-FoMo', edition: 'II', timezone: 'Europe/Vienna' },
    people: sampleFeed().people,
    schedule: [
      {
        date: '2024-07-26',
        items: [
          { start: '09:00', end: '09:15', title: 'Opening remarks', kind: 'remarks' },
          {
            start: '09:15',
            end: '10:15',
            title: 'Session I',
            kind: 'session',
            moderators: ['tri-dao'],
            items: [{ title: 'State space models', kind: 'talk', speakers: ['albert-gu'] }],
          },
          { start: '10:15', end: '10:45', title: 'Coffee break', kind: 'break' },
          { start: '10:45', title: 'FlashAttention', kind: 'contributed', speakers: ['tri-dao'] },
        ],
      },
      { date: '2024-07-27', items: [{ start: '09:00', end: '10:00', title: 'Day two keynote', kind: 'talk', speakers: ['albert-gu'] }] },
    ],
    topics: ['Efficient inference'],
  };
}

async function schedule(feed: FeedInput, attrs = ''): Promise<EsfomoSchedule> {
  const wrap = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
  wrap.innerHTML = `<esfomo-schedule ${attrs}></esfomo-schedule>`;
  const el = wrap.querySelector('esfomo-schedule')!;
  el.feed = feed;
  await el.updateComplete;
  return el;
}

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Element) => $$(el, 'tbody tr th').map(text);
const tabs = (el: Element) =>
  $$(el, '[role="tab"]').map((t) => `${text(t)}${t.getAttribute('aria-selected') === 'true' ? ' (selected)' : ''}`);

/** The element's protected model step, seen from a test. */
type Inside = {
  computeModel(...args: unknown[]): unknown;
  renderModel(model: unknown): unknown;
  view: { kind: string; model?: { layout: unknown } };
};
const inside = (el: EsfomoSchedule) => el as unknown as Inside;

// A day tab writes its day to the page's hash, which a schedule made later reads: each test starts without one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<esfomo-schedule> days and tabs', () => {
  afterEach(() => sinon.restore());

  it('writes the day a tab selects to day (reflected), and keeps the tabs', async function () {
    this.timeout(20000); // the file's first accessibility check loads axe, slow on a busy machine
    const el = await schedule(twoDays());
    expect(el.hasAttribute('day')).to.equal(false);
    expect(tabs(el)).to.deep.equal(['Fri 26 Jul (selected)', 'Sat 27 Jul']);
    $$(el, '[role="tab"]')[1].click();
    await el.updateComplete;
    expect(el.day).to.equal('2024-07-27');
    expect(el.getAttribute('day')).to.equal('2024-07-27');
    expect(tabs(el)).to.deep.equal(['Fri 26 Jul', 'Sat 27 Jul (selected)']);
    expect(titles(el)).to.deep.equal(['Day two keynote']);
    await expect(el).to.be.accessible();
  });

  it('under tabs="auto", a day the page sets itself shows alone, as before, also after a tab was chosen', async () => {
    const el = await schedule(twoDays(), 'tabs="auto"');
    $$(el, '[role="tab"]')[1].click();
    await el.updateComplete;
    expect(tabs(el)).to.have.length(2);
    el.setAttribute('day', '2024-07-26');
    await el.updateComplete;
    expect($(el, '[role="tablist"]')).to.equal(null);
    expect(titles(el)[0]).to.equal('Opening remarks');
  });

  it('tabs="shown" keeps the tabs with a day the page sets, and selects it', async () => {
    const el = await schedule(twoDays(), 'tabs="shown" day="2024-07-27"');
    expect(tabs(el)).to.deep.equal(['Fri 26 Jul', 'Sat 27 Jul (selected)']);
    expect(titles(el)).to.deep.equal(['Day two keynote']);
    expect($(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal($$(el, '[role="tab"]')[1].id);
    await expect(el).to.be.accessible();
  });

  it('tabs="hidden" shows one day without tabs: the first, or the one day names', async () => {
    const el = await schedule(twoDays(), 'tabs="hidden"');
    expect($(el, '[role="tablist"]')).to.equal(null);
    expect($(el, '[role="tabpanel"]')).to.equal(null);
    expect(titles(el)[0]).to.equal('Opening remarks');
    el.day = '2024-07-27';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Day two keynote']);
    expect($(el, '[role="tablist"]')).to.equal(null);
  });

  it('a bad tabs value is auto, with one warning', async () => {
    const warn = sinon.spy(console, 'warn');
    const el = await schedule(twoDays(), 'tabs="sometimes"');
    expect(tabs(el)).to.have.length(2);
    el.requestUpdate('tabs');
    await el.updateComplete;
    const lines = warn.args.flat().filter((l) => String(l).includes('tabs="sometimes"'));
    expect(lines).to.deep.equal([
      'esfomo-elements: <esfomo-schedule>: tabs="sometimes" is not "auto" or "shown" or "hidden"; "auto" is used',
    ]);
  });
});

describe('<esfomo-schedule> on the model step', () => {
  afterEach(() => {
    EsfomoSchedule.timezoneChoice = undefined;
    sinon.restore();
  });

  it('computes its model once per change of its inputs, not on a clock wake, a focus or an unrelated update', async () => {
    const fake = sinon.useFakeTimers({ now: new Date('2024-07-26T09:20:00+02:00'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const spy = sinon.spy(EsfomoSchedule.prototype as unknown as Inside, 'computeModel');
      const el = await schedule(twoDays());
      // The first render, and the update right after it where the visitor becomes known.
      expect(spy.callCount, 'the feed').to.equal(2);
      const layout = inside(el).view.model!.layout;
      // The clock moves the now-mark on at 10:15 without a new model.
      expect(text($(el, '[aria-current] th'))).to.equal('Session I');
      fake.tick(55 * 60_000);
      await el.updateComplete;
      expect(text($(el, '[aria-current] th'))).to.equal('Coffee break');
      $$(el, '[role="tab"]')[0].focus();
      el.requestUpdate();
      await el.updateComplete;
      expect(spy.callCount, 'a wake, a focus, an unrelated update').to.equal(2);
      el.timezone = 'UTC';
      await el.updateComplete;
      expect(spy.callCount, 'timezone').to.equal(3);
      expect(text($(el, 'caption [part="zone"]'))).to.equal('Times in UTC');
      el.feed = twoDays();
      await el.updateComplete;
      expect(spy.callCount, 'another feed').to.equal(4);
      // The layout is remembered per day, zone and language: back in the event's zone, a tab away and back.
      el.timezone = 'event';
      await el.updateComplete;
      const again = inside(el).view.model!.layout;
      $$(el, '[role="tab"]')[1].click();
      await el.updateComplete;
      $$(el, '[role="tab"]')[0].click();
      await el.updateComplete;
      expect(inside(el).view.model!.layout).to.equal(again);
      expect(again).to.not.equal(layout); // a new feed is a new day
      expect(spy.callCount).to.equal(7);
    } finally {
      fake.restore();
    }
  });

  it('renders without writing state: twice from the same model, the same result and no field changed', async () => {
    const el = await schedule(twoDays(), 'timezone="Asia/Tokyo"');
    const own = () => Object.fromEntries(Object.keys(el).map((k) => [k, (el as unknown as Record<string, unknown>)[k]]));
    const before = own();
    const model = inside(el).view.model;
    const first = inside(el).renderModel(model);
    const second = inside(el).renderModel(model);
    expect(second).to.deep.equal(first);
    const after = own();
    expect(Object.keys(after)).to.deep.equal(Object.keys(before));
    for (const key of Object.keys(before)) expect(after[key], key).to.equal(before[key]);
    expect(inside(el).view.model).to.equal(model);
  });

  it('shows its message when a row throws while rendering, and the page and its other elements carry on', async () => {
    const uncaught = watchUncaught();
    const errors = sinon.stub(console, 'error');
    try {
      const feed = twoDays();
      const wrap = await fixture<HTMLElement>(html`<div lang="en-GB">
        <esfomo-schedule id="broken"></esfomo-schedule>
        <esfomo-schedule id="other" .feed=${twoDays()}></esfomo-schedule>
        <esfomo-topics .feed=${twoDays()}></esfomo-topics>
      </div>`);
      const el = wrap.querySelector<EsfomoSchedule>('#broken')!;
      // A page script that reaches into the feed it was handed, and breaks a speaker of the last row.
      el.addEventListener(
        'esfomo-feed-load',
        (event: CustomEvent<FeedLoadDetail>) => {
          const speaker = event.detail.feed.schedule[0].items[3].speakers[0];
          sinon.stub(speaker, 'name').get(() => {
            throw new Error('a name that cannot be read');
          });
        },
        { once: true },
      );
      el.feed = feed;
      await el.updateComplete;
      expect(titles(el)).to.include('FlashAttention'); // drawn before the page's script ran
      // The next render (the visitor asks for their zone) reads the broken name.
      $(el, '[part="zone-toggle"]')!.click();
      await el.updateComplete;
      expect(text($(el, '[part="message"]'))).to.equal('This part of the programme could not be shown.');
      expect($(el, 'table')).to.equal(null);
      expect(errors.args.some((a) => String(a[0]).includes('<esfomo-schedule> could not show its feed'))).to.equal(true);
      const other = wrap.querySelector<EsfomoSchedule>('#other')!;
      await other.updateComplete;
      expect(titles(other)).to.include('FlashAttention');
      expect(text($(other, 'caption [part="zone"]'))).to.equal('Times in EDT, UTC-4 (your time zone)');
      expect(text(wrap.querySelector('esfomo-topics')!.shadowRoot!.querySelector('li'))).to.equal('Efficient inference');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(uncaught.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      uncaught.stop();
    }
  });
});
