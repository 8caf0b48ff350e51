// <esfomo-schedule> for its visitors, in a browser whose zone is America/New_York (EDT in
// summer): the toggle that names the zone in both states, the choice remembered across
// reloads, the zone picker, deep links to days and rows, speakers set apart from titles, and
// each row's own calendar links.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/schedule.js';
import { EsfomoSchedule } from '../src/schedule.js';
import type { FeedInput } from '../src/feed/types.js';
import { STORAGE_KEY } from '../src/schedule/zone.js';
import { contrastOn } from './contrast.js';
import { activate, openPage, until } from './helpers.js';

/** Two days in Vienna, as the 2024 workshop page wrote its plan (CEST, UTC+2). */
function twoDays(): FeedInput {
  return {
    version: 1,
    workshop: { name: 'ES-FoMo', edition: 'II', venue: 'ICML 2024, Vienna', timezone: 'Europe/Vienna', url: 'https://es-fomo.com/' },
    people: [
      { id: 'tri-dao', name: 'Tri Dao', affiliation: 'Princeton' },
      { id: 'albert-gu', name: 'Albert Gu', affiliation: 'Carnegie Mellon' },
    ],
    schedule: [
      {
        date: '2024-07-26',
        items: [
          { start: '09:00', title: 'Opening remarks', kind: 'remarks' },
          { start: '09:15', end: '10:00', title: 'Keynote: Hardware-aware algorithms', kind: 'talk', speakers: ['tri-dao'] },
          { start: '10:00', end: '10:30', title: 'Coffee break', kind: 'break' },
        ],
      },
      {
        date: '2024-07-27',
        items: [
          { start: '09:00', end: '09:45', title: 'State space models', kind: 'talk', speakers: ['albert-gu'] },
          { start: '09:45', end: '10:30', title: 'Poster session', kind: 'poster' },
        ],
      },
    ],
  };
}

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const times = (el: Element) => $$(el, 'tbody tr').map((tr) => text(tr.querySelector('[part~="time"]')));
const toggle = (el: Element) => $(el, '[part="zone-toggle"]')!;
/** The page's one choice, shared by every schedule: what a reload starts without. */
const pageChoice = () =>
  (globalThis as Record<symbol, { value?: string; zone?: string; read?: boolean }>)[Symbol.for('esfomo-elements.schedule-timezone')];

async function schedule(feed: FeedInput, attrs = ''): Promise<EsfomoSchedule> {
  const wrap = await fixture(html`<div lang="en-GB"></div>`);
  wrap.innerHTML = `<esfomo-schedule ${attrs}></esfomo-schedule>`;
  const el = wrap.firstElementChild as EsfomoSchedule;
  el.feed = feed;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

/** What the site's storage held when this file's page opened: another file's choice must not leak in. */
const storedAtStart = localStorage.getItem(STORAGE_KEY);

/** As a reload leaves the page: no schedule, and the choice not read yet. */
function reload(): void {
  fixtureCleanup();
  Object.assign(pageChoice(), { value: undefined, zone: undefined, read: false });
}

afterEach(() => {
  fixtureCleanup();
  EsfomoSchedule.timezoneChoice = undefined;
  sinon.restore();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<esfomo-schedule> toggle', () => {
  it('runs on a test page in standards mode, its storage cleared before the file (web-test-runner.config.mjs)', () => {
    expect(document.compatMode).to.equal('CSS1Compat');
    expect(storedAtStart).to.equal(null);
  });

  it('names the zone shown in both states, aria-pressed following', async () => {
    const el = await schedule(twoDays());
    expect(text(toggle(el))).to.equal('Times in CEST (event) · Show in my time (EDT)');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('false');
    toggle(el).click();
    await el.updateComplete;
    expect(text(toggle(el))).to.equal('Times in EDT (yours) · Show event time');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    expect(times(el)[1]).to.equal('03:15–04:00');
    await expect(el).to.be.accessible();
  });

  it('names a zone the page set, in both states', async () => {
    const el = await schedule(twoDays(), 'timezone="Asia/Tokyo"');
    expect(text(toggle(el))).to.equal('Times in UTC+9 · Show in my time (EDT)');
    toggle(el).click();
    await el.updateComplete;
    expect(text(toggle(el))).to.equal('Times in EDT (yours) · Show UTC+9 time');
  });

  it('remembers the choice across a reload (the site’s storage), and forgets it when set back', async () => {
    toggle(await schedule(twoDays())).click();
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('local');
    reload();
    const el = await schedule(twoDays());
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    expect(times(el)[1]).to.equal('03:15–04:00');
    toggle(el).click();
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('event');
    reload();
    expect(times(await schedule(twoDays(), 'timezone="local"'))[1]).to.equal('09:15–10:00');
  });

  it('keeps the choice for the page where storage is blocked, silently', async () => {
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('blocked', 'SecurityError'));
    const warn = sinon.spy(console, 'warn');
    reload();
    const el = await schedule(twoDays());
    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    expect(times(await schedule(twoDays()))[1]).to.equal('03:15–04:00');
    expect(warn.callCount).to.equal(0);
  });

  it('a real reload of a page shows the visitor’s choice right after it loads', async function () {
    this.timeout(15000);
    localStorage.removeItem(STORAGE_KEY);
    const win = await openPage('/test/fixtures/schedule-page.html');
    const frame = win.frameElement as HTMLIFrameElement;
    try {
      const find = () => frame.contentDocument!.querySelector('esfomo-schedule')!;
      await until(() => !!find().shadowRoot?.querySelector('[part="zone-toggle"]:not([disabled])'), 8000);
      expect(text(toggle(find()))).to.equal('Times in CEST (event) · Show in my time (EDT)');
      toggle(find()).click();
      await until(() => localStorage.getItem(STORAGE_KEY) === 'local');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      win.location.reload();
      await loaded;
      await until(() => toggle(find())?.getAttribute('aria-pressed') === 'true', 8000);
      expect(text(toggle(find()))).to.equal('Times in EDT (yours) · Show event time');
    } finally {
      frame.remove();
      localStorage.removeItem(STORAGE_KEY);
    }
  });
});

describe('<esfomo-schedule zones="picker">', () => {
  it('lists every zone, the visitor’s and the event’s first, and shows the one picked on every schedule', async () => {
    const el = await schedule(twoDays(), 'zones="picker"');
    const select = $(el, '[part="zone-select"]') as HTMLSelectElement;
    const options = [...select.options].map((o) => o.value);
    expect(options.slice(0, 2)).to.deep.equal(['America/New_York', 'Europe/Vienna']);
    expect(options).to.include('Asia/Tokyo').and.include('Pacific/Auckland');
    expect(new Set(options).size).to.equal(options.length);
    expect(select.value).to.equal('Europe/Vienna');
    const other = await schedule(twoDays());
    const changed = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('esfomo-timezone-change', resolve as EventListener, { once: true }),
    );
    select.value = 'Asia/Tokyo';
    select.dispatchEvent(new Event('change'));
    expect((await changed).detail).to.deep.equal({ timezone: 'zone', zone: 'Asia/Tokyo' });
    // 09:15 CEST is 07:15 UTC, 16:15 in Tokyo.
    expect(times(el)[1]).to.equal('16:15–17:00');
    expect(text(toggle(el))).to.equal('Times in UTC+9 · Show in my time (EDT)');
    await other.updateComplete;
    expect(times(other)[1]).to.equal('16:15–17:00');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('Asia/Tokyo');
    await expect(el).to.be.accessible();
    // The toggle from a picked zone goes to the visitor's, and the list follows.
    toggle(el).click();
    await el.updateComplete;
    expect(select.value).to.equal('America/New_York');
    expect(times(el)[1]).to.equal('03:15–04:00');
  });

  it('is a labelled list, enabled once the visitor is known', async () => {
    const el = await schedule(twoDays(), 'zones="picker"');
    const label = $(el, '[part="zone-picker"]')!;
    expect(text(label.querySelector('.picker-label'))).to.equal('Time zone');
    expect(label.querySelector('select') === $(el, '[part="zone-select"]')).to.equal(true);
    expect(($(el, '[part="zone-select"]') as HTMLSelectElement).disabled).to.equal(false);
  });
});

describe('<esfomo-schedule> visitor features, given bad input', () => {
  it('zones="list" (not a value it knows) is the toggle alone, with one console warning naming it', async () => {
    const warn = sinon.spy(console, 'warn');
    const el = await schedule(twoDays(), 'zones="list"');
    expect(!!$(el, '[part="zone-select"]')).to.equal(false);
    expect(!!toggle(el)).to.equal(true);
    expect(warn.args.flat().join('\n')).to.contain('zones="list"');
    await expect(el).to.be.accessible();
  });

  it('a remembered value that is no zone (edited by hand, another library) is no choice', async () => {
    reload();
    localStorage.setItem(STORAGE_KEY, 'Mars/Olympus_Mons');
    try {
      const el = await schedule(twoDays());
      expect(EsfomoSchedule.timezoneChoice).to.equal(undefined);
      expect(times(el)[1]).to.equal('09:15–10:00');
      expect(text(toggle(el))).to.equal('Times in CEST (event) · Show in my time (EDT)');
    } finally {
      localStorage.removeItem(STORAGE_KEY);
    }
  });

  it('a hash that is no day of it, or not even decodable, changes nothing and throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      for (const hash of ['#2024-13-45', '#2031-01-01-keynote', '#%E0%A4%A', '#<img src=x onerror=alert(1)>']) {
        history.replaceState(null, '', hash);
        const el = await schedule(twoDays());
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await el.updateComplete;
        expect(text($(el, '[role="tab"][aria-selected="true"]')), hash).to.equal('Fri 26 Jul');
        expect(!!$(el, 'tr.targeted'), hash).to.equal(false);
        fixtureCleanup();
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('<esfomo-schedule> deep links', () => {
  const tall = () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.prepend(spacer);
    return spacer;
  };

  it('#<day>-<row> selects day two, scrolls the row into view and marks it for a moment', async () => {
    const spacer = tall();
    try {
      history.replaceState(null, '', '#2024-07-27-poster-session');
      const el = await schedule(twoDays());
      await until(() => !!$(el, 'tr.targeted'));
      expect(text($(el, '[role="tab"][aria-selected="true"]'))).to.equal('Sat 27 Jul');
      const row = el.shadowRoot!.getElementById('2024-07-27-poster-session')!;
      expect(row.getAttribute('part')).to.contain('targeted');
      expect(getComputedStyle(row).animationName).to.equal('esfomo-targeted'); // it fades out
      await until(() => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      await expect(el).to.be.accessible();
    } finally {
      spacer.remove();
    }
  });

  it('gives every row a stable anchor of its day and title, and follows a hash change', async () => {
    const el = await schedule(twoDays());
    expect($$(el, 'tbody tr').map((tr) => tr.id)).to.deep.equal([
      '2024-07-26-opening-remarks',
      '2024-07-26-keynote-hardware-aware-algorithms',
      '2024-07-26-coffee-break',
    ]);
    history.replaceState(null, '', '#2024-07-27');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(text($(el, '[role="tab"][aria-selected="true"]'))).to.equal('Sat 27 Jul');
    expect($$(el, 'tbody tr').map((tr) => tr.id)).to.deep.equal(['2024-07-27-state-space-models', '2024-07-27-poster-session']);
  });

  it('a day tab writes #<date> for the page’s one schedule, #<id>-<date> with an id, nothing for one of several', async () => {
    const one = await schedule(twoDays());
    $$(one, '[role="tab"]')[1].click();
    expect(location.hash).to.equal('#2024-07-27');
    // The arrow keys choose a day as a click does, and write it too.
    await one.updateComplete;
    $$(one, '[role="tab"]')[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    await one.updateComplete;
    expect(location.hash).to.equal('#2024-07-26');
    const wrap = await fixture(
      html`<div lang="en-GB"><esfomo-schedule id="program" .feed=${twoDays()}></esfomo-schedule><esfomo-schedule .feed=${twoDays()}></esfomo-schedule></div>`,
    );
    const [named, unnamed] = [...wrap.querySelectorAll('esfomo-schedule')];
    await named.updateComplete;
    $$(named, '[role="tab"]')[0].click();
    expect(location.hash).to.equal('#program-2024-07-26');
    $$(unnamed, '[role="tab"]')[1].click();
    expect(location.hash).to.equal('#program-2024-07-26');
    // The named one answers to its own links only.
    history.replaceState(null, '', '#program-2024-07-27-poster-session');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await named.updateComplete;
    expect(text($(named, '[role="tab"][aria-selected="true"]'))).to.equal('Sat 27 Jul');
    await until(() => !!$(named, 'tr.targeted'));
  });

  it('marks the row without motion under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      history.replaceState(null, '', '#2024-07-26-coffee-break');
      const el = await schedule(twoDays());
      await until(() => !!$(el, 'tr.targeted'));
      const style = getComputedStyle($(el, 'tr.targeted')!);
      expect([style.animationName, style.backgroundColor === 'rgba(0, 0, 0, 0)']).to.deep.equal(['none', false]);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('<esfomo-schedule> speakers', () => {
  for (const width of ['60rem', '20rem']) {
    it(`sets speakers apart from titles at ${width}, with 4.5:1`, async () => {
      const wrap = await fixture(
        html`<div lang="en-GB" style="width: ${width}; background: #fff; color: #1a1a1a"><esfomo-schedule .feed=${twoDays()}></esfomo-schedule></div>`,
      );
      const el = wrap.firstElementChild as EsfomoSchedule;
      await el.updateComplete;
      const title = getComputedStyle($(el, 'tbody tr:nth-child(2) [part="title"]')!);
      const speakers = $(el, 'tbody tr:nth-child(2) [part~="speakers"]')!;
      const style = getComputedStyle(speakers);
      expect([style.fontSize, style.color, style.fontWeight]).to.not.deep.equal([title.fontSize, title.color, title.fontWeight]);
      expect(parseFloat(style.fontSize)).to.be.below(parseFloat(title.fontSize));
      expect(contrastOn(speakers, style.color)).to.be.at.least(4.5);
    });
  }

  it('is themable by a custom property and a part', async () => {
    const wrap = await fixture(
      html`<div lang="en-GB" style="--esfomo-schedule-speaker-color: rgb(0, 90, 0); --esfomo-schedule-speaker-size: 13px"><esfomo-schedule .feed=${twoDays()}></esfomo-schedule></div>`,
    );
    const el = wrap.firstElementChild as EsfomoSchedule;
    await el.updateComplete;
    const style = getComputedStyle($(el, 'tbody tr:nth-child(2) [part~="speakers"]')!);
    expect([style.color, style.fontSize]).to.deep.equal(['rgb(0, 90, 0)', '13px']);
  });
});

describe('<esfomo-schedule> a row’s calendar links', () => {
  it('opens a talk’s .ics, Google Calendar and Outlook links from its row, at the talk’s times', async () => {
    const el = await schedule(twoDays());
    // Not for the remarks or the break.
    expect($$(el, '[part="item-calendar-toggle"]').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Add “Keynote: Hardware-aware algorithms” to calendar',
    ]);
    expect($$(el, '[part="item-calendar"]')).to.have.length(0);
    const button = $(el, '[part="item-calendar-toggle"]')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const links = $$(el, '[part="item-calendar"] a') as HTMLAnchorElement[];
    expect(links.map((a) => text(a))).to.deep.equal(['Calendar file (.ics)', 'Google Calendar', 'Outlook']);
    for (const a of links.slice(1)) expect([a.target, a.rel]).to.deep.equal(['_blank', 'noopener']);
    // 09:15–10:00 CEST is 07:15–08:00 UTC.
    const google = new URL(links[1].href);
    expect(google.searchParams.get('dates')).to.equal('20240726T071500Z/20240726T080000Z');
    expect(google.searchParams.get('text')).to.equal('ES-FoMo II: Keynote: Hardware-aware algorithms');
    expect(google.searchParams.get('details')).to.contain('Speaker: Tri Dao (Princeton)');
    const outlook = new URL(links[2].href);
    expect([outlook.searchParams.get('startdt'), outlook.searchParams.get('enddt')]).to.deep.equal([
      '2024-07-26T07:15:00Z',
      '2024-07-26T08:00:00Z',
    ]);
    const { events, name } = await activate(links[0]);
    expect(name).to.equal('es-fomo-ii-keynote-hardware-aware-algorithms.ics');
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).to.deep.equal([
      ['ES-FoMo II: Keynote: Hardware-aware algorithms', '2024-07-26T07:15:00.000Z', '2024-07-26T08:00:00.000Z'],
    ]);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, '[part="item-calendar"]')).to.have.length(0);
  });

  it('keeps the links at the same instants whatever zone the table shows', async () => {
    const el = await schedule(twoDays(), 'timezone="Asia/Tokyo"');
    $(el, '[part="item-calendar-toggle"]')!.click();
    await el.updateComplete;
    const google = new URL(($(el, '[part="item-calendar"] a[href*="google"]') as HTMLAnchorElement).href);
    expect(google.searchParams.get('dates')).to.equal('20240726T071500Z/20240726T080000Z');
  });
});
