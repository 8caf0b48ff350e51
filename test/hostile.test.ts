/**
 * Hostile and mistaken feeds: a section none of whose entries can be shown, schedule data
 * mistakes that used to pass silently, and a feed that stalls. Each test fails if its fault
 * comes back.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { EsfomoElement } from '../src/shared/esfomo-element.js';
import type { FeedInput } from '../src/feed/types.js';
import { validateFeed } from '../src/feed/validate.js';
import { clearFeedCache, shadowText, until } from './helpers.js';

const workshop = { name: 'ES-FoMo', timezone: 'Europe/Vienna' };

async function show(tag: string, feed: object, attrs = ''): Promise<EsfomoElement> {
  const el = document.createElement('div');
  el.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const child = el.firstElementChild as EsfomoElement;
  child.feed = feed as FeedInput;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(child);
  await until(() => !!child.shadowRoot && !child.shadowRoot.querySelector('[part="loading"]'));
  await child.updateComplete;
  return child;
}

const message = (el: Element) => el.shadowRoot!.querySelector('[part="message"]');

describe('hostile feeds', () => {
  afterEach(() => {
    fixtureCleanup();
    clearFeedCache();
    sinon.restore();
  });

  describe('a section whose every entry is invalid', () => {
    const cases: [string, object, string, string][] = [
      [
        'esfomo-dates',
        { version: 1, workshop, dates: [{ label: 'Submission deadline', due: '2026-02-30' }] },
        '',
        'The feed\'s dates could not be shown: dates[0].due: "2026-02-30" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM) (skipped).',
      ],
      [
        'esfomo-topics',
        { version: 1, workshop, topics: [['nested list']] },
        '',
        "The feed's topics could not be shown: topics[0]: a list is not a topic (text, or an object with a title and items) (skipped).",
      ],
      [
        'esfomo-people',
        { version: 1, workshop, people: [{ affiliation: 'Princeton' }, { name: '  ', roles: ['speaker'] }] },
        '',
        "The feed's people could not be shown: people[0].name: missing: a person needs a name (skipped).",
      ],
      [
        'esfomo-schedule',
        { version: 1, workshop, schedule: [{ date: '2024-02-30', items: [{ start: '09:00', title: 'Opening remarks' }] }, { items: [] }] },
        '',
        'The feed\'s schedule could not be shown: schedule[0].date: "2024-02-30" is not a date (YYYY-MM-DD) (day skipped).',
      ],
      [
        'esfomo-countdown',
        { version: 1, workshop, dates: [{ id: 'submission', label: 'Submission deadline', due: '2026-02-30' }] },
        'deadline="submission"',
        'The feed\'s dates could not be shown: dates[0].due: "2026-02-30" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM) (skipped).',
      ],
    ];
    for (const [tag, feed, attrs, expected] of cases) {
      it(`<${tag}> shows a short message naming the first problem`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await show(tag, feed, attrs);
        expect(message(el)?.textContent).to.equal(expected);
        expect(warn.called).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('a genuinely empty section still shows nothing (and people keep :state(empty))', async () => {
      const topics = await show('esfomo-topics', { version: 1, workshop, topics: [] });
      expect(shadowText(topics)).to.equal('');
      expect(message(topics)).to.equal(null);
      const people = await show('esfomo-people', { version: 1, workshop, people: [] });
      expect(message(people)).to.equal(null);
      expect(people.matches(':state(empty)')).to.equal(true);
      // Nobody with the role asked for: empty, not broken.
      const speakers = await show(
        'esfomo-people',
        { version: 1, workshop, people: [{ name: 'Tri Dao', roles: ['organizer'] }] },
        'roles="speaker"',
      );
      expect(message(speakers)).to.equal(null);
      expect(speakers.matches(':state(empty)')).to.equal(true);
    });

    it('a section with one good entry shows it, and skips the bad ones quietly', async () => {
      sinon.stub(console, 'warn');
      const el = await show('esfomo-topics', { version: 1, workshop, topics: [['nested list'], 'Scheduling for AI'] });
      expect(message(el)).to.equal(null);
      expect(shadowText(el)).to.equal('Scheduling for AI');
    });
  });

  describe('schedule data mistakes', () => {
    const paths = (feed: object, severity: string) =>
      validateFeed(feed)
        .problems.filter((p) => p.severity === severity)
        .map((p) => p.path);

    it('a second day of the same date is skipped, named in the console, and the first is shown', async () => {
      const warn = sinon.stub(console, 'warn');
      const feed = {
        version: 1,
        workshop,
        schedule: [
          { date: '2024-07-26', items: [{ start: '09:00', title: 'Opening remarks', kind: 'remarks' }] },
          { date: '2024-07-26', items: [{ start: '09:00', title: 'Keynote (written twice)', kind: 'talk' }] },
          { date: '2024-07-27', items: [{ start: '10:00', title: 'Poster session', kind: 'poster' }] },
        ],
      };
      expect(paths(feed, 'error')).to.deep.equal(['schedule[1].date']);
      const el = await show('esfomo-schedule', feed);
      const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
      expect(tabs.map((t) => t.dataset.date)).to.deep.equal(['2024-07-26', '2024-07-27']);
      expect(shadowText(el)).to.include('Opening remarks').and.not.include('written twice');
      expect(warn.args.flat().join(' ')).to.include('schedule[1].date: "2024-07-26" is the date of schedule[0] too');
    });

    it('an end equal to its start is no end: not 24 hours, not "now" the next morning', async () => {
      const info = sinon.stub(console, 'info');
      // 05:00 in Vienna on the morning after the day.
      sinon.useFakeTimers({ now: Date.parse('2024-07-27T03:00:00Z'), toFake: ['Date'] });
      const feed = {
        version: 1,
        workshop,
        schedule: [{ date: '2024-07-26', items: [{ start: '17:00', end: '17:00', title: 'Poster session', kind: 'poster' }] }],
      };
      expect(paths(feed, 'warning')).to.deep.equal(['schedule[0].items[0].end']);
      const el = await show('esfomo-schedule', feed, 'timezone="event"');
      expect(el.shadowRoot!.querySelector('[part~="now"]')).to.equal(null);
      expect((el.shadowRoot!.querySelector('[part="time"]') as HTMLElement).innerText.trim()).to.equal('5:00 PM'); // a page without lang writes en: 12-hour
      expect(info.args.flat().join(' ')).to.include('schedule[0].items[0].end: "17:00" is the same as the start (taken as no end)');
    });

    it('a talk that starts before its session is named in the console (unless the session runs past midnight)', () => {
      const session = (start: string, end: string, talk: string) => ({
        version: 1,
        workshop,
        schedule: [
          {
            date: '2024-07-26',
            items: [{ start, end, title: 'Session I', kind: 'session', items: [{ start: talk, title: 'SSMs', kind: 'talk' }] }],
          },
        ],
      });
      expect(paths(session('09:15', '10:15', '08:15'), 'warning')).to.deep.equal(['schedule[0].items[0].items[0].start']);
      expect(validateFeed(session('09:15', '10:15', '08:15')).problems[0].message).to.equal(
        '"08:15" is before the start of its session (09:15); it is shown on the next day',
      );
      expect(paths(session('09:15', '10:15', '09:45'), 'warning')).to.deep.equal([]);
      expect(paths(session('23:00', '01:00', '00:30'), 'warning')).to.deep.equal([]);
    });
  });

  describe('a feed that stalls', () => {
    const key = () => `stall-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const waiting = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="loading"] .waiting')!;
    const box = (el: Element) => el.shadowRoot!.querySelector('[part="loading"]')!.getBoundingClientRect().height;

    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    for (const motion of ['no-preference', 'reduce'] as const) {
      it(`shows a quiet loading line after about a second, in space kept from the start (reduced motion: ${motion})`, async () => {
        await emulateMedia({ reducedMotion: motion });
        const t0 = performance.now();
        const el = await fixture<EsfomoElement>(html`<esfomo-topics src="/faulty/slow/${key()}?ms=2500"></esfomo-topics>`);
        const line = waiting(el);
        expect(getComputedStyle(line).visibility).to.equal('hidden');
        const before = box(el);
        expect(before).to.be.greaterThan(0);
        await until(() => getComputedStyle(line).visibility === 'visible', 2000);
        expect(performance.now() - t0).to.be.within(800, 2000);
        expect(line.textContent).to.equal('Loading…');
        expect(line.getBoundingClientRect().width).to.be.greaterThan(20);
        expect(box(el)).to.equal(before);
        await expect(el).to.be.accessible();
        await until(() => shadowText(el).startsWith('Feed stall-'), 3000);
      });
    }

    it('shows nothing extra when the page wrote content of its own inside the tag', async () => {
      const el = await fixture<EsfomoElement>(
        html`<esfomo-topics src="/faulty/slow/${key()}?ms=2500">
          <ul><li id="static">Training and inference of large models</li></ul>
        </esfomo-topics>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(waiting(el).getBoundingClientRect().height).to.equal(0);
      expect(el.querySelector('#static')!.getBoundingClientRect().height).to.be.greaterThan(0);
      // Only white space inside the tag is no content: the line shows.
      const bare = await fixture<EsfomoElement>(html`<esfomo-topics src="/faulty/slow/${key()}?ms=2500">
      </esfomo-topics>`);
      await until(() => getComputedStyle(waiting(bare)).visibility === 'visible', 2000);
      expect(waiting(bare).getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });
});
