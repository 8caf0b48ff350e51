/**
 * Hostile and mistaken feeds: a section none of whose entries can be shown, schedule data
 * mistakes that used to pass silently, and a feed that stalls. Each test fails if its fault
 * comes back.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { EsfomoElement } from '../src/shared/esfomo-element.js';
import type { FeedInput } from '../src/feed/types.js';
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
      ['esfomo-dates', { version: 1, workshop, dates: [{ label: 'Submission deadline', due: '2026-02-30' }] }, '',
        'The feed\'s dates could not be shown: dates[0].due: "2026-02-30" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM) (skipped).'],
      ['esfomo-topics', { version: 1, workshop, topics: [['nested list']] }, '',
        'The feed\'s topics could not be shown: topics[0]: a list is not a topic (text, or an object with a title and items) (skipped).'],
      ['esfomo-people', { version: 1, workshop, people: [{ affiliation: 'Princeton' }, { name: '  ', roles: ['speaker'] }] }, '',
        "The feed's people could not be shown: people[0].name: missing: a person needs a name (skipped)."],
      ['esfomo-schedule', { version: 1, workshop, schedule: [{ date: '2024-02-30', items: [{ start: '09:00', title: 'Opening remarks' }] }, { items: [] }] }, '',
        'The feed\'s schedule could not be shown: schedule[0].date: "2024-02-30" is not a date (YYYY-MM-DD) (day skipped).'],
      ['esfomo-countdown', { version: 1, workshop, dates: [{ id: 'submission', label: 'Submission deadline', due: '2026-02-30' }] }, 'deadline="submission"',
        'The feed\'s dates could not be shown: dates[0].due: "2026-02-30" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM) (skipped).'],
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
      const speakers = await show('esfomo-people', { version: 1, workshop, people: [{ name: 'Tri Dao', roles: ['organizer'] }] }, 'roles="speaker"');
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
});
