/**
 * Faults and races in how feeds arrive: a server that fails once, a page feed edited after
 * load, superseded fetches, the context root's queue, calendar text with control characters,
 * and feeds with very many problems. Each test fails if its fault comes back.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/topics.js';
import '../src/countdown.js';
import type { EsfomoTopics } from '../src/topics.js';
import { icsText } from '../src/calendar/ics.js';
import { CONSOLE_PROBLEMS, cachedFeeds } from '../src/feed/load.js';
import { clearFeedCache, settled, shadowText, until, watchUncaught } from './helpers.js';

/** A key no other test (or earlier run against the same server) has used. */
const fresh = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function requestsFor(key: string): Promise<number> {
  return (await (await fetch(`/faulty/count/${key}`)).json()).requests;
}

describe('faults and races', () => {
  afterEach(() => {
    fixtureCleanup();
    clearFeedCache();
    sinon.restore();
    document.getElementById('esfomo-feed')?.remove();
  });

  describe('a failed fetch is not remembered', () => {
    it('asks again for a new element after a 500, and shows the feed', async () => {
      sinon.stub(console, 'error');
      const key = fresh('flaky');
      const first = await fixture<EsfomoTopics>(html`<esfomo-topics src="/faulty/flaky/${key}"></esfomo-topics>`);
      await until(() => /HTTP 500/.test(shadowText(first)));
      const second = await fixture<EsfomoTopics>(html`<esfomo-topics src="/faulty/flaky/${key}"></esfomo-topics>`);
      await until(() => shadowText(second).includes(`Feed ${key}`));
      expect(await requestsFor(key)).to.equal(2);
    });

    it('asks again when the same src is set again', async () => {
      sinon.stub(console, 'error');
      const key = fresh('flaky-again');
      const el = await fixture<EsfomoTopics>(html`<esfomo-topics src="/faulty/flaky/${key}"></esfomo-topics>`);
      await until(() => /HTTP 500/.test(shadowText(el)));
      el.src = undefined;
      await el.updateComplete;
      el.src = `/faulty/flaky/${key}`;
      await until(() => shadowText(el).includes(`Feed ${key}`));
    });

    it('keeps a feed that arrived: a later element with the same src shows it at once, with no request', async () => {
      const key = fresh('kept');
      const first = await fixture<EsfomoTopics>(html`<esfomo-topics src="/faulty/slow/${key}?ms=1"></esfomo-topics>`);
      await until(() => shadowText(first).includes(`Feed ${key}`));
      const second = await fixture<EsfomoTopics>(html`<esfomo-topics src="/faulty/slow/${key}?ms=1"></esfomo-topics>`);
      expect(shadowText(second)).to.include(`Feed ${key}`);
      expect(await requestsFor(key)).to.equal(1);
    });
  });

  describe("the page's feed script is watched", () => {
    const script = (topics: string[]) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.id = 'esfomo-feed';
      s.textContent = JSON.stringify({ version: 1, topics });
      return s;
    };

    it('is seen when added after the elements showed "No feed"', async () => {
      const el = await fixture<EsfomoTopics>(html`<esfomo-topics></esfomo-topics>`);
      expect(shadowText(el)).to.match(/^No feed/);
      document.body.append(script(['Added later']));
      await until(() => shadowText(el) === 'Added later');
    });

    it('updates every element when edited, replaced or removed', async () => {
      const s = script(['First']);
      document.body.append(s);
      const wrap = await fixture(html`<div><esfomo-topics></esfomo-topics><esfomo-topics></esfomo-topics></div>`);
      const els = [...wrap.querySelectorAll('esfomo-topics')];
      await Promise.all(els.map(settled));
      expect(els.map(shadowText)).to.deep.equal(['First', 'First']);

      s.textContent = JSON.stringify({ version: 1, topics: ['Edited'] });
      await until(() => els.every((el) => shadowText(el) === 'Edited'));

      s.replaceWith(script(['Replaced']));
      await until(() => els.every((el) => shadowText(el) === 'Replaced'));

      document.getElementById('esfomo-feed')!.remove();
      await until(() => els.every((el) => /^No feed/.test(shadowText(el))));
    });

    it('stops watching when no element listens', async () => {
      document.body.append(script(['Watched']));
      const el = await fixture<EsfomoTopics>(html`<esfomo-topics></esfomo-topics>`);
      await settled(el);
      const read = sinon.spy(document, 'getElementById');
      el.remove();
      document.body.append(document.createElement('div'));
      await new Promise((r) => setTimeout(r, 20));
      expect(read.callCount).to.equal(0);
    });
  });

  describe('superseded fetches', () => {
    it('six elements changing src 100 times end on the last feed, and most requests are never sent', async () => {
      const watch = watchUncaught();
      const run = fresh('race');
      const wrap = await fixture(html`<div>${[0, 1, 2, 3, 4, 5].map(() => html`<esfomo-topics></esfomo-topics>`)}</div>`);
      const els = [...wrap.querySelectorAll<EsfomoTopics>('esfomo-topics')];
      for (let i = 0; i < 100; i++) {
        for (const el of els) el.src = `/faulty/slow/${run}-${i}?ms=150`;
        await Promise.all(els.map((el) => el.updateComplete));
      }
      await until(() => els.every((el) => shadowText(el) === `Feed ${run}-99`), 8000);
      watch.stop();
      expect(watch.errors).to.deep.equal([]);
      let sent = 0;
      for (let i = 0; i < 100; i++) sent += await requestsFor(`${run}-${i}`);
      // Each src change aborts the wait before: only those already started reach the server.
      expect(sent).to.be.below(100); // of the 600 asked for (each src change set one per element)
      expect(cachedFeeds().inFlight).to.equal(0);
    });

    it('aborts a request when the last element waiting on it leaves the page', async () => {
      const key = fresh('left');
      const aborted = sinon.spy(AbortController.prototype, 'abort');
      const el = await fixture<EsfomoTopics>(html`<esfomo-topics src="/faulty/slow/${key}?ms=400"></esfomo-topics>`);
      await new Promise((r) => setTimeout(r, 50));
      el.remove();
      expect(aborted.callCount).to.equal(1);
      expect(cachedFeeds().inFlight).to.equal(0);
    });
  });

  describe('memory', () => {
    it('leaves no request queued in the context root for elements outside an <esfomo-feed>', async () => {
      const root = (globalThis as Record<symbol, unknown>)[Symbol.for('esfomo-elements.context-root')] as
        { pendingContextRequests: Map<unknown, { requests: unknown[] }> } | undefined;
      const pending = () => [...(root?.pendingContextRequests.values() ?? [])].reduce((n, p) => n + p.requests.length, 0);
      const before = pending();
      const wrap = await fixture(
        html`<div>${Array.from({ length: 200 }, () => html`<esfomo-countdown due="2030-01-01"></esfomo-countdown>`)}</div>`,
      );
      await Promise.all([...wrap.children].map((el) => (el as EsfomoTopics).updateComplete));
      expect(pending()).to.equal(before);
    });
  });

  describe('calendar text', () => {
    it('drops control characters that RFC 5545 forbids, keeping tab and newline', () => {
      expect(icsText('a\u0000b\u0007c\u001bd\u007fe')).to.equal('abcde');
      expect(icsText('tab\there\nnext')).to.equal('tab\there\\nnext');
    });
  });

  describe('very many problems', () => {
    it(`prints the first ${CONSOLE_PROBLEMS} problems and a count of the rest; the event has all of them`, async () => {
      const warn = sinon.stub(console, 'warn');
      const feed = { version: 1, topics: ['Kept', ...Array.from({ length: 1000 }, () => ['nested list'])] };
      const el = document.createElement('esfomo-topics') as EsfomoTopics;
      const loaded = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('esfomo-feed-load', resolve as EventListener, { once: true }),
      );
      el.feed = feed;
      document.body.append(el);
      const event = await loaded;
      el.remove();
      expect(event.detail.problems).to.have.length(1000);
      const lines = warn.getCalls().map((c) => String(c.args[0]));
      expect(lines).to.have.length(CONSOLE_PROBLEMS + 1);
      expect(lines[0]).to.include('topics[1]');
      expect(lines.at(-1)).to.include('and 990 more problems');
    });
  });
});
