/**
 * Every element under a strict Content-Security-Policy (no inline styles or scripts, Trusted
 * Types required): the built CDN bundle on a page served with that policy renders everything
 * and causes no violation.
 */
import { expect } from '@open-wc/testing';
import { openPage, until } from './helpers.js';

interface Policy {
  createHTML(html: string): string;
}
type CspWindow = Window & { cspViolations: string[]; trustedTypes: { createPolicy(name: string, rules: Policy): Policy } };

const TAGS = ['esfomo-schedule', 'esfomo-people', 'esfomo-countdown', 'esfomo-dates', 'esfomo-topics'];

describe('a page with a strict Content-Security-Policy', () => {
  let win: CspWindow;
  /** The violations while the page loaded and every element rendered. */
  let atLoad: string[];
  const el = (selector: string) => win.document.querySelector(selector)!;
  const root = (selector: string) => el(selector).shadowRoot!;

  before(async () => {
    win = (await openPage('/test/fixtures/csp/strict.html')) as CspWindow;
    await until(() => TAGS.every((tag) => win.customElements.get(tag)), 5000);
    await until(
      () => !!root('esfomo-people').querySelector('.initials') && !root('esfomo-people').querySelector('img[src$="no-such-photo.png"]'),
      5000,
    );
    await until(() => !!root('#provided').querySelector('ul'), 5000);
    // A second day and the visitor's zone render more of the schedule.
    root('esfomo-schedule').querySelectorAll<HTMLElement>('[role="tab"]')[1].click();
    root('esfomo-schedule').querySelector<HTMLElement>('[part="zone-toggle"]')?.click();
    await (el('esfomo-schedule') as Element & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    atLoad = win.cspViolations.slice();
  });
  after(() => document.querySelector('iframe')?.remove());

  it('is served with the policy', async () => {
    const response = await fetch('/test/fixtures/csp/strict.html');
    expect(response.headers.get('content-security-policy'))
      .to.contain("style-src 'self'")
      .and.contain("require-trusted-types-for 'script'");
    // The listener works: an inline style attribute is reported.
    // The listener hears a style attribute inside a shadow root too (as styleMap writes one).
    const probe = win.document.createElement('div');
    probe.attachShadow({ mode: 'open' }).innerHTML = win.trustedTypes
      .createPolicy('probe', { createHTML: (s) => s })
      .createHTML('<span style="color: red">x</span>');
    const before = win.cspViolations.length;
    win.document.body.append(probe);
    await until(() => win.cspViolations.length > before);
    expect(win.cspViolations[before]).to.match(/^style-src-attr/);
    probe.remove();
  });

  it('renders every element', () => {
    expect(root('esfomo-schedule').querySelectorAll('tbody tr')).to.have.length(1);
    expect(root('esfomo-schedule').querySelectorAll('[role="tab"]')).to.have.length(2);
    expect(root('esfomo-people').querySelectorAll('[part="card"]')).to.have.length(3);
    expect(root('esfomo-countdown').querySelector('[part~="message"]')).to.equal(null);
    expect(root('esfomo-countdown').textContent).to.match(/days/i);
    expect(root('esfomo-dates').querySelectorAll('li')).to.have.length(2);
    expect(root('esfomo-topics').querySelectorAll('ul ul li')).to.have.length(2);
    expect(root('#provided').textContent).to.contain('GPUs');
  });

  it('keeps the look: styles apply, and initials avatars keep their colour', () => {
    const avatars = [...root('esfomo-people').querySelectorAll('.initials')];
    expect(avatars).to.have.length(2);
    for (const avatar of avatars) {
      expect(avatar.hasAttribute('style')).to.equal(false);
      expect(win.getComputedStyle(avatar).backgroundColor).to.match(/^rgb\(\d+, \d+, \d+\)$/);
    }
    const colours = avatars.map((a) => win.getComputedStyle(a).backgroundColor);
    expect(new Set(colours).size).to.equal(2);
    expect(win.getComputedStyle(root('esfomo-people').querySelector('ul')!).display).to.equal('grid');
  });

  it('causes no violation', () => {
    expect(atLoad).to.deep.equal([]);
  });
});
