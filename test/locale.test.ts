import { expect, fixture, html } from '@open-wc/testing';
import { localeOf } from '../src/shared/locale.js';

describe('localeOf', () => {
  it('takes the nearest lang around the element, across shadow roots', async () => {
    const outer = await fixture(html`<div lang="de-AT"><span></span><section lang="fr"><p></p></section></div>`);
    expect(localeOf(outer.querySelector('span')!)).to.equal('de-AT');
    expect(localeOf(outer.querySelector('p')!)).to.equal('fr');
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(localeOf(inner)).to.equal('de-AT');
  });

  it("falls back to the page's lang, then en: never the visitor's browser language", async () => {
    const el = await fixture(html`<span></span>`);
    const pageLang = document.documentElement.getAttribute('lang');
    expect(localeOf(el)).to.equal(pageLang || 'en');
    document.documentElement.setAttribute('lang', 'fr-CA');
    try {
      expect(localeOf(el)).to.equal('fr-CA');
    } finally {
      if (pageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', pageLang);
    }
  });
});
