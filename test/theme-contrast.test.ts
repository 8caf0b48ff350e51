// The elements' default colours on any host page, light or dark, with no CSS from the page but
// its own text and background colours: a dark page that sets no color-scheme (as al-folio's dark
// mode) keeps LinkText dark blue, about 1.8:1 on its background. The accent (the now badge and
// bar, the selected tab), the focus ring and the text links must stand out on both.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/schedule.js';
import '../src/dates.js';
import '../src/people.js';
import { clearFeedCache, settled } from './helpers.js';
import { contrastOn, liveFeed, measure } from './contrast.js';

const PAGES = [
  { name: 'a light page', style: 'background: #ffffff; color: #222222' },
  { name: "al-folio's dark mode (no color-scheme)", style: 'background: #1c1c1d; color: #e8e8e8' },
  { name: 'another dark page (no color-scheme)', style: 'background: #333333; color: #cccccc' },
  { name: 'a dark page with color-scheme: dark', style: 'color-scheme: dark; background: #15171c; color: #e8e6e3' },
];

describe('the default colours on light and dark pages', () => {
  afterEach(clearFeedCache);

  for (const page of PAGES) {
    it(`keep the accent, the now mark and the focus ring at 3:1 and links at 4.5:1 on ${page.name}`, async function () {
      this.timeout(15_000); // axe on three elements
      const feed = liveFeed();
      const wrap = await fixture<HTMLElement>(html`<div style="${page.style}; padding: 1rem; font: 16px system-ui">
        <esfomo-schedule lang="en-GB" .feed=${feed}></esfomo-schedule>
        <esfomo-dates .feed=${feed}></esfomo-dates>
        <esfomo-people .feed=${feed}></esfomo-people>
      </div>`);
      const [schedule, dates, people] = ['esfomo-schedule', 'esfomo-dates', 'esfomo-people'].map((t) => wrap.querySelector(t)!);
      for (const el of [schedule, dates, people]) await settled(el);
      const text = contrastOn(wrap, getComputedStyle(wrap).color);
      for (const { what, ratio, needs } of measure(schedule, dates, people)) {
        expect(ratio, `${what} on ${page.name}: ${ratio.toFixed(2)}:1 (the text has ${text.toFixed(2)}:1)`).to.be.at.least(needs);
      }
      for (const el of [schedule, dates, people]) await expect(el).to.be.accessible();
    });
  }

  it('measure what a dark page without color-scheme did to the old accent, LinkText (the check has teeth)', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="background: #1c1c1d; color: #e8e8e8"><span style="color: LinkText">x</span></div>`,
    );
    const ratio = contrastOn(wrap.firstElementChild!, getComputedStyle(wrap.firstElementChild!).color);
    expect(ratio).to.be.below(2);
  });
});
