import { expect, fixture, html } from '@open-wc/testing';
import '../src/topics.js';
import type { EsfomoTopics } from '../src/topics.js';
import type { FeedInput } from '../src/feed/types.js';
import { sampleFeed, shadowText } from './helpers.js';

async function topics(feed: FeedInput | object): Promise<EsfomoTopics> {
  const el = await fixture<EsfomoTopics>(html`<esfomo-topics .feed=${feed}></esfomo-topics>`);
  await el.updateComplete;
  return el;
}

describe('<esfomo-topics>', () => {
  it('shows groups with their topics as nested lists', async () => {
    const el = await topics(sampleFeed());
    const outer = el.shadowRoot!.querySelector('ul[part="list"]')!;
    expect(outer.children).to.have.length(2);
    const group = outer.children[0];
    expect(group.getAttribute('part')).to.equal('topic group');
    expect(group.querySelector('[part="group-title"]')!.textContent).to.equal('Training and inference');
    expect([...group.querySelectorAll('ul > li')].map((li) => li.textContent)).to.deep.equal([
      'Training and inference of large models',
      'Low-precision training and inference',
    ]);
    expect(outer.children[1].textContent).to.equal('Scheduling for AI');
    await expect(el).to.be.accessible();
  });

  it('emphasises group titles', async () => {
    const el = await topics(sampleFeed());
    const title = el.shadowRoot!.querySelector('[part="group-title"]')!;
    expect(Number(getComputedStyle(title).fontWeight)).to.be.at.least(700);
  });

  it('nests to any depth', async () => {
    let topic: unknown = 'Deepest';
    for (let i = 9; i >= 0; i--) topic = { title: `Level ${i}`, items: [topic] };
    const el = await topics({ version: 1, topics: [topic] });
    expect(el.shadowRoot!.querySelectorAll('ul')).to.have.length(11);
    expect(el.shadowRoot!.querySelector('ul ul ul ul ul ul ul ul ul ul ul li')!.textContent).to.equal('Deepest');
    await expect(el).to.be.accessible();
  });

  it('shows a flat list of strings', async () => {
    const el = await topics({ version: 1, topics: ['A', 'B', 'C'] });
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['A', 'B', 'C']);
  });

  it('shows a group without items as its title alone', async () => {
    const el = await topics({ version: 1, topics: [{ title: 'Alone' }] });
    expect(el.shadowRoot!.querySelectorAll('ul')).to.have.length(1);
    expect(shadowText(el)).to.equal('Alone');
  });

  it('renders hostile strings as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await topics({ version: 1, topics: [hostile, { title: hostile, items: [hostile] }] });
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows nothing, and no error, for a feed without topics', async () => {
    const el = await topics({ version: 1 });
    expect(el.shadowRoot!.querySelector('ul, [part="message"]')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('follows the page font and colour, and takes --esfomo-* properties', async () => {
    const wrap =
      await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30); --esfomo-topics-indent: 3em; --esfomo-topics-marker: square">
      <esfomo-topics .feed=${sampleFeed()}></esfomo-topics>
    </div>`);
    const el = wrap.querySelector('esfomo-topics')!;
    await el.updateComplete;
    const li = el.shadowRoot!.querySelector('li')!;
    const ul = el.shadowRoot!.querySelector('ul')!;
    expect(getComputedStyle(li).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(li).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(ul).paddingInlineStart).to.equal(`${3 * parseFloat(getComputedStyle(ul).fontSize)}px`);
    expect(getComputedStyle(ul).listStyleType).to.equal('square');
  });

  it('exposes parts for styling from outside', async () => {
    const el = await topics(sampleFeed());
    const parts = new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(' ')));
    expect([...parts].sort()).to.deep.equal(['group', 'group-title', 'list', 'topic']);
  });
});
