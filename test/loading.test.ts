import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { EsfomoTopics } from '../src/topics.js';
import { FETCH_TIMEOUT } from '../src/feed/load.js';
import { addPageFeed, clearFeedCache, feedUrl, settled, shadowText, until, watchUncaught } from './helpers.js';

describe('loading a feed', () => {
  afterEach(() => {
    clearFeedCache();
    sinon.restore();
    document.getElementById('esfomo-feed')?.remove();
  });

  it("loads the element's own src", async () => {
    const el = await fixture<EsfomoTopics>(html`<esfomo-topics src="/test/fixtures/topics.json"></esfomo-topics>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Compilers');
    expect(shadowText(el)).to.contain('GPUs');
  });

  it('fires esfomo-feed-load with the feed, bubbling and composed', async () => {
    const el = document.createElement('esfomo-topics');
    el.src = '/test/fixtures/topics.json';
    const event = oneEvent(el, 'esfomo-feed-load');
    document.body.append(el);
    const { detail, bubbles, composed } = await event;
    expect(bubbles).to.equal(true);
    expect(composed).to.equal(true);
    expect(detail.feed.topics).to.have.length(2);
    expect(detail.source).to.equal(new URL('/test/fixtures/topics.json', location.href).href);
    el.remove();
  });

  it('takes the feed property, which wins over src', async () => {
    const el = await fixture<EsfomoTopics>(
      html`<esfomo-topics src="/test/fixtures/topics.json" .feed=${{ version: 1, topics: ['From the property'] }}></esfomo-topics>`,
    );
    await settled(el);
    expect(shadowText(el)).to.equal('From the property');
    el.feed = { version: 1, topics: ['Replaced'] };
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Replaced');
    el.feed = undefined;
    await settled(el);
    await until(() => shadowText(el).includes('Compilers'));
  });

  it('follows a change of src', async () => {
    const el = await fixture<EsfomoTopics>(html`<esfomo-topics src=${feedUrl({ version: 1, topics: ['First'] })}></esfomo-topics>`);
    await until(() => shadowText(el) === 'First');
    el.src = feedUrl({ version: 1, topics: ['Second'] });
    await until(() => shadowText(el) === 'Second');
  });

  it('fetches one URL once for five elements sharing a src', async () => {
    const fetch = sinon.spy(window, 'fetch');
    const root = await fixture(html`<div>
      <esfomo-topics src="/test/fixtures/topics.json"></esfomo-topics>
      <esfomo-topics src="/test/fixtures/topics.json"></esfomo-topics>
      <esfomo-topics src="../test/fixtures/topics.json"></esfomo-topics>
      <esfomo-topics src="/test/fixtures/topics.json"></esfomo-topics>
      <esfomo-topics src="/test/fixtures/topics.json"></esfomo-topics>
    </div>`);
    const els = [...root.querySelectorAll('esfomo-topics')];
    for (const el of els) await settled(el);
    for (const el of els) expect(shadowText(el)).to.contain('Compilers');
    expect(fetch.callCount).to.equal(1);
  });

  it('gives the feed of <esfomo-feed src> to every element inside it, with one request', async () => {
    const fetch = sinon.spy(window, 'fetch');
    const root = await fixture(html`<esfomo-feed src="/test/fixtures/topics.json">
      <section><esfomo-topics></esfomo-topics></section>
      <esfomo-topics></esfomo-topics><esfomo-topics></esfomo-topics><esfomo-topics></esfomo-topics><esfomo-topics></esfomo-topics>
    </esfomo-feed>`);
    const els = [...root.querySelectorAll('esfomo-topics')];
    for (const el of els) await settled(el);
    for (const el of els) expect(shadowText(el)).to.contain('GPUs');
    expect(fetch.callCount).to.equal(1);
    expect(getComputedStyle(root).display).to.equal('contents');
  });

  it('reads an inline <script type="application/json"> inside <esfomo-feed>', async () => {
    const root = await fixture(html`<esfomo-feed>
      <script type="application/json">{ "version": 1, "topics": ["Inline topic"] }</script>
      <esfomo-topics></esfomo-topics>
    </esfomo-feed>`);
    const el = root.querySelector('esfomo-topics')!;
    await settled(el);
    expect(shadowText(el)).to.equal('Inline topic');
  });

  it('reaches elements that upgrade before their <esfomo-feed>, are added later, or are moved', async () => {
    // Elements under a not-yet-defined tag name stand for a provider that upgrades late:
    // build the tree detached, attach it, then move elements around.
    const root = await fixture(html`<div>
      <esfomo-feed id="a"><script type="application/json">{ "version": 1, "topics": ["Feed A"] }</script></esfomo-feed>
      <esfomo-feed id="b"><script type="application/json">{ "version": 1, "topics": ["Feed B"] }</script></esfomo-feed>
    </div>`);
    const a = root.querySelector('#a')!;
    const b = root.querySelector('#b')!;
    const late = document.createElement('esfomo-topics');
    a.append(late);
    await until(() => shadowText(late) === 'Feed A');
    b.append(late);
    await until(() => shadowText(late) === 'Feed B');
  });

  it('replays the request of an element whose <esfomo-feed> is created after it', async () => {
    const host = await fixture(html`<div></div>`);
    const provider = document.createElement('esfomo-feed');
    const el = document.createElement('esfomo-topics');
    // A plain element stands where <esfomo-feed> will be: the topics element upgrades first.
    const wrapper = document.createElement('div');
    wrapper.append(el);
    host.append(wrapper);
    await el.updateComplete;
    provider.feed = { version: 1, topics: ['Provided late'] };
    // Now the provider arrives around it.
    wrapper.replaceWith(provider);
    provider.append(wrapper);
    await until(() => shadowText(el) === 'Provided late');
  });

  it("uses the page's feed script, wherever it is", async () => {
    addPageFeed({ version: 1, topics: ['From the page'] });
    const el = await fixture<EsfomoTopics>(html`<esfomo-topics></esfomo-topics>`);
    await settled(el);
    expect(shadowText(el)).to.equal('From the page');
  });

  it("falls back to the page's feed inside an <esfomo-feed> that has none", async () => {
    addPageFeed({ version: 1, topics: ['Page feed under an empty provider'] });
    const root = await fixture(html`<esfomo-feed><esfomo-topics></esfomo-topics></esfomo-feed>`);
    const el = root.querySelector('esfomo-topics')!;
    await until(() => shadowText(el) === 'Page feed under an empty provider');
  });

  it('shows its own static children while the feed loads, and its rendering once it has', async () => {
    let answer!: (response: Response) => void;
    sinon.stub(window, 'fetch').returns(new Promise<Response>((resolve) => (answer = resolve)));
    const el = await fixture<EsfomoTopics>(
      html`<esfomo-topics src="/test/fixtures/deferred.json"><ul><li id="static">Static fallback</li></ul></esfomo-topics>`,
    );
    const fallback = el.querySelector('#static')!;
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    answer(new Response(JSON.stringify({ version: 1, topics: ['From the feed'] }), { status: 200 }));
    await until(() => shadowText(el) === 'From the feed');
    expect(fallback.getBoundingClientRect().height).to.equal(0);
  });

  it('says so, visibly, when no feed reaches an element', async () => {
    const el = await fixture<EsfomoTopics>(html`<esfomo-topics></esfomo-topics>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('No feed');
  });

  describe('a feed that cannot be used', () => {
    const cases: [string, string, RegExp][] = [
      ['malformed JSON', '/test/fixtures/malformed.json', /not valid JSON/],
      ['an HTTP 404', '/test/fixtures/no-such-feed.json', /not found \(HTTP 404/],
      ['an HTML page', '/test/fixtures/not-json.html', /an HTML page, not JSON/],
      ['version 2', '/test/fixtures/version-2.json', /version 2; this library reads version 1/],
      ['a section of the wrong type', '/test/fixtures/wrong-types.json', /topics: an object is not a list/],
    ];
    for (const [name, src, message] of cases) {
      it(`shows a visible message for ${name}, logs it, and throws nothing`, async () => {
        const uncaught = watchUncaught();
        const warn = sinon.stub(console, 'warn');
        const error = sinon.stub(console, 'error');
        const el = await fixture<EsfomoTopics>(html`<esfomo-topics src=${src}></esfomo-topics>`);
        await settled(el);
        const shown = el.shadowRoot!.querySelector('[part="message"]');
        expect(shown, 'a visible message').to.exist;
        expect(shown!.textContent).to.match(message);
        expect(shown!.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(warn.callCount + error.callCount, 'a console line').to.be.greaterThan(0);
        uncaught.stop();
        expect(uncaught.errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('fires esfomo-feed-error with the error', async () => {
      sinon.stub(console, 'error');
      const el = document.createElement('esfomo-topics');
      el.src = '/test/fixtures/version-2.json';
      const event = oneEvent(el, 'esfomo-feed-error');
      document.body.append(el);
      const { detail } = await event;
      expect(detail.error.reason).to.equal('version');
      el.remove();
    });

    it('names the JSON path of a wrong section in the console', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<EsfomoTopics>(html`<esfomo-topics src="/test/fixtures/wrong-types.json"></esfomo-topics>`);
      await settled(el);
      const lines = warn.getCalls().map((c) => String(c.args[0]));
      expect(lines.some((l) => l.includes('schedule: "tomorrow" is not a list'))).to.equal(true);
      expect(lines.some((l) => l.includes('topics: an object is not a list'))).to.equal(true);
    });

    it('gives up after 15 seconds without an answer', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      sinon.stub(console, 'error');
      sinon
        .stub(window, 'fetch')
        .callsFake(
          (_url, init) =>
            new Promise((_resolve, reject) =>
              init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
            ),
        );
      const el = document.createElement('esfomo-topics');
      el.src = '/test/fixtures/slow.json';
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      await clock.tickAsync(FETCH_TIMEOUT - 1);
      expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      await clock.tickAsync(1);
      clock.restore();
      await until(() => !!el.shadowRoot!.querySelector('[part="message"]'));
      expect(shadowText(el)).to.contain('did not arrive within 15 seconds');
      el.remove();
    });

    it('shows a network failure', async () => {
      sinon.stub(console, 'error');
      sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
      const el = await fixture<EsfomoTopics>(html`<esfomo-topics src="/test/fixtures/offline.json"></esfomo-topics>`);
      await settled(el);
      expect(shadowText(el)).to.contain('could not be fetched (Failed to fetch)');
    });

    it('shows a bad feed given as a property', async () => {
      sinon.stub(console, 'error');
      const el = await fixture<EsfomoTopics>(html`<esfomo-topics .feed=${{ version: 3 }}></esfomo-topics>`);
      expect(shadowText(el)).to.contain('version 3');
    });

    it('shows a bad inline feed inside <esfomo-feed>', async () => {
      sinon.stub(console, 'error');
      const root = await fixture(
        html`<esfomo-feed><script type="application/json">{ nope }</script><esfomo-topics></esfomo-topics></esfomo-feed>`,
      );
      const el = root.querySelector('esfomo-topics')!;
      await settled(el);
      expect(shadowText(el)).to.contain('not valid JSON');
    });
  });
});
