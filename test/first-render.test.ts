// The first render knows nothing of the visitor: the same HTML for a visitor anywhere and at
// any time (a page rendered at build time hydrates without a mismatch); what depends on the
// visitor comes in the update right after, without moving anything.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { PropertyValues } from 'lit';
import { EsfomoCountdown } from '../src/countdown.js';
import { EsfomoDates } from '../src/dates.js';
import type { FeedInput } from '../src/feed/types.js';

interface First {
  html: string;
  height: number;
}
const firsts = new WeakMap<Element, First>();

/** Each element as it stands right after its first render (before the visitor is known). */
function record(el: HTMLElement): void {
  firsts.set(el, { html: el.shadowRoot!.innerHTML, height: el.getBoundingClientRect().height });
}
class ProbeCountdown extends EsfomoCountdown {
  protected override firstUpdated(changed: PropertyValues): void {
    record(this);
    super.firstUpdated(changed);
  }
}
class ProbeDates extends EsfomoDates {
  protected override firstUpdated(changed: PropertyValues): void {
    record(this);
    super.firstUpdated(changed);
  }
}
customElements.define('probe-countdown', ProbeCountdown);
customElements.define('probe-dates', ProbeDates);

const feed: FeedInput = {
  version: 1,
  workshop: { name: 'ES-FoMo', edition: 'III', venue: 'ICML 2025', url: 'https://es-fomo.com/' },
  dates: [
    { id: 'submission', label: 'Submission deadline', due: '2025-05-26T23:59', timezone: 'UTC', previous: ['2025-05-19T23:59'] },
    { id: 'notification', label: 'Acceptance notification', due: '2025-06-09', timezone: 'AoE' },
    { id: 'camera', label: 'Camera-ready', tbd: true },
  ],
};

describe('the first render of the dates and the countdown', () => {
  let fake: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    fixtureCleanup();
    fake?.restore();
    fake = undefined;
    sinon.restore();
  });

  /** Renders `tag` for a visitor in `zone` at `now`; gives its first render and the element. */
  async function visit(tag: 'probe-countdown' | 'probe-dates', zone: string, now: number) {
    fake = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    // The visitor's zone, as the library reads it (what a format made without a zone resolves to).
    const resolved = Intl.DateTimeFormat.prototype.resolvedOptions;
    const browserZone = resolved.call(new Intl.DateTimeFormat()).timeZone;
    sinon.stub(Intl.DateTimeFormat.prototype, 'resolvedOptions').callsFake(function (this: Intl.DateTimeFormat) {
      const options = resolved.call(this);
      return options.timeZone === browserZone ? { ...options, timeZone: zone } : options;
    });
    const wrap = await fixture(
      tag === 'probe-countdown'
        ? html`<div lang="en-GB" style="width: 30rem"><probe-countdown deadline="submission" .feed=${feed}></probe-countdown></div>`
        : html`<div lang="en-GB" style="width: 40rem"><probe-dates .feed=${feed}></probe-dates></div>`,
    );
    const el = wrap.firstElementChild as EsfomoCountdown | EsfomoDates;
    await el.updateComplete;
    const first = firsts.get(el)!;
    const result = { first, el, html: el.shadowRoot!.innerHTML, height: el.getBoundingClientRect().height };
    fake.restore();
    fake = undefined;
    sinon.restore();
    return result;
  }

  const before = Date.UTC(2025, 4, 20, 12, 0, 0);
  const after = Date.UTC(2025, 5, 1, 8, 30, 15);

  for (const tag of ['probe-countdown', 'probe-dates'] as const) {
    it(`${tag.replace('probe-', '<esfomo-')}>: is the same for a visitor in Vienna before the deadline and in Honolulu after it`, async () => {
      const vienna = await visit(tag, 'Europe/Vienna', before);
      const honolulu = await visit(tag, 'Pacific/Honolulu', after);
      expect(vienna.first.html).to.equal(honolulu.first.html);
      // The update after it does know the visitor: the two differ from then on.
      expect(vienna.html).not.to.equal(honolulu.html);
      expect(vienna.first.html).not.to.match(/your time: \d|passed|Next|Closed|closed on/);
    });
  }

  it("<esfomo-countdown>: shows the label and the deadline, and keeps the place of the numbers and of the visitor's time", async () => {
    const open = await visit('probe-countdown', 'Europe/Vienna', before);
    const first = document.createElement('div');
    first.innerHTML = open.first.html;
    expect(first.querySelector('[part="label"]')!.textContent).to.equal('Submission deadline');
    expect(first.querySelector('[part="due"]')!.textContent).to.equal('26 May 2025, 23:59 UTC');
    expect(first.querySelector('[part="days"], [part="closed"], [part="local"]')).to.equal(null);
    expect(open.el.shadowRoot!.querySelector('[part="local"]')!.textContent).to.equal('your time: 27 May, 01:59 CEST');
    expect(open.el.shadowRoot!.querySelector('[part="days"]')!.textContent).to.equal('6');
    expect(open.height).to.be.greaterThan(0);
    expect(open.height).to.equal(open.first.height);
    const closed = await visit('probe-countdown', 'UTC', after);
    expect(closed.el.shadowRoot!.querySelector('[part="closed"]')!.textContent).to.equal(
      'Submission deadline closed on 26 May 2025, 23:59 UTC',
    );
    expect(closed.height).to.equal(closed.first.height);
  });
});
