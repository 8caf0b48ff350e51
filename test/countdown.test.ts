import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { TemplateResult } from 'lit';
import '../src/countdown.js';
import '../src/feed.js';
import type { EsfomoCountdown, DeadlineDetail } from '../src/countdown.js';
import type { FeedInput } from '../src/feed/types.js';
import { clock } from '../src/time/clock.js';
import { sampleFeed, shadowText } from './helpers.js';

const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;

/** The numbers shown, as text: `['6', '11', '59', '00']`. */
const numbers = (el: Element) => UNITS.map((u) => el.shadowRoot!.querySelector(`[part="${u}"]`)?.textContent ?? null);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const words = (el: Element) => el.shadowRoot!.querySelector('.words')?.textContent ?? null;

async function countdown(template: TemplateResult): Promise<EsfomoCountdown> {
  const wrap = await fixture(html`<div lang="en-GB">${template}</div>`);
  const el = wrap.querySelector('esfomo-countdown')!;
  await el.updateComplete;
  return el;
}

function wantFeed(): FeedInput {
  return {
    version: 1,
    workshop: { name: 'WANT', venue: 'NeurIPS 2023' },
    dates: [
      {
        id: 'full-paper',
        label: 'Full paper submission deadline',
        due: '2023-10-06',
        timezone: 'AoE',
        previous: ['2023-09-22', '2023-09-29'],
        url: 'https://openreview.net/group?id=NeurIPS.cc/2023/Workshop/WANT',
      },
      { id: 'camera-ready', label: 'Camera-ready', tbd: true },
    ],
  };
}

describe('<esfomo-countdown>', () => {
  let fake: sinon.SinonFakeTimers | undefined;
  /** Fakes the clock from `now` on (setTimeout and Date only: lit and axe keep their promises and frames). */
  const at = (now: number) => {
    fake = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    return fake;
  };
  /** Axe needs real timers: the faked ones end here. */
  const accessible = async (el: Element) => {
    fake?.restore();
    fake = undefined;
    await expect(el).to.be.accessible();
  };
  afterEach(() => {
    fixtureCleanup();
    fake?.restore();
    fake = undefined;
    sinon.restore();
  });

  describe('with no feed (due, timezone, label)', () => {
    it("shows the label, the time left to the second, and the deadline in its zone and the visitor's", async () => {
      at(Date.UTC(2025, 4, 20, 12, 0, 0, 250));
      const el = await countdown(
        html`<esfomo-countdown due="2025-05-26T23:59" timezone="UTC" label="Submission deadline"></esfomo-countdown>`,
      );
      expect(part(el, 'label')!.textContent).to.equal('Submission deadline');
      // 6 d 11 h 58 min 59.75 s left: a part-second counts as a whole one until it is gone.
      expect(numbers(el)).to.deep.equal(['6', '11', '59', '00']);
      expect(part(el, 'due')!.textContent).to.equal('26 May 2025, 23:59 UTC');
      expect(part(el, 'due')!.getAttribute('datetime')).to.equal('2025-05-26T23:59:00.000Z');
      // The tests' browser is in New York (EDT, UTC-4).
      expect(part(el, 'local')!.textContent).to.equal('your time: 26 May, 19:59 EDT');
      expect(part(el, 'base')!.getAttribute('role')).to.equal('timer');
      await accessible(el);
    });

    it('uses tabular figures, so the numbers do not jitter', async () => {
      const el = await countdown(html`<esfomo-countdown due="2099-01-01" label="Far"></esfomo-countdown>`);
      for (const u of UNITS) expect(getComputedStyle(part(el, u)!).fontVariantNumeric).to.equal('tabular-nums');
    });

    it('ticks on each second boundary, together with the shared clock', async () => {
      const fake = at(Date.UTC(2025, 4, 26, 23, 57, 58, 250));
      const el = await countdown(html`<esfomo-countdown due="2025-05-26T23:59" timezone="UTC"></esfomo-countdown>`);
      expect(numbers(el)).to.deep.equal(['0', '00', '01', '02']);
      fake.tick(749);
      expect(numbers(el)).to.deep.equal(['0', '00', '01', '02']);
      fake.tick(1);
      expect(numbers(el)).to.deep.equal(['0', '00', '01', '01']);
      fake.tick(1000);
      expect(numbers(el)).to.deep.equal(['0', '00', '01', '00']);
      fake.tick(1000);
      expect(numbers(el)).to.deep.equal(['0', '00', '00', '59']);
      expect(Date.now() % 1000).to.equal(0);
    });

    it('names the units, singular for one', async () => {
      at(Date.UTC(2025, 4, 25, 22, 58, 0));
      const el = await countdown(html`<esfomo-countdown due="2025-05-26T23:59:01" timezone="UTC"></esfomo-countdown>`);
      expect(numbers(el)).to.deep.equal(['1', '01', '01', '01']);
      const names = [...el.shadowRoot!.querySelectorAll('[part="unit-name"]')].map((n) => n.textContent);
      expect(names).to.deep.equal(['day', 'hour', 'minute', 'second']);
      fake!.tick(1000);
      expect([...el.shadowRoot!.querySelectorAll('[part="unit-name"]')].map((n) => n.textContent)).to.deep.equal([
        'day',
        'hour',
        'minute',
        'seconds',
      ]);
      expect(part(el, 'due')!.textContent).to.equal('26 May 2025, 23:59:01 UTC');
    });

    it('takes a date alone as the end of that day in its zone, AoE being UTC-12', async () => {
      at(Date.UTC(2023, 9, 7, 11, 59, 0));
      const el = await countdown(html`<esfomo-countdown due="2023-10-06" timezone="AoE" label="Full paper"></esfomo-countdown>`);
      expect(numbers(el)).to.deep.equal(['0', '00', '00', '59']);
      expect(part(el, 'due')!.textContent).to.equal('6 Oct 2023, end of day AoE');
      expect(part(el, 'due')!.getAttribute('title')).to.equal('AoE, UTC-12');
      expect(part(el, 'local')!.textContent).to.equal('your time: 7 Oct, 07:59 EDT');
    });

    it('takes UTC when no timezone is given', async () => {
      at(Date.UTC(2025, 4, 26, 23, 0, 0));
      const el = await countdown(html`<esfomo-countdown due="2025-05-26T23:59"></esfomo-countdown>`);
      expect(numbers(el)).to.deep.equal(['0', '00', '59', '00']);
      expect(part(el, 'label')!.textContent).to.equal('Deadline');
    });

    it('gives screen readers the time left in words, changed at most once a minute', async () => {
      const fake = at(Date.UTC(2025, 4, 14, 20, 53, 30));
      const el = await countdown(html`<esfomo-countdown due="2025-05-26T23:59" timezone="UTC"></esfomo-countdown>`);
      expect(words(el)).to.equal('12 days, 3 hours, 5 minutes left');
      expect(part(el, 'remaining')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'base')!.hasAttribute('aria-live')).to.equal(false);
      const seen: string[] = [];
      const node = el.shadowRoot!.querySelector('.words')!;
      const writes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => writes.push(...records));
      observer.observe(node, { characterData: true, characterDataOldValue: true, childList: true, subtree: true });
      for (let i = 0; i < 150; i++) {
        fake.tick(1000);
        seen.push(words(el)!);
      }
      await Promise.resolve();
      observer.disconnect();
      // 150 seconds from 5 min 30 s past whole minutes left cross two minute boundaries
      // (at 5:00 left, 5 whole minutes still; at 4:59, 4): two writes, not 150.
      expect(writes.map((r) => r.oldValue)).to.deep.equal(['12 days, 3 hours, 5 minutes left', '12 days, 3 hours, 4 minutes left']);
      expect(seen[0]).to.equal('12 days, 3 hours, 5 minutes left');
      expect(seen.findIndex((w) => w.includes(' 4 minutes'))).to.equal(30);
      expect(seen.findIndex((w) => w.includes(' 3 minutes'))).to.equal(90);
      expect(seen.at(-1)).to.equal('12 days, 3 hours, 3 minutes left');
    });

    it('says "less than a minute" in the last minute', async () => {
      at(Date.UTC(2025, 4, 26, 23, 58, 1));
      const el = await countdown(html`<esfomo-countdown due="2025-05-26T23:59" timezone="UTC"></esfomo-countdown>`);
      expect(words(el)).to.equal('less than a minute left');
    });

    it('shows earlier deadlines struck through', async () => {
      at(Date.UTC(2023, 8, 30));
      const el = await countdown(
        html`<esfomo-countdown due="2023-10-06" timezone="AoE" previous="2023-09-22 2023-09-29T12:00"></esfomo-countdown>`,
      );
      const previous = part(el, 'previous')!;
      expect(previous.textContent!.replace(/\s+/g, ' ').trim()).to.equal('extended from 22 Sept 2023, 29 Sept 2023, 12:00');
      expect([...previous.querySelectorAll('s')].map((s) => s.textContent)).to.deep.equal(['22 Sept 2023', '29 Sept 2023, 12:00']);
      expect(getComputedStyle(previous.querySelector('s')!).textDecorationLine).to.equal('line-through');
      await accessible(el);
    });

    it('shows TBD and no numbers for a date not yet set', async () => {
      const el = await countdown(html`<esfomo-countdown tbd label="Camera-ready deadline"></esfomo-countdown>`);
      expect(shadowText(el)).to.equal('Camera-ready deadline TBD');
      expect(numbers(el)).to.deep.equal([null, null, null, null]);
      expect(clock.size).to.equal(0);
      await accessible(el);
    });

    it('names a bad due or timezone in a visible message, and warns', async () => {
      const warn = sinon.stub(console, 'warn');
      const bad = await countdown(html`<esfomo-countdown due="26/05/2025"></esfomo-countdown>`);
      expect(part(bad, 'message')!.textContent).to.equal('due="26/05/2025" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).');
      const zone = await countdown(html`<esfomo-countdown due="2025-05-26" timezone="Mars/Olympus"></esfomo-countdown>`);
      expect(part(zone, 'message')!.textContent).to.contain('timezone="Mars/Olympus" is not a time zone');
      expect(warn.callCount).to.equal(2);
      expect(warn.firstCall.args[0]).to.contain('due="26/05/2025"');
      expect(clock.size).to.equal(0);
      await accessible(bad);
    });

    it('ignores a bad previous date, with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await countdown(html`<esfomo-countdown due="2099-10-06" previous="soon 2099-09-29"></esfomo-countdown>`);
      expect([...el.shadowRoot!.querySelectorAll('s')].map((s) => s.textContent)).to.deep.equal(['29 Sept 2099']);
      expect(warn.firstCall.args[0]).to.contain('"soon" is not a date');
    });

    it('without due or a feed, says what it needs', async () => {
      const el = await countdown(html`<esfomo-countdown></esfomo-countdown>`);
      expect(part(el, 'message')!.textContent).to.contain('No feed');
    });

    it('follows its attributes when they change', async () => {
      at(Date.UTC(2025, 4, 26, 23, 0, 0));
      const el = await countdown(html`<esfomo-countdown due="2025-05-26T23:59" timezone="UTC"></esfomo-countdown>`);
      el.setAttribute('timezone', 'Europe/Vienna');
      el.setAttribute('label', 'Now in Vienna');
      await el.updateComplete;
      expect(numbers(el)).to.deep.equal([null, null, null, null]);
      // 23:59 CEST is 21:59 UTC: it passed an hour ago.
      expect(part(el, 'closed')!.textContent).to.equal('Now in Vienna closed on 26 May 2025, 23:59 CEST');
      el.setAttribute('due', '2025-05-28');
      await el.updateComplete;
      // The end of 28 May in Vienna is 21:59:59 UTC: 1 d 22 h 59 min 59 s from 23:00 UTC on the 26th.
      expect(numbers(el)).to.deep.equal(['1', '22', '59', '59']);
      expect(part(el, 'label')!.textContent).to.equal('Now in Vienna');
    });
  });

  describe('closing', () => {
    it('shows a clear closed state, no negative numbers, and no event, for a deadline already past', async () => {
      at(Date.UTC(2025, 5, 1));
      const spy = sinon.spy();
      const wrap = await fixture(html`<div lang="en-GB" @esfomo-deadline=${spy}>
        <esfomo-countdown due="2025-05-26T23:59" timezone="UTC" label="Submission deadline"></esfomo-countdown>
      </div>`);
      const el = wrap.querySelector('esfomo-countdown')!;
      await el.updateComplete;
      expect(part(el, 'closed')!.textContent).to.equal('Submission deadline closed on 26 May 2025, 23:59 UTC');
      expect(numbers(el)).to.deep.equal([null, null, null, null]);
      expect(shadowText(el)).not.to.match(/(^|\s)-\d/);
      expect(part(el, 'due')!.textContent).to.equal('26 May 2025, 23:59 UTC');
      fake!.tick(5000);
      expect(spy.callCount).to.equal(0);
      expect(clock.size).to.equal(0);
      await accessible(el);
    });

    it('fires esfomo-deadline once when it passes while the page is open, then stops watching', async () => {
      const fake = at(Date.UTC(2023, 9, 7, 11, 59, 56, 500));
      const events: CustomEvent<DeadlineDetail>[] = [];
      const wrap = await fixture(html`<div lang="en-GB" @esfomo-deadline=${(e: CustomEvent<DeadlineDetail>) => events.push(e)}>
        <esfomo-countdown .feed=${wantFeed()} deadline="full-paper"></esfomo-countdown>
      </div>`);
      const el = wrap.querySelector('esfomo-countdown')!;
      await el.updateComplete;
      expect(numbers(el)).to.deep.equal(['0', '00', '00', '03']);
      fake.tick(1500);
      expect(numbers(el)).to.deep.equal(['0', '00', '00', '01']);
      expect(events).to.have.length(0);
      fake.tick(999);
      expect(events).to.have.length(0);
      fake.tick(1);
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        id: 'full-paper',
        label: 'Full paper submission deadline',
        due: '2023-10-06',
        timezone: 'AoE',
        at: Date.UTC(2023, 9, 7, 11, 59, 59),
      });
      await el.updateComplete;
      expect(part(el, 'closed')).not.to.equal(null);
      expect(numbers(el)).to.deep.equal([null, null, null, null]);
      expect(clock.size).to.equal(0);
      expect(fake.countTimers()).to.equal(0);
      fake.tick(10_000);
      el.requestUpdate();
      await el.updateComplete;
      expect(events).to.have.length(1);
      await accessible(el);
    });

    it('closes and fires on return when it passed while the page was hidden', async () => {
      const fake = at(Date.UTC(2025, 4, 26, 23, 58, 0));
      let hidden = false;
      sinon.stub(document, 'hidden').get(() => hidden);
      const spy = sinon.spy();
      const wrap = await fixture(html`<div @esfomo-deadline=${spy}><esfomo-countdown due="2025-05-26T23:59"></esfomo-countdown></div>`);
      const el = wrap.querySelector('esfomo-countdown')!;
      await el.updateComplete;
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(fake.countTimers()).to.equal(0);
      fake.tick(30_000);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(numbers(el)).to.deep.equal(['0', '00', '00', '30']);
      fake.tick(30_000);
      expect(spy.callCount).to.equal(1);
    });
  });

  describe('with a feed', () => {
    it('shows the date whose id is given', async () => {
      at(Date.UTC(2025, 4, 26, 22, 0, 0));
      const el = await countdown(html`<esfomo-countdown .feed=${sampleFeed()} deadline="submission"></esfomo-countdown>`);
      expect(part(el, 'label')!.textContent).to.equal('Submission deadline');
      expect(numbers(el)).to.deep.equal(['0', '01', '59', '00']);
    });

    it('wins over due, timezone and label when both are given', async () => {
      at(Date.UTC(2025, 4, 26, 22, 0, 0));
      const el = await countdown(
        html`<esfomo-countdown .feed=${sampleFeed()} deadline="submission" due="2030-01-01" timezone="AoE" label="Other"></esfomo-countdown>`,
      );
      expect(part(el, 'label')!.textContent).to.equal('Submission deadline');
      expect(numbers(el)).to.deep.equal(['0', '01', '59', '00']);
    });

    it('uses due when no deadline id is given, even inside a feed', async () => {
      at(Date.UTC(2029, 11, 31, 0, 0, 0));
      const el = await countdown(html`<esfomo-countdown .feed=${sampleFeed()} due="2029-12-31" label="Own"></esfomo-countdown>`);
      expect(numbers(el)).to.deep.equal(['0', '23', '59', '59']);
    });

    it('finds its date through <esfomo-feed>', async () => {
      at(Date.UTC(2023, 8, 1));
      const wrap = await fixture(
        html`<esfomo-feed .feed=${wantFeed()} lang="en-GB"><esfomo-countdown deadline="full-paper"></esfomo-countdown></esfomo-feed>`,
      );
      const el = wrap.querySelector('esfomo-countdown')!;
      await el.updateComplete;
      expect(part(el, 'label')!.querySelector('a')!.getAttribute('href')).to.equal(
        'https://openreview.net/group?id=NeurIPS.cc/2023/Workshop/WANT',
      );
      expect([...el.shadowRoot!.querySelectorAll('s')].map((s) => s.textContent)).to.deep.equal(['22 Sept 2023', '29 Sept 2023']);
      expect(part(el, 'due')!.textContent).to.equal('6 Oct 2023, end of day AoE');
      // 1 Sep 00:00 UTC to 7 Oct 11:59:59 UTC.
      expect(numbers(el)).to.deep.equal(['36', '11', '59', '59']);
    });

    it('shows TBD for a date of the feed not yet set', async () => {
      const el = await countdown(html`<esfomo-countdown .feed=${wantFeed()} deadline="camera-ready"></esfomo-countdown>`);
      expect(part(el, 'tbd')!.textContent).to.equal('TBD');
      expect(numbers(el)).to.deep.equal([null, null, null, null]);
      expect(part(el, 'due')).to.equal(null);
    });

    it('says so, visibly and in the console, when the id is not in the feed', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await countdown(html`<esfomo-countdown .feed=${wantFeed()} deadline="nope"></esfomo-countdown>`);
      expect(part(el, 'message')!.textContent).to.equal('No date "nope" in the feed.');
      expect(warn.firstCall.args[0]).to.contain('no date with id "nope"').and.to.contain('full-paper, camera-ready');
      await accessible(el);
    });

    it('says what it needs with a feed but neither deadline nor due', async () => {
      const el = await countdown(html`<esfomo-countdown .feed=${wantFeed()}></esfomo-countdown>`);
      expect(part(el, 'message')!.textContent).to.contain('give <esfomo-countdown> a deadline');
    });
  });

  describe('the one shared clock', () => {
    it('ticks without looking anything up in its shadow root (a renamed part cannot stop it)', async () => {
      const fake = at(Date.UTC(2025, 4, 26, 23, 57, 58, 250));
      const el = await countdown(html`<esfomo-countdown due="2025-05-26T23:59" timezone="UTC"></esfomo-countdown>`);
      const num = el.shadowRoot!.querySelector('[part="seconds"]')!;
      const unitNames = [...el.shadowRoot!.querySelectorAll('[part="unit-name"]')];
      const wordsNode = el.shadowRoot!.querySelector('.words')!;
      expect(num.textContent).to.equal('02');
      const root = el.shadowRoot!;
      const lookups = ['querySelector', 'querySelectorAll', 'getElementById'] as const;
      for (const name of lookups) sinon.stub(root, name).throws(new Error(`the tick used ${name}`));
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        fake.tick(750);
        expect(num.textContent).to.equal('01');
        fake.tick(1000);
        expect(num.textContent).to.equal('00');
        expect(unitNames.map((n) => n.textContent)).to.deep.equal(['days', 'hours', 'minute', 'seconds']);
        // A new render (a new label) while lookups throw: the tick keeps its nodes through Lit's refs.
        el.label = 'Paper submission';
        await el.updateComplete;
        fake.tick(1000);
        expect(num.textContent).to.equal('59');
        expect(unitNames.map((n) => n.textContent)).to.deep.equal(['days', 'hours', 'minutes', 'seconds']);
        expect(wordsNode.textContent).to.equal('less than a minute left');
      } finally {
        window.removeEventListener('error', onError);
        for (const name of lookups) (root[name] as sinon.SinonStub).restore();
      }
      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="seconds"]')).to.equal(num);
      expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Paper submission');
    });

    it('runs one timer for 500 countdowns, and they all tick together', async () => {
      const fake = at(Date.UTC(2025, 4, 26, 20, 0, 0, 400));
      const dues = Array.from({ length: 500 }, (_, i) => `2025-05-26T23:${String(i % 60).padStart(2, '0')}`);
      const wrap = await fixture(html`<div>${dues.map((d) => html`<esfomo-countdown due=${d}></esfomo-countdown>`)}</div>`);
      const els = [...wrap.querySelectorAll('esfomo-countdown')];
      await Promise.all(els.map((el) => el.updateComplete));
      expect(clock.size).to.equal(500);
      expect(fake.countTimers()).to.equal(1);
      expect(new Set(els.map((el) => numbers(el)[3]))).to.deep.equal(new Set(['00']));
      fake.tick(600);
      expect(new Set(els.map((el) => numbers(el)[3]))).to.deep.equal(new Set(['59']));
      expect(fake.countTimers()).to.equal(1);
      fake.tick(1000);
      expect(new Set(els.map((el) => numbers(el)[3]))).to.deep.equal(new Set(['58']));
      expect(fake.countTimers()).to.equal(1);
      wrap.remove();
      expect(clock.size).to.equal(0);
      expect(fake.countTimers()).to.equal(0);
    });

    it('stops watching when removed and catches up when put back', async () => {
      const fake = at(Date.UTC(2025, 4, 26, 23, 0, 0));
      const el = await countdown(html`<esfomo-countdown due="2025-05-26T23:59"></esfomo-countdown>`);
      const parent = el.parentElement!;
      el.remove();
      expect(clock.size).to.equal(0);
      fake.tick(10_000);
      parent.append(el);
      await el.updateComplete;
      expect(numbers(el)).to.deep.equal(['0', '00', '58', '50']);
      expect(clock.size).to.equal(1);
    });
  });

  describe('styles', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('takes --esfomo-countdown-* properties and the page font and colour', async () => {
      const wrap =
        await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30); font-size: 10px; --esfomo-countdown-number-size: 3em">
        <esfomo-countdown due="2099-01-01"></esfomo-countdown>
      </div>`);
      const el = wrap.querySelector('esfomo-countdown')!;
      await el.updateComplete;
      const num = part(el, 'seconds')!;
      expect(getComputedStyle(num).fontSize).to.equal('30px');
      expect(getComputedStyle(num).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(part(el, 'label')!).color).to.equal('rgb(10, 20, 30)');
    });

    it('with reduced motion, shows hours and minutes only and changes once a minute', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const fake = at(Date.UTC(2025, 4, 26, 20, 0, 30));
      const el = await countdown(html`<esfomo-countdown due="2025-05-26T23:59" timezone="UTC"></esfomo-countdown>`);
      // 3 h 58 min 30 s left reads 3 h 59 min (rounded up: 0 only once closed); no seconds.
      expect(numbers(el).slice(0, 3)).to.deep.equal(['0', '03', '59']);
      expect(part(el, 'seconds')!.closest('[part="unit"]')!.getClientRects().length).to.equal(0);
      expect(words(el)).to.equal('3 hours, 59 minutes left');
      fake.tick(29_000);
      expect(numbers(el).slice(0, 3)).to.deep.equal(['0', '03', '59']);
      fake.tick(1000);
      expect(numbers(el).slice(0, 3)).to.deep.equal(['0', '03', '58']);
      // One wake a minute, on the minute: the next is 60 s on.
      fake.tick(59_000);
      expect(numbers(el).slice(0, 3)).to.deep.equal(['0', '03', '58']);
      fake.tick(1000);
      expect(numbers(el).slice(0, 3)).to.deep.equal(['0', '03', '57']);
      expect(fake.countTimers()).to.equal(1);
      fake.tick(4 * 3_600_000);
      await el.updateComplete;
      expect(part(el, 'closed')!.textContent).to.equal('Deadline closed on 26 May 2025, 23:59 UTC');
    });

    it('prints as its deadline: no numbers, not split across pages', async () => {
      at(Date.UTC(2025, 4, 20, 12, 0, 0));
      const el = await countdown(
        html`<esfomo-countdown due="2025-05-26T23:59" timezone="Europe/Vienna" label="Submission deadline"></esfomo-countdown>`,
      );
      fake!.restore();
      fake = undefined;
      expect(part(el, 'remaining')!.getClientRects().length).to.be.greaterThan(0);
      await emulateMedia({ media: 'print' });
      try {
        expect(part(el, 'remaining')!.getClientRects().length).to.equal(0);
        expect(getComputedStyle(part(el, 'base')!).breakInside).to.equal('avoid');
        expect(part(el, 'due')!.getClientRects().length).to.be.greaterThan(0);
        expect(part(el, 'due')!.textContent).to.equal('26 May 2025, 23:59 CEST');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('has no animation or transition when the visitor prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await countdown(html`<esfomo-countdown due="2099-01-01"></esfomo-countdown>`);
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        const style = getComputedStyle(node);
        expect(style.animationName).to.equal('none');
        expect(style.transitionDuration).to.equal('0s');
      }
      expect(el.shadowRoot!.getAnimations()).to.deep.equal([]);
    });
  });
});
