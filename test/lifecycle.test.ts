/**
 * The elements' lifecycle: thousands of add/remove cycles leave nothing behind (no request
 * queued in the context root, no clock watcher, no timer) and the heap does not grow with them.
 */
import { expect } from '@open-wc/testing';
import '../src/countdown.js';
import '../src/schedule.js';
import type { FeedInput } from '../src/feed/types.js';
import { clock } from '../src/time/clock.js';
import { addPageFeed, clearFeedCache } from './helpers.js';

/** Cycles to warm up (the compiler settles), then three windows of cycles measured. */
const WARM_UP = 5_000;
const WINDOW = 2_500;
const CYCLES = WARM_UP + 3 * WINDOW;
/**
 * Heap growth allowed per cycle (bytes), after a GC, in the windows after the warm-up. A retained
 * element (its shadow root, its template instance) would be kilobytes a cycle; a cache keyed by
 * something new each cycle, tens of bytes. Heap snapshots of this run, a few thousand cycles
 * apart, show no object of the page's growing with the cycles for either element: what grows is
 * V8's optimised code (the full collections drop code whose embedded shapes died with the last
 * element; the next cycles compile it again), tens of kilobytes at a time however many cycles
 * lie between, in one or two windows of three. A leak grows every window: the smallest counts.
 */
const BYTES_PER_CYCLE = 10;

type Root = { pendingContextRequests: Map<unknown, { requests: unknown[] }> };
const pendingRequests = () => {
  const root = (globalThis as Record<symbol, unknown>)[Symbol.for('esfomo-elements.context-root')] as Root | undefined;
  return [...(root?.pendingContextRequests.values() ?? [])].reduce((n, p) => n + p.requests.length, 0);
};

type WithGc = typeof globalThis & { gc?: () => void; performance: Performance & { memory?: { usedJSHeapSize: number } } };
const g = globalThis as WithGc;

/** The heap after full collections (several, between tasks: weak maps let go of what an earlier one freed). */
async function heap(): Promise<number> {
  for (let i = 0; i < 6; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    g.gc!();
  }
  return g.performance.memory!.usedJSHeapSize;
}

/** Counts the timers set and not yet fired or cleared, from now until `stop`. */
function watchTimers(): { live: () => number; stop: () => void } {
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: clearEvery } = window;
  const live = new Set<number>();
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = set(
      (...a: unknown[]) => {
        live.delete(id);
        if (typeof fn === 'function') fn(...a);
      },
      ms,
      ...args,
    );
    live.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    clear(id);
  }) as typeof clearTimeout;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = every(fn, ms, ...args);
    live.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    clearEvery(id);
  }) as typeof clearInterval;
  return {
    live: () => live.size,
    stop: () => Object.assign(window, { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: clearEvery }),
  };
}

/** A day of the schedule that runs today, all day, so the now-marker watches the clock. */
function todaysFeed(): FeedInput {
  const today = new Date().toISOString().slice(0, 10);
  return {
    version: 1,
    workshop: { name: 'ES-FoMo III', timezone: 'UTC' },
    people: [{ id: 'tri-dao', name: 'Tri Dao', affiliation: 'Princeton', roles: ['speaker'] }],
    schedule: [
      {
        date: today,
        items: [
          {
            start: '00:00',
            end: '12:00',
            title: 'Morning session',
            kind: 'session',
            items: [{ start: '00:00', title: 'FlashAttention', kind: 'talk', speakers: ['tri-dao'] }],
          },
          { start: '12:00', end: '23:59', title: 'Posters', kind: 'poster' },
        ],
      },
    ],
    dates: [{ id: 'submission', label: 'Submission deadline', due: '2099-05-26T23:59', timezone: 'AoE' }],
  };
}

describe('the lifecycle of an element', function () {
  this.timeout(240_000);
  afterEach(() => {
    clearFeedCache();
    document.getElementById('esfomo-feed')?.remove();
  });

  const cases = [
    { tag: 'esfomo-countdown', attrs: { deadline: 'submission' }, feedBy: 'property' },
    { tag: 'esfomo-countdown', attrs: { deadline: 'submission' }, feedBy: 'page' },
    { tag: 'esfomo-schedule', attrs: {}, feedBy: 'property' },
    { tag: 'esfomo-schedule', attrs: {}, feedBy: 'page' },
  ] as const;

  for (const { tag, attrs, feedBy } of cases) {
    it(`${CYCLES} add/remove cycles of <${tag}> (feed as the ${feedBy === 'page' ? "page's feed script" : 'feed property'}) leave nothing behind`, async () => {
      expect(g.gc, 'Chromium runs with --js-flags=--expose-gc').to.be.a('function');
      const feed = todaysFeed();
      if (feedBy === 'page') addPageFeed(feed);
      const host = document.createElement('div');
      document.body.append(host);
      const requestsBefore = pendingRequests();
      const watchersBefore = clock.size;
      const timers = watchTimers();
      const cycle = async () => {
        const el = document.createElement(tag) as HTMLElement & { feed?: unknown; updateComplete: Promise<unknown> };
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        if (feedBy === 'property') el.feed = feed;
        host.append(el);
        await el.updateComplete;
        el.remove();
      };
      try {
        // The first element shows the feed: later ones do too (the shared clock watches them while they are on the page).
        const probe = document.createElement(tag) as HTMLElement & { feed?: unknown; updateComplete: Promise<unknown> };
        for (const [name, value] of Object.entries(attrs)) probe.setAttribute(name, value);
        if (feedBy === 'property') probe.feed = feed;
        host.append(probe);
        await probe.updateComplete;
        expect(probe.shadowRoot!.querySelector('[part~="message"]')).to.equal(null);
        expect(clock.size).to.equal(watchersBefore + 1);
        probe.remove();

        // Warm up, then measure three windows. A leak grows the heap in each; the collector's and
        // the compiler's own bookkeeping (a table resized, optimised code compiled again) shows in
        // one or two at most.
        for (let i = 0; i < WARM_UP; i++) await cycle();
        const sizes = [await heap()];
        for (let w = 0; w < 3; w++) {
          for (let i = 0; i < WINDOW; i++) await cycle();
          sizes.push(await heap());
        }
        const growth = sizes.slice(1).map((size, w) => (size - sizes[w]) / WINDOW);
        const perCycle = Math.min(...growth);
        console.log(
          `<${tag}>, feed as ${feedBy}: heap ${sizes.join(' → ')} bytes, ${WINDOW} cycles apart (${growth.map((b) => b.toFixed(2)).join(', ')} bytes a cycle)`,
        );
        expect(pendingRequests(), 'context requests queued').to.equal(requestsBefore);
        expect(clock.size, 'clock watchers').to.equal(watchersBefore);
        expect(clock.running, 'the clock runs for no one').to.equal(watchersBefore > 0);
        expect(timers.live(), 'timers left').to.equal(0);
        expect(perCycle, `heap growth per cycle (${sizes.join(' → ')} bytes)`).to.be.below(BYTES_PER_CYCLE);
      } finally {
        timers.stop();
        host.remove();
      }
    });
  }
});
