// Build-time rendering, then hydration by the CDN bundle: the page as `esfomo-elements prerender`
// leaves it (served by scripts/prerender-plugin.mjs), put into this document with its
// declarative shadow roots, then the one CDN script loaded, as a site's <script type="module">.
import { expect } from '@open-wc/testing';
import { activate, until } from './helpers.js';
import { importRecordingFirstRenders, shadowText } from './prerendered.js';

const PAGE = '/__prerendered__/test/fixtures/prerender/page.html';
const CDN = '/dist/cdn/esfomo-elements.min.js';

type Lit = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

const messages: { level: string; text: string }[] = [];
const saved = { warn: console.warn, error: console.error };
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Where an element sits and how big it is, rounded to the pixel. */
const box = (el: Element | null) => {
  const r = el!.getBoundingClientRect();
  return [r.left, r.top, r.width, r.height].map(Math.round);
};

describe('a page rendered at build time', () => {
  let page: HTMLDivElement;
  let initial: Map<Element, string>;
  const firsts = new Map<Element, string>();
  let toggleBox: number[] = [];
  let atScriptEnd: { tag: string; updated: boolean; feed: string }[] = [];
  const feedStatus = (el: Element) => (el as unknown as { feedState: { status: string } }).feedState.status;
  let rowButtonBefore: { visibility: string; box: number[] };
  const rowCalendarButton = () =>
    page.querySelector('#page-feed esfomo-schedule')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="item-calendar-toggle"]')!;
  const $ = (selector: string) => page.querySelector(selector) as Lit;

  before(async function () {
    this.timeout(20000); // the first request loads the library into the test server
    const html = await (await fetch(PAGE)).text();
    page = document.createElement('div');
    page.setHTMLUnsafe(html); // what the parser makes of the page: declarative shadow roots attached, no script run
    page.lang = /<html lang="([^"]+)"/.exec(html)![1]; // the page's language, as its <html> says
    document.body.append(page);
    initial = new Map(
      [...page.querySelectorAll('esfomo-schedule, esfomo-topics, esfomo-people, esfomo-dates, esfomo-countdown')].map((el) => [
        el,
        shadowText(el),
      ]),
    );
    for (const level of ['warn', 'error'] as const) {
      console[level] = (...args: unknown[]) => {
        messages.push({ level, text: args.map(String).join(' ') });
        saved[level].apply(console, args);
      };
    }
    toggleBox = box(page.querySelector('#page-feed esfomo-schedule')!.shadowRoot!.querySelector('[part="zone-toggle"]'));
    const rowButton = rowCalendarButton();
    rowButtonBefore = { visibility: getComputedStyle(rowButton).visibility, box: box(rowButton) };
    // The browser's first (hydrating) render of each element, as it stands before the update after it.
    await importRecordingFirstRenders(CDN, firsts);
    const prerendered = [...initial.keys()].filter((el) => el.shadowRoot?.childElementCount);
    // Still in the task the script ran in: what each element had done by then.
    atScriptEnd = [...initial]
      .filter(([, text]) => text)
      .map(([el]) => ({ tag: el.localName, updated: !!(el as Lit).hasUpdated, feed: feedStatus(el) }));
    await until(() => prerendered.every((el) => (el as Lit).hasUpdated), 5000).catch((error) => {
      throw new Error(
        `${error.message}; not taken over: ${prerendered
          .filter((el) => !(el as Lit).hasUpdated)
          .map((el) => el.localName)
          .join(', ')}`,
      );
    });
    await Promise.all(prerendered.map((el) => (el as Lit).updateComplete));
  });

  after(() => {
    Object.assign(console, saved);
    page.remove();
  });

  it('has every element with a feed the build could read rendered before any script runs', () => {
    const text = (selector: string) => initial.get($(selector))!;
    expect(text('#page-feed esfomo-schedule')).to.contain('Opening remarks').and.contain('Keynote');
    expect(text('#page-feed esfomo-topics')).to.equal("From the page's feed");
    expect(text('#page-feed esfomo-people')).to.contain('Tri Dao');
    // The <esfomo-feed src> and the element's own src, read from the site's files.
    expect(text('#feed-src esfomo-topics')).to.contain('Efficient attention');
    expect(text('#feed-src esfomo-dates')).to.contain('Submission deadline');
    expect(text('#feed-src esfomo-people')).to.contain('Beidi Chen');
    expect(text('#own-src esfomo-topics')).to.contain('Scheduling for AI');
    // A feed on another site is left for the browser.
    expect(text('#not-prerendered esfomo-topics')).to.equal('');
  });

  it('takes each element over in a task of its own, reading its feed there: the script is not one long task', () => {
    expect(atScriptEnd.length).to.be.greaterThan(5);
    // Not taken over, and no feed read and checked yet (an element inside <esfomo-feed> hears at once that it loads).
    for (const el of atScriptEnd) {
      expect(el.updated, el.tag).to.equal(false);
      expect(['none', 'loading'], el.tag).to.include(el.feed);
    }
    for (const [el, text] of initial) if (text) expect(feedStatus(el), el.localName).to.equal('ready');
  });

  it('takes the elements over without a second copy of their content', () => {
    // The browser's first render is the build's, to the letter, for every element: the build and
    // the visitor differ in zone, language and clock, and neither shows in a first render.
    for (const [el, text] of initial) if (text) expect(firsts.get(el), el.localName).to.equal(text);
    const schedule = $('#page-feed esfomo-schedule');
    // Then the update after it: the schedule's toggle names the visitor's zone (New York's, EDT),
    // in the room its stand-in held, and nothing else of its text changes.
    const own = 'Times in UTC+9 (event)';
    expect(shadowText(schedule)).to.equal(initial.get(schedule)!.replace(own, `${own} · Show in my time (EDT)`));
    expect(box(schedule.shadowRoot!.querySelector('[part="zone-toggle"]'))).to.deep.equal(toggleBox);
    expect(schedule.shadowRoot!.querySelectorAll('table')).to.have.length(1);
    expect(count(shadowText(schedule), 'Keynote')).to.equal(1);
    expect(count(shadowText($('#feed-src esfomo-topics')), 'Efficient attention')).to.equal(1);
  });

  it("keeps a row's calendar button, which needs the script, out of reach but in its room until the script runs", () => {
    expect(rowButtonBefore.visibility, 'before the script').to.equal('hidden');
    const button = rowCalendarButton();
    expect(getComputedStyle(button).visibility, 'taken over').to.equal('visible');
    expect(box(button)).to.deep.equal(rowButtonBefore.box);
  });

  it('says nothing about hydration, and warns or errs about nothing but the feed it could not load', () => {
    expect(messages.filter((m) => /hydrat|mismatch/i.test(m.text))).to.deep.equal([]);
    expect(messages.filter((m) => !m.text.includes('feeds.example.org'))).to.deep.equal([]);
  });

  let calendarHref: string | null = null;
  it('links the calendar files written beside the page', () => {
    const link = $('#page-feed esfomo-schedule').shadowRoot!.querySelector<HTMLAnchorElement>('a[part="calendar"]')!;
    calendarHref = link.getAttribute('href');
    expect(calendarHref).to.equal('es-fomo-vii-2030-07-26.ics');
    const dates = $('#feed-src esfomo-dates');
    expect(dates.shadowRoot!.querySelector('a[part="calendar-all"]')!.getAttribute('href')).to.equal(
      'es-fomo-vii-icml-2030-seoul-dates.ics',
    );
  });

  it("switches the schedule's day tabs after hydration", async () => {
    const schedule = $('#page-feed esfomo-schedule');
    const tabs = schedule.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]');
    expect(tabs).to.have.length(2);
    tabs[1].click();
    await schedule.updateComplete;
    expect(shadowText(schedule)).to.contain('Poster session').and.not.contain('Keynote');
    expect(tabs[1].getAttribute('aria-selected')).to.equal('true');
    await expect(schedule).to.be.accessible();
  });

  it('ticks the countdown', async () => {
    const seconds = () => $('#feed-src esfomo-countdown').shadowRoot!.querySelector('[part="seconds"]')!.textContent;
    await until(() => !!seconds());
    const first = seconds();
    await until(() => seconds() !== first, 2500);
  });

  it('offers the day shown (after a tab switch) from its live calendar link', async () => {
    expect(calendarHref).to.match(/\.ics$/);
    const link = $('#page-feed esfomo-schedule').shadowRoot!.querySelector<HTMLAnchorElement>('a[part="calendar"]')!;
    const { events } = await activate(link);
    expect(events.map((e) => e.summary)).to.deep.equal(['ES-FoMo VII: Poster session']);
  });

  it('still renders an element that was not rendered at build time', async () => {
    const el = $('#not-prerendered esfomo-topics');
    await until(() => !!el.shadowRoot?.querySelector('[part="message"]'), 5000);
    const added = document.createElement('esfomo-topics');
    added.setAttribute('src', '/test/fixtures/prerender/feed.json');
    page.append(added);
    await until(() => shadowText(added).includes('Scheduling for AI'));
    expect(added.shadowRoot!.querySelectorAll('ul')).to.have.length(2);
  });
});
