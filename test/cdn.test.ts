// The CDN bundle, as a site owner uses it: one <script type="module"> and tags in the page.
import { expect } from '@open-wc/testing';
import { openPage, until } from './helpers.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the CDN bundle on a plain page', () => {
  let win: Window;
  before(async () => {
    win = await openPage('/test/fixtures/cdn-page.html');
    await until(() => [...win.document.querySelectorAll('esfomo-topics')].every((el) => el.shadowRoot?.querySelector('ul')), 5000);
  });
  after(() => document.querySelector('iframe')?.remove());

  it("shows nested topics from an element's own src", () => {
    const el = win.document.querySelector('#own-src esfomo-topics')!;
    expect(el.shadowRoot!.querySelectorAll('ul ul ul')).to.have.length(1);
    expect(text(el)).to.contain('GPUs');
  });

  it('makes one request for five elements sharing one src', () => {
    const requests = win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/test/fixtures/topics.json'));
    expect(requests).to.have.length(1);
  });

  it('makes one request for an <esfomo-feed> and the five elements inside it', () => {
    const requests = win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/demo/feeds/esfomo-2025.json'));
    expect(requests).to.have.length(1);
    for (const el of win.document.querySelectorAll('#provider esfomo-topics')) expect(text(el)).to.contain('Training and inference');
  });

  it("finds the page's feed even when it comes after the element", () => {
    expect(text(win.document.querySelector('#bare')!)).to.equal("From the page's feed, written after the element");
  });

  it('inherits the page font', () => {
    const li = win.document.querySelector('#bare')!.shadowRoot!.querySelector('li')!;
    expect(win.getComputedStyle(li).fontFamily).to.contain('Georgia');
  });
});
