/**
 * What every element that shows part of a feed must do, whatever it shows: one suite, run by
 * each element (test/conformance.test.ts), so an element cannot drift from the others.
 *
 * - no feed: the no-feed message; loading: its own light-DOM children, through the slot;
 * - a feed that fails (HTTP 404, not JSON) or whose section is wrong: the message;
 * - the `feed` property wins over `src` and over the page's feed;
 * - `esfomo-feed-load` / `-error` fire, bubbling and composed, from an element with its own
 *   `src`, and one `<esfomo-feed>` with five children fires one `esfomo-feed-load`;
 * - axe finds nothing in each state, and nothing is thrown out to the window;
 * - the model is computed once per change of the inputs, and rendering writes no state;
 * - in a scrolling panel, the page gains no scroll from it; at 320px, however long a word, nothing
 *   of it reaches past the edge.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import sinon from 'sinon';
import type { FeedInput } from '../src/feed/types.js';
import type { EsfomoElement } from '../src/shared/esfomo-element.js';
import { pastEdge } from '../stories/reflow.js';
import { addPageFeed, clearFeedCache, feedUrl, sampleFeed, settled, shadowText, until, watchUncaught } from './helpers.js';

type Section = 'people' | 'schedule' | 'dates' | 'topics' | 'papers';

export interface ConformanceOptions {
  /** The section of the feed the element shows (a wrong one shows the message). */
  feedSection: Section;
  /** Attributes the element needs besides its feed (`deadline` for a countdown). */
  attributes?: Record<string, string>;
}

/** The parts of the element the tests reach into (protected in the class). */
interface Inside {
  view: { kind: string; model?: unknown };
  renderModel(model: unknown): unknown;
  computeModel(...args: unknown[]): unknown;
}

/** The sample feed with every shown text marked, so a test can tell which feed an element shows. */
function marked(marker: string): FeedInput {
  const feed = sampleFeed();
  feed.people = feed.people!.map((p) => ({ ...p, name: `${p.name} ${marker}` }));
  feed.schedule = feed.schedule!.map((day) => ({
    ...day,
    items: day.items.map((item) => ({ ...item, title: `${item.title} ${marker}` })),
  }));
  feed.dates = feed.dates!.map((d) => ({ ...d, label: `${d.label} ${marker}` }));
  feed.topics = [...feed.topics!, `Topic ${marker}`];
  feed.papers = feed.papers!.map((p) => ({ ...p, title: `${p.title} ${marker}` }));
  return feed;
}

const message = (el: Element) => el.shadowRoot!.querySelector('[part="message"]');

export function runConformance(tag: string, options: ConformanceOptions): void {
  const { feedSection } = options;

  /** A new element with the attributes it needs, not yet on the page. */
  function make(): EsfomoElement & HTMLElement {
    const el = document.createElement(tag) as EsfomoElement & HTMLElement;
    for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
    return el;
  }

  /** A new element (with `src` / `feed` when given), on the page in an English section. */
  async function place(setup: { src?: string; feed?: object; children?: string } = {}): Promise<EsfomoElement & HTMLElement> {
    const wrap = await fixture(html`<div lang="en-GB"></div>`);
    const el = make();
    if (setup.src) el.setAttribute('src', setup.src);
    if (setup.feed) el.feed = setup.feed;
    if (setup.children) el.innerHTML = setup.children;
    wrap.append(el);
    await el.updateComplete;
    return el;
  }

  describe(`<${tag}> conformance`, () => {
    let uncaught: ReturnType<typeof watchUncaught>;
    beforeEach(() => {
      uncaught = watchUncaught();
    });
    afterEach(async () => {
      // Errors thrown out of an element reach the window a task later.
      await new Promise((resolve) => setTimeout(resolve, 0));
      uncaught.stop();
      fixtureCleanup();
      clearFeedCache();
      sinon.restore();
      document.getElementById('esfomo-feed')?.remove();
      expect(uncaught.errors, 'errors thrown out of the element').to.deep.equal([]);
    });

    it('shows the no-feed message without a feed', async () => {
      const el = await place();
      await settled(el);
      expect(message(el)!.textContent).to.contain('No feed').and.to.contain(`<${tag}>`);
      await expect(el).to.be.accessible();
    });

    it('shows its own light-DOM children, through the slot, while the feed loads', async () => {
      sinon.stub(window, 'fetch').returns(new Promise<Response>(() => {}));
      const el = await place({ src: '/test/fixtures/pending.json', children: '<p id="static">The programme, as static text.</p>' });
      const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
      expect(loading).to.exist;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      const slot = loading.querySelector('slot')!;
      expect(slot.assignedElements()).to.deep.equal([el.querySelector('#static')]);
      expect(el.querySelector('#static')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    for (const [name, src, text] of [
      ['an HTTP 404', '/test/fixtures/no-such-feed.json', /not found \(HTTP 404/],
      ['a feed that is not JSON', '/test/fixtures/not-json.html', /not JSON/],
    ] as const) {
      it(`shows the message for ${name}`, async () => {
        sinon.stub(console, 'error');
        sinon.stub(console, 'warn');
        const el = await place({ src });
        await settled(el);
        expect(message(el)!.textContent).to.match(text);
        await expect(el).to.be.accessible();
      });
    }

    it(`shows the message for a "${feedSection}" section that is not what it should be`, async () => {
      sinon.stub(console, 'warn');
      sinon.stub(console, 'error');
      const el = await place({ feed: { ...sampleFeed(), [feedSection]: 'x' } });
      await settled(el);
      expect(message(el)!.textContent).to.contain(`${feedSection}: "x" is not a list`);
      await expect(el).to.be.accessible();
    });

    it("takes the feed property over src and over the page's feed", async () => {
      addPageFeed(marked('Paged'));
      const alone = await place({ src: feedUrl(marked('Fetched')) });
      await until(() => shadowText(alone).includes('Fetched'));
      const el = await place({ src: feedUrl(marked('Fetched')), feed: marked('Given') });
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(shadowText(el)).to.contain('Given').and.not.to.contain('Fetched').and.not.to.contain('Paged');
      await expect(el).to.be.accessible();
    });

    it('fires esfomo-feed-load, bubbling and composed, for its own src', async () => {
      const wrap = await fixture(html`<div lang="en-GB"></div>`);
      const el = make();
      el.setAttribute('src', feedUrl(sampleFeed()));
      const loaded = oneEvent(wrap, 'esfomo-feed-load');
      wrap.append(el);
      const event = await loaded;
      expect(event.target).to.equal(el);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.feed.version).to.equal(1);
    });

    it('fires esfomo-feed-error, bubbling and composed, when its own src fails', async () => {
      sinon.stub(console, 'error');
      sinon.stub(console, 'warn');
      const wrap = await fixture(html`<div lang="en-GB"></div>`);
      const el = make();
      el.setAttribute('src', '/test/fixtures/no-such-feed.json');
      const failed = oneEvent(wrap, 'esfomo-feed-error');
      wrap.append(el);
      const event = await failed;
      expect(event.target).to.equal(el);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.error.reason).to.equal('http');
    });

    it('fires one esfomo-feed-load for one <esfomo-feed> with five of it inside', async () => {
      const loads: EventTarget[] = [];
      const count = (e: Event) => loads.push(e.composedPath()[0]);
      document.addEventListener('esfomo-feed-load', count);
      try {
        const root = await fixture(html`<div lang="en-GB"></div>`);
        const provider = document.createElement('esfomo-feed');
        provider.setAttribute('src', feedUrl(sampleFeed()));
        for (let i = 0; i < 5; i++) {
          provider.append(make());
        }
        root.append(provider);
        const els = [...provider.querySelectorAll(tag)];
        // Shown: rendered (a shadow root is there, empty, before the first render), and not loading.
        await until(
          () => els.every((el) => !!el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[part="loading"]')),
          10_000,
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(loads).to.deep.equal([provider]);
      } finally {
        document.removeEventListener('esfomo-feed-load', count);
      }
    });

    it('computes its model once per feed, not again on an update that changes no input', async () => {
      const proto = customElements.get(tag)!.prototype as unknown as Inside;
      const spy = sinon.spy(proto, 'computeModel');
      const el = await place({ feed: sampleFeed() });
      await settled(el);
      // Once for the first render; once more for the update right after it, where the
      // visitor becomes known, only for an element whose model depends on the visitor.
      const dependsOnVisitor = !(el as unknown as { liveProperties: PropertyKey[] }).liveProperties.includes('visitorKnown');
      const first = dependsOnVisitor ? 2 : 1;
      expect(spy.callCount).to.equal(first);
      el.requestUpdate();
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(spy.callCount).to.equal(first);
      el.feed = marked('Again');
      await el.updateComplete;
      expect(spy.callCount).to.equal(first + 1);
      expect(shadowText(el)).to.contain('Again');
    });

    it('keeps what it hides for screen readers inside itself: in a scrolling panel, the page gains no scroll', async () => {
      // Text hidden for screen readers is absolutely positioned: with the page as its containing
      // block, it stays where the page would put it, outside a scrolled panel, and stretches the page.
      const panel = await fixture(html`<div lang="en-GB" style="overflow: auto; height: 120px"><div style="height: 3000px"></div></div>`);
      const page = document.scrollingElement!;
      const height = page.scrollHeight;
      const el = make();
      el.feed = sampleFeed();
      panel.append(el);
      await settled(el);
      panel.scrollTop = 2900;
      expect(page.scrollHeight).to.equal(height);
    });

    it('reflows to 320px without scrolling sideways (WCAG 1.4.10), however long a word', async () => {
      const frame = await fixture(html`<div lang="en-GB" style="width: 320px"></div>`);
      const el = make();
      // Real feeds hold words wider than a phone: addresses, repositories' names, compounds.
      el.feed = marked('Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung');
      frame.append(el);
      await settled(el);
      expect(pastEdge(el, frame.getBoundingClientRect().right), 'past the 320px edge').to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('renders without writing state: the same model twice gives the same DOM', async () => {
      const el = await place({ feed: sampleFeed() });
      await settled(el);
      const inside = el as unknown as Inside;
      expect(inside.view.kind).to.equal('model');
      const model = inside.view.model;
      const fields = () => Object.entries(el);
      const before = fields();
      const first = inside.renderModel(model);
      const second = inside.renderModel(model);
      const after = fields();
      expect(after.map(([k]) => k)).to.deep.equal(before.map(([k]) => k));
      after.forEach(([key, value], i) => expect(value, key).to.equal(before[i][1]));
      const a = document.createElement('div');
      const b = document.createElement('div');
      render(first, a, { host: el });
      render(second, b, { host: el });
      expect(a.innerHTML).to.equal(b.innerHTML);
      expect(a.textContent!.trim()).not.to.equal('');
    });
  });
}
