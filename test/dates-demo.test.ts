// The demo feeds' important dates, shown as the seed pages show them, and the demo page's
// countdowns and date lists (from the CDN bundle, as a site owner uses them).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/dates.js';
import '../src/countdown.js';
import { settled, until } from './helpers.js';

const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function datesOf(name: string): Promise<string[]> {
  const el = await fixture(html`<esfomo-dates lang="en-GB" src=${`/demo/feeds/${name}.json`}></esfomo-dates>`);
  await settled(el);
  return [...el.shadowRoot!.querySelectorAll('li')].map((li) => {
    const struck = [...li.querySelectorAll('s')].map((s) => `~~${s.textContent}~~ `).join('');
    const when = li.querySelector('[part="due"], [part="tbd-text"]');
    const note = li.querySelector('[part="note"]');
    return `${text(li.querySelector('[part="label"]'))}: ${struck}${text(when)}${note ? ` ${text(note)}` : ''}`;
  });
}

describe('the demo feeds, as the seeds show their dates', () => {
  it('WANT 2023: AoE dates, the extended deadline with the old one struck through, TBD', async () => {
    expect(await datesOf('want-2023')).to.deep.equal([
      'Full paper submission deadline: ~~29 Sept 2023~~ 6 Oct 2023, end of day AoE (all authors must have an OpenReview profile when submitting)',
      'Author notification: 27 Oct 2023, end of day AoE',
      'Camera-ready, poster, and video (optionally) submission: TBD',
      'Workshop: 16 Dec 2023 (journal submission deadline expected after the event)',
    ]);
  });

  it('ES-FoMo II 2024: the deadline, and the workshop’s day as a day', async () => {
    expect(await datesOf('esfomo-2024')).to.deep.equal([
      'Submission deadline: 3 Jun 2024, end of day CEST',
      'Workshop: 26 Jul 2024 (at ICML 2024, either virtually or physically in Vienna)',
    ]);
  });

  it('ES-FoMo 2023: every deadline TBD, and the workshop’s day', async () => {
    expect(await datesOf('esfomo-2023')).to.deep.equal([
      'Submission deadline: TBD',
      'Acceptance notification: TBD',
      'Camera-ready deadline: TBD',
      'Workshop: 29 Jul 2023 (28-29th of July 2023 (TBC), in Honolulu, Hawaii, or virtually)',
    ]);
  });

  it('ES-FoMo III 2025: 26 May 2025, 23:59 UTC, and the notification', async () => {
    expect(await datesOf('esfomo-2025')).to.deep.equal([
      'Submission deadline: 26 May 2025, 23:59 UTC',
      'Acceptance notification: 9 Jun 2025, end of day UTC',
    ]);
  });
});

describe('the demo page', () => {
  let doc: Document;
  before(async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/index.html';
    frame.style.width = '900px';
    frame.style.height = '700px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    doc = frame.contentDocument!;
    const ready = (el: Element) => !!el.shadowRoot?.querySelector('[part~="base"], [part="list"], [part="message"]');
    await until(() => [...doc.querySelectorAll('esfomo-countdown, esfomo-dates')].every(ready), 5000);
  });
  after(() => document.querySelector('iframe')?.remove());

  it('has a countdown for the deadline of each call for papers, and the list of dates', () => {
    const countdowns = [...doc.querySelectorAll('esfomo-countdown')];
    const bySection = (id: string) => doc.querySelector(`#${id} esfomo-countdown`)!;
    expect(countdowns.length).to.be.at.least(4);
    for (const el of countdowns) expect(el.shadowRoot!.querySelector('[part="message"]'), el.outerHTML).to.equal(null);
    expect(text(bySection('want-2023').shadowRoot!.querySelector('[part="label"]'))).to.equal('Full paper submission deadline');
    expect(bySection('want-2023').shadowRoot!.querySelector('[part="closed"]')).not.to.equal(null);
    expect(bySection('esfomo-2023').shadowRoot!.querySelector('[part="tbd"]')).not.to.equal(null);
    expect(bySection('esfomo-2025').shadowRoot!.querySelector('[part="due"]')!.getAttribute('datetime')).to.equal(
      '2025-05-26T23:59:00.000Z',
    );
    expect(bySection('alone').shadowRoot!.querySelector('[part="seconds"]')).not.to.equal(null);
    for (const id of ['esfomo-2023', 'esfomo-2025', 'want-2023']) {
      expect(doc.querySelector(`#${id} esfomo-dates`)!.shadowRoot!.querySelectorAll('li').length, id).to.be.greaterThan(1);
    }
  });
});
