// A schedule rendered at build time (scripts/prerender-plugin.mjs, on this machine's zone),
// taken over by the CDN bundle for visitors in New York and in Tokyo: no hydration error, the
// first render the build's to the letter, then their zone, their remembered choice, and the
// same text a schedule rendered in the browser alone shows (no stale text left from the build).
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { until } from './helpers.js';
import { importRecordingFirstRenders, shadowText } from './prerendered.js';

const PAGE = '/__prerendered__/test/fixtures/prerender/visitor.html';
const CDN = '/dist/cdn/esfomo-elements.min.js';
const STORAGE_KEY = 'esfomo-elements:timezone';

type Lit = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown>; feed?: object };

const toggle = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="zone-toggle"]')!;
const times = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody [part~="time"]')].map((t) => t.textContent!.trim());
/** The page's one choice of zone, shared by every schedule: what a new visit starts without. */
const pageChoice = () =>
  (globalThis as Record<symbol, { value?: string; zone?: string; read?: boolean } | undefined>)[
    Symbol.for('esfomo-elements.schedule-timezone')
  ];

/** The visitor's zone, as the library reads it (what a format made without a zone resolves to). */
function visitorIn(zone: string): void {
  const resolved = Intl.DateTimeFormat.prototype.resolvedOptions;
  const browserZone = resolved.call(new Intl.DateTimeFormat()).timeZone;
  sinon.stub(Intl.DateTimeFormat.prototype, 'resolvedOptions').callsFake(function (this: Intl.DateTimeFormat) {
    const options = resolved.call(this);
    return options.timeZone === browserZone ? { ...options, timeZone: zone } : options;
  });
}

describe('a schedule rendered at build time, hydrated for its visitors', () => {
  let html = '';
  const messages: string[] = [];
  const saved = { warn: console.warn, error: console.error };
  const firsts = new Map<Element, string>();

  before(async function () {
    this.timeout(20000); // the first request loads the library into the test server
    html = await (await fetch(PAGE)).text();
    expect(html).to.contain('shadowrootmode');
    for (const level of ['warn', 'error'] as const) {
      console[level] = (...args: unknown[]) => {
        messages.push(args.map(String).join(' '));
        saved[level].apply(console, args);
      };
    }
    // Each element's first (hydrating) render in the browser, as it stands before the update after it.
    await importRecordingFirstRenders(CDN, firsts);
  });

  after(() => Object.assign(console, saved));

  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(STORAGE_KEY);
    document.querySelectorAll('.visit').forEach((n) => n.remove());
    messages.length = 0;
  });

  /** The build's page, as a visitor in `zone` gets it, taken over; and the same schedule rendered in the browser alone. */
  async function visit(zone: string) {
    visitorIn(zone);
    Object.assign(pageChoice() ?? {}, { value: undefined, zone: undefined, read: false }); // a new visit
    const page = document.createElement('div');
    page.className = 'visit';
    page.setHTMLUnsafe(html); // declarative shadow roots attached by the parser, no script run
    page.lang = /<html lang="([^"]+)"/.exec(html)![1]; // the page's language, as its <html> says
    const el = page.querySelector('esfomo-schedule') as Lit;
    const served = shadowText(el);
    expect(served).to.contain('Keynote');
    document.body.append(page);
    await until(() => !!el.hasUpdated && !toggle(el).hasAttribute('disabled'), 5000);
    await el.updateComplete;
    const alone = document.createElement('esfomo-schedule') as Lit;
    alone.setAttribute('zones', 'picker');
    alone.className = 'visit';
    alone.feed = JSON.parse(page.querySelector('#esfomo-feed')!.textContent!);
    page.append(alone);
    await until(() => !!alone.hasUpdated && !toggle(alone).hasAttribute('disabled'), 5000);
    await alone.updateComplete;
    return { el, served, alone };
  }

  for (const [zone, short] of [
    ['America/New_York', 'EDT'],
    ['Asia/Tokyo', 'UTC+9'],
  ]) {
    it(`in ${zone}: no hydration error, the build's first render, then the visitor's zone`, async () => {
      const { el, served, alone } = await visit(zone);
      expect(messages.filter((m) => /hydrat|mismatch/i.test(m))).to.deep.equal([]);
      expect(firsts.get(el)).to.equal(served);
      expect(served).to.not.contain(short);
      expect(toggle(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Times in CEST (event) · Show in my time (${short})`);
      // Nothing left over from the build: the text a schedule made in the browser alone shows.
      expect(shadowText(el)).to.equal(shadowText(alone));
      expect(times(el)).to.deep.equal(['09:00–09:15', '09:15–10:15']);
      await expect(el).to.be.accessible();
    });
  }

  it('applies a choice remembered from an earlier visit right after hydration', async () => {
    localStorage.setItem(STORAGE_KEY, 'local');
    const { el, alone } = await visit('Asia/Tokyo');
    expect(messages.filter((m) => /hydrat|mismatch/i.test(m))).to.deep.equal([]);
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    // 09:00 CEST is 16:00 in Tokyo.
    expect(times(el)).to.deep.equal(['16:00–16:15', '16:15–17:15']);
    expect(shadowText(el)).to.equal(shadowText(alone));
  });
});
