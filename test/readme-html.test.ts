// The HTML that page authors copy from the README, rendered with a feed and checked with axe:
// every ```html block, and the tags of the Jekyll recipe's ```markdown block. A `role="speaker"`
// (ARIA's attribute, an unknown role to axe) creeping back into an example fails here. And the
// older `role` still filters, saying once per page, not once per element, to write `roles`.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { clearFeedCache, feedUrl, sampleFeed, settled } from './helpers.js';

/** The README's examples of page HTML: each ```html block, and the HTML lines of each ```markdown block. */
async function readmeExamples(): Promise<string[]> {
  const readme = await fetch('/README.md').then((r) => r.text());
  const blocks = [...readme.matchAll(/^( *)```(html|markdown)\n([\s\S]*?)^\1```$/gm)];
  return blocks.map(([, indent, lang, body]) => {
    const lines = body.split('\n').map((line) => line.slice(indent.length));
    return (lang === 'html' ? lines : lines.filter((line) => line.trimStart().startsWith('<'))).join('\n');
  });
}

/** An example in the page: scripts left out (the CDN is the bundle already loaded), feeds pointed at a sample feed. */
async function render(example: string): Promise<HTMLElement> {
  const url = feedUrl(sampleFeed());
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = example.replace(/<script\b[^>]*><\/script>/g, '').replace(/src="[^"]*\.json"/g, `src="${url}"`);
  wrap.append(template.content);
  // Bare tags (the Jekyll recipe's) read the page's feed, which the site's include writes.
  for (const el of wrap.querySelectorAll<HTMLElement & { feed?: unknown }>('*')) {
    if (el.localName.startsWith('esfomo-') && !el.hasAttribute('src') && !el.closest('esfomo-feed')) el.feed = sampleFeed();
  }
  for (const el of wrap.querySelectorAll('*')) if (el.localName.startsWith('esfomo-') && el.localName !== 'esfomo-feed') await settled(el);
  return wrap;
}

describe("the README's HTML examples", () => {
  afterEach(() => {
    clearFeedCache();
    sinon.restore();
  });

  it('are there: the CDN example, the Jekyll recipe and the no-layout-shift example', async () => {
    const examples = await readmeExamples();
    expect(examples.length).to.be.at.least(3);
    expect(examples.join('\n')).to.contain('<esfomo-people roles="speaker"').and.to.contain('<esfomo-schedule');
  });

  it('write roles=, never role=, on esfomo-people', async () => {
    for (const example of await readmeExamples()) expect(example).not.to.match(/<esfomo-people[^>]*\srole=/);
  });

  it('pass axe, rendered with a feed', async () => {
    for (const example of await readmeExamples()) {
      const page = await render(example);
      expect(page.querySelectorAll('*').length, example).to.be.greaterThan(0);
      await expect(page, example).to.be.accessible();
    }
  });
});

describe('role, the older spelling of roles', () => {
  afterEach(() => sinon.restore());

  it('still filters, and the console says once per page to write roles', async () => {
    const warn = sinon.stub(console, 'warn');
    const wrap = await fixture<HTMLElement>(html`<div>
      <esfomo-people role="speaker" .feed=${sampleFeed()}></esfomo-people>
      <esfomo-people role="organizer" .feed=${sampleFeed()}></esfomo-people>
    </div>`);
    const [speakers, organizers] = wrap.querySelectorAll('esfomo-people');
    await settled(speakers);
    await settled(organizers);
    expect(speakers.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(2);
    expect(organizers.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(1);
    const later = await fixture<HTMLElement>(html`<esfomo-people role="speaker" .feed=${sampleFeed()}></esfomo-people>`);
    await settled(later);
    const said = warn.getCalls().filter((c) => /roles=/.test(String(c.args[0])));
    expect(said).to.have.length(1);
    expect(said[0].args[0]).to.contain('write roles="speaker"');
  });

  it('is what axe reports on a page that writes it (the check above has teeth)', async () => {
    sinon.stub(console, 'warn');
    const page = await render('<esfomo-people role="speaker"></esfomo-people>');
    await expect(page).not.to.be.accessible();
  });
});
