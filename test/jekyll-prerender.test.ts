// The Jekyll way, end to end: the al-folio-like test site built with Jekyll, then prerendered as
// the README's workflow step does (`esfomo-elements prerender`; scripts/jekyll-site.mjs writes the
// copy test/jekyll-site/_prerendered). Read with JavaScript off (a frame without allow-scripts:
// Chromium's parser attaches declarative shadow roots anyway), then with the CDN bundle taking
// the elements over: no layout shift, no second copy, live tabs and zone toggle. A second
// prerender of the built site gives the same bytes: test/node/prerender-jekyll.test.mjs. The tests run
// in America/New_York; the site's workshop is in Pacific/Honolulu.
import { expect } from '@open-wc/testing';
import { repairYamlFeed } from '../src/feed/from-yaml.js';
import { openPage, until } from './helpers.js';

const SITE = '/test/jekyll-site/_prerendered';
const TAGS = 'esfomo-schedule, esfomo-people, esfomo-topics, esfomo-dates, esfomo-countdown';

type Lit = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

/** What an element shows: its shadow root's text without styles, whitespace folded. */
const shown = (el: Element) =>
  [...(el.shadowRoot?.childNodes ?? [])]
    .filter((n) => n.nodeName !== 'STYLE' && n.nodeType !== Node.COMMENT_NODE)
    .map((n) => n.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const closeFrames = () => document.querySelectorAll('iframe').forEach((frame) => frame.remove());

/** The page in a frame that may not run scripts (same origin, so the test can read it). */
async function withoutScripts(path: string): Promise<Document> {
  const response = await fetch(`${SITE}${path}`);
  if (!response.ok) throw new Error(`${SITE}${path}: ${response.status}; run \`npm run build && npm run build:jekyll\` (npm test does)`);
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.src = `${SITE}${path}`;
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The page's feed as the elements read it (the script Jekyll wrote, its YAML times repaired). */
function pageFeed(doc: Document): Record<string, any> {
  return repairYamlFeed(JSON.parse(doc.getElementById('esfomo-feed')!.textContent!)).feed as Record<string, any>;
}

/** Every title of a schedule day's items, at any depth. */
const titles = (items: any[]): string[] => items.flatMap((i) => [i.title, ...titles(i.items ?? [])]);

/** The page with the bundle running, once every prerendered element has been taken over. */
async function withScripts(path: string): Promise<Window> {
  const win = await openPage(`${SITE}${path}`);
  const els = [...win.document.querySelectorAll<Lit>(TAGS)];
  await until(() => els.every((el) => el.hasUpdated), 5000);
  await Promise.all(els.map((el) => el.updateComplete));
  return win;
}

/** The layout shifts of the page since it started loading (buffered entries), summed. */
async function cls(win: Window & typeof globalThis): Promise<number> {
  let sum = 0;
  await new Promise<void>((resolve) => {
    const observer = new win.PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) sum += e.value;
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    // Two frames: whatever the last update moved is reported by then.
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => setTimeout(() => (observer.disconnect(), resolve()), 100)));
  });
  return sum;
}

describe('the prerendered Jekyll site, with JavaScript off', () => {
  after(closeFrames);

  it('runs no script, and has every element rendered by the parser', async () => {
    const doc = await withoutScripts('/');
    expect(doc.defaultView!.customElements.get('esfomo-schedule'), 'no script ran').to.equal(undefined);
    const els = [...doc.querySelectorAll(TAGS)];
    expect(els.map((el) => el.localName)).to.include.members(['esfomo-schedule', 'esfomo-people', 'esfomo-countdown']);
    for (const el of els) expect(el.shadowRoot?.childElementCount, el.outerHTML.slice(0, 60)).to.be.greaterThan(0);
  });

  it("reads every row of the schedule's first day (the day its tabs open on), at its time in the workshop zone", async () => {
    const doc = await withoutScripts('/');
    const schedule = doc.querySelector('esfomo-schedule')!;
    const [day] = pageFeed(doc).schedule;
    const rows = [...schedule.shadowRoot!.querySelectorAll('tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' '));
    for (const title of titles(day.items))
      expect(
        rows.some((r) => r.includes(title)),
        title,
      ).to.equal(true);
    const opening = rows.find((r) => r.includes(day.items[0].title))!;
    expect(opening).to.contain('8:45 AM'); // the site's lang is en: 12-hour
    expect(shown(schedule)).to.contain('Adam Roberts').and.contain('Google Research');
  });

  it('reads every person: speakers, panelists, organizers', async () => {
    const doc = await withoutScripts('/');
    const people: any[] = pageFeed(doc).people;
    for (const role of ['speaker', 'panelist', 'organizer']) {
      const text = shown(doc.querySelector(`esfomo-people[roles="${role}"]`)!);
      const wanted = people.filter((p) => p.roles?.includes(role));
      expect(wanted.length, role).to.be.greaterThan(2);
      for (const p of wanted) expect(text, role).to.contain(p.name).and.contain(p.affiliation);
    }
  });

  it('reads every topic and date of the call for papers', async () => {
    const doc = await withoutScripts('/call/');
    const feed = pageFeed(doc);
    const topics = shown(doc.querySelector('esfomo-topics')!);
    for (const t of feed.topics) {
      expect(topics).to.contain(typeof t === 'string' ? t : t.title);
      for (const item of t.items ?? []) expect(topics).to.contain(item);
    }
    const dates = shown(doc.querySelector('esfomo-dates')!);
    for (const d of feed.dates) expect(dates).to.contain(d.label);
  });
});

describe('the prerendered Jekyll site, with JavaScript on', () => {
  after(closeFrames);

  it('takes every element over without moving anything (CLS 0) and without a second copy', async function () {
    this.timeout(15000);
    const before = await withoutScripts('/');
    const text = new Map([...before.querySelectorAll(TAGS)].map((el) => [el.outerHTML.slice(0, el.outerHTML.indexOf('>')), shown(el)]));
    closeFrames();
    const win = (await withScripts('/')) as Window & typeof globalThis;
    expect(await cls(win)).to.equal(0);
    for (const el of win.document.querySelectorAll(TAGS)) {
      const key = el.outerHTML.slice(0, el.outerHTML.indexOf('>'));
      if (el.localName === 'esfomo-countdown') continue; // its numbers are written once live
      if (el.localName === 'esfomo-schedule') continue; // gains its zone toggle: below
      expect(shown(el), key).to.equal(text.get(key));
    }
    const schedule = win.document.querySelector('esfomo-schedule')!;
    expect(schedule.shadowRoot!.querySelectorAll('table')).to.have.length(1);
    expect(schedule.querySelectorAll('template')).to.have.length(0);
    expect(count(shown(schedule), 'Scaling Up Models and Data with t5x and seqio')).to.equal(1);
    expect(count(shown(win.document.querySelector('esfomo-people[roles="speaker"]')!), 'Adam Roberts')).to.equal(1);
  });

  it('offers a visitor in another zone the schedule in their own, and switches to it', async function () {
    this.timeout(15000);
    const win = await withScripts('/');
    const schedule = win.document.querySelector<Lit>('esfomo-schedule')!;
    const toggle = schedule.shadowRoot!.querySelector<HTMLElement>('[part~="zone-toggle"]');
    expect(toggle, 'the zone toggle').to.exist;
    const control = toggle!.matches('button, input') ? toggle! : toggle!.querySelector<HTMLElement>('button, input')!;
    const firstTime = () => schedule.shadowRoot!.querySelector('tr [part~="time"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(firstTime()).to.contain('8:45 AM');
    control.click();
    await schedule.updateComplete;
    // 08:45 in Honolulu (UTC-10) on 29 July 2023 is 14:45 in New York (UTC-4).
    await until(() => /14:45|2:45/.test(firstTime()), 3000);
  });

  it("switches the schedule's day tabs after hydration", async function () {
    this.timeout(15000);
    const win = await withScripts('/escaping/');
    const schedule = win.document.querySelector<Lit>('esfomo-schedule')!;
    const tabs = schedule.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]');
    expect(tabs).to.have.length(2);
    expect(tabs[0].getAttribute('aria-selected')).to.equal('true');
    const firstDay = shown(schedule);
    tabs[1].click();
    await schedule.updateComplete;
    expect(tabs[1].getAttribute('aria-selected')).to.equal('true');
    expect(shown(schedule)).not.to.equal(firstDay);
  });
});
