/**
 * A thousand countdowns cost their page only the few on screen: a countdown far from the
 * viewport does not write its numbers on a tick (so the browser has nothing to lay out again),
 * and it is brought up to date as it comes near, before it is seen. Its words for screen readers
 * keep up wherever it is, and nothing on the page moves.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/countdown.js';
import type { EsfomoCountdown } from '../src/countdown.js';
import { until } from './helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const seconds = (el: Element) => el.shadowRoot!.querySelector('[part~="seconds"]')!.textContent;

/** The text the countdown writes into its numbers and unit names (not its words), counted. */
function numberWrites(el: Element): { count: () => number; stop: () => void } {
  let count = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) if ((r.target.parentElement ?? (r.target as Element)).closest?.('[part~="remaining"]')) count++;
  });
  observer.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
  return { count: () => count, stop: () => observer.disconnect() };
}

describe('<esfomo-countdown> far from the viewport', () => {
  afterEach(() => {
    fixtureCleanup();
    scrollTo(0, 0);
  });

  it('holds its words for screen readers inside itself, in a scrolling panel too', async () => {
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 16);
    const panel = await fixture(
      html`<div style="overflow: auto; height: 200px">
        <p style="height: 600px">The call for papers.</p>
        <esfomo-countdown due=${due} timezone="UTC" label="Submission deadline"></esfomo-countdown>
      </div>`,
    );
    const el = panel.querySelector<EsfomoCountdown>('esfomo-countdown')!;
    await el.updateComplete;
    panel.scrollTop = 500;
    await frame();
    // The words are absolutely positioned (1px, its margin -1px): the countdown is their containing block, not the page.
    const words = el.shadowRoot!.querySelector('.words')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(
      words.top >= host.top - 1 && words.bottom <= host.bottom + 1,
      `words at ${words.top}, countdown ${host.top}–${host.bottom}`,
    ).to.equal(true);
  });

  it('writes no numbers while far off screen, keeps its words, and is up to date as it comes into view, with no layout shift', async function () {
    this.timeout(10000);
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 16);
    const wrap = await fixture(
      html`<div lang="en-GB">
        <esfomo-countdown id="near" due=${due} timezone="UTC" label="Abstract deadline"></esfomo-countdown>
        <p style="height: 4000px">The call for papers.</p>
        <esfomo-countdown id="far" due=${due} timezone="UTC" label="Submission deadline"></esfomo-countdown>
        <p id="after">Accepted papers are presented as posters.</p>
      </div>`,
    );
    const near = wrap.querySelector<EsfomoCountdown>('#near')!;
    const far = wrap.querySelector<EsfomoCountdown>('#far')!;
    await Promise.all([near.updateComplete, far.updateComplete]);
    // The first render writes every countdown, near or far: the page reads right from the start.
    expect(seconds(far)).to.match(/^\d\d$/);
    await frame();
    await frame();

    const farWrites = numberWrites(far);
    const nearWrites = numberWrites(near);
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(nearWrites.count(), 'the countdown on screen ticks').to.be.greaterThan(0);
    expect(farWrites.count(), 'the one far below does not').to.equal(0);
    // Its words (for screen readers) still say how long is left.
    expect(far.shadowRoot!.querySelector('.words')!.textContent).to.match(/^2 days, 23 hours, \d+ minutes? left$/);

    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    });
    observer.observe({ type: 'layout-shift' });
    const afterTop = wrap.querySelector('#after')!.getBoundingClientRect().top + scrollY;
    try {
      // A reader scrolls down to it, a wheel's step a frame; it is written before it shows.
      while (far.getBoundingClientRect().top > innerHeight) {
        scrollBy(0, 150);
        await frame();
      }
      await until(() => farWrites.count() > 0, 2000);
      const left = Math.floor((Date.parse(`${due}Z`) - Date.now()) / 1000) % 60;
      expect([left, (left + 1) % 60].map((s) => String(s).padStart(2, '0'))).to.include(seconds(far));
      expect(wrap.querySelector('#after')!.getBoundingClientRect().top + scrollY).to.equal(afterTop);
      await frame();
      expect(shifts, 'layout shifts').to.deep.equal([]);
    } finally {
      observer.disconnect();
      farWrites.stop();
      nearWrites.stop();
    }
    await expect(far).to.be.accessible();
  });
});
