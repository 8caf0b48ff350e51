// The demo page (the built bundle, the four seed feeds) on a 320px phone: every element reflows,
// and the page never scrolls sideways (WCAG 1.4.10), with the seeds' real titles, names and dates.
import { expect } from '@open-wc/testing';
import { pastEdge } from '../stories/reflow.js';
import { onDemoPage, until } from './helpers.js';

describe('the demo page at 320px', () => {
  it('shows every element of every feed without a sideways scroll', async function () {
    this.timeout(15000);
    await onDemoPage(320, 640, async (doc) => {
      const elements = () =>
        [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('esfomo-') && el.localName !== 'esfomo-feed');
      const shown = (el: Element) => !!el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]');
      await until(() => elements().length > 0 && elements().every(shown), 8000);
      const beyond = elements().flatMap((el) => pastEdge(el, 320).map((what) => `<${el.localName}> ${what}`));
      expect(beyond, 'past the 320px edge').to.deep.equal([]);
      expect(doc.scrollingElement!.scrollWidth, 'the page scrolls sideways').to.equal(320);
      expect(elements().length).to.be.greaterThan(20);
    });
  });
});
