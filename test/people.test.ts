import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/people.js';
import type { EsfomoPeople } from '../src/people.js';
import type { FeedInput, PersonInput } from '../src/feed/types.js';
import { avatarColor, hueOf, initials } from '../src/shared/avatar.js';
import { clearFeedCache, onDemoPage, sampleFeed, shadowText, until, watchUncaught } from './helpers.js';

const PHOTO = '/test/fixtures/person.svg';
const MISSING_PHOTO = '/test/fixtures/no-such-photo.png';

function feedOf(people: unknown[]): FeedInput {
  return { version: 1, people: people as PersonInput[] };
}

async function people(
  feed: FeedInput | object,
  attrs: { role?: string; roles?: string; layout?: string; width?: string } = {},
): Promise<EsfomoPeople> {
  const wrap = await fixture(html`<div style="width: ${attrs.width ?? '800px'}">
    <esfomo-people
      .feed=${feed}
      role=${attrs.role ?? nothing}
      roles=${attrs.roles ?? nothing}
      layout=${attrs.layout ?? nothing}
    ></esfomo-people>
  </div>`);
  const el = wrap.querySelector('esfomo-people')!;
  await el.updateComplete;
  return el;
}

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')];
const names = (el: Element) => cards(el).map((c) => c.querySelector('[part="name"]')!.textContent!.trim());
const rect = (el: Element) => el.getBoundingClientRect();

/** A page that uses `role=` on the host gets axe's aria-roles finding for that word; everything else must pass. */
const axeWithRoleAttribute = { ignoredRules: ['aria-roles'] };

/** WCAG contrast of white on an `rgb(r, g, b)` colour. */
function contrastWithWhite(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+/g)!.map((n) => {
    const c = Number(n) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (lum + 0.05);
}

describe('<esfomo-people>', () => {
  afterEach(() => {
    sinon.restore();
    clearFeedCache();
  });

  describe('order and roles', () => {
    const crowd = () =>
      feedOf([
        { name: 'Zoe Last', roles: ['speaker'] },
        { name: 'Bea Two', roles: ['speaker'], importance: 2 },
        { name: 'Abe Two', roles: ['panelist'], importance: 2 },
        { name: 'Carl One', roles: ['Organizer', 'speaker'], importance: 1 },
        { name: 'Anna Last', roles: ['moderator'] },
        { name: 'Dan Zero', roles: [], importance: 0 },
        { name: 'Eve Minus', roles: ['speaker'], importance: -3 },
      ]);

    it('shows everyone without role, by importance (missing last), then by name', async () => {
      const el = await people(crowd());
      expect(names(el)).to.deep.equal(['Eve Minus', 'Dan Zero', 'Carl One', 'Abe Two', 'Bea Two', 'Anna Last', 'Zoe Last']);
      await expect(el).to.be.accessible();
    });

    it('orders names in the page language, ignoring case and accents', async () => {
      const el = await people(feedOf([{ name: 'émile' }, { name: 'Zed' }, { name: 'adam' }, { name: 'Ángel' }]));
      expect(names(el)).to.deep.equal(['adam', 'Ángel', 'émile', 'Zed']);
    });

    it('shows only people with the role, ignoring case and a plural s', async () => {
      for (const [role, expected] of [
        ['speaker', ['Eve Minus', 'Carl One', 'Bea Two', 'Zoe Last']],
        ['SPEAKERS', ['Eve Minus', 'Carl One', 'Bea Two', 'Zoe Last']],
        ['organizer', ['Carl One']],
        ['organizers', ['Carl One']],
        ['panelist moderator', ['Abe Two', 'Anna Last']],
        ['panelists, moderators', ['Abe Two', 'Anna Last']],
        ['', ['Eve Minus', 'Dan Zero', 'Carl One', 'Abe Two', 'Bea Two', 'Anna Last', 'Zoe Last']],
      ] as const) {
        const el = await people(crowd(), { role });
        expect(names(el), `role="${role}"`).to.deep.equal(expected);
        expect(el.role).to.equal(role);
      }
      await expect(await people(crowd(), { role: 'speaker' })).to.be.accessible(axeWithRoleAttribute);
    });

    it('takes roles= as the same filter, which passes every axe rule', async () => {
      const el = await people(crowd(), { roles: 'Panelist' });
      expect(names(el)).to.deep.equal(['Abe Two']);
      await expect(el).to.be.accessible();
      el.setAttribute('role', 'organizer');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Carl One', 'Abe Two']);
    });

    it('follows role changes, and the role property reflects to the attribute', async () => {
      const el = await people(crowd());
      el.role = 'moderator';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Anna Last']);
      expect(el.getAttribute('role')).to.equal('moderator');
      el.removeAttribute('role');
      await el.updateComplete;
      expect(names(el)).to.have.length(7);
    });

    it('shows nothing, takes no space and says nothing when no one has the role', async () => {
      const uncaught = watchUncaught();
      const errors = sinon.spy(console, 'error');
      for (const feed of [crowd(), feedOf([]), { version: 1 }]) {
        const el = await people(feed, { role: 'organizer-of-nothing' });
        expect(el.shadowRoot!.querySelector('ul, [part="message"], [part="loading"]')).to.equal(null);
        expect(shadowText(el)).to.equal('');
        expect(rect(el).height).to.equal(0);
        expect(el.matches(':state(empty)')).to.equal(true);
        await expect(el).to.be.accessible(axeWithRoleAttribute);
      }
      uncaught.stop();
      expect(uncaught.errors).to.deep.equal([]);
      expect(errors.called).to.equal(false);
    });

    it('leaves the empty state when people with the role arrive', async () => {
      const el = await people(feedOf([]), { roles: 'speaker' });
      expect(el.matches(':state(empty)')).to.equal(true);
      el.feed = crowd();
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      expect(el.matches(':state(empty)')).to.equal(false);
    });
  });

  describe('layouts', () => {
    const four = () =>
      feedOf(
        ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Barbara Liskov'].map((name, i) => ({
          name,
          affiliation: 'Somewhere',
          importance: i,
        })),
      );

    it('lays cards out in a grid by default, the photo above the text, as many columns as fit', async () => {
      const el = await people(four(), { width: '800px' });
      expect(el.layout).to.equal('grid');
      expect(el.shadowRoot!.querySelector('ul')!.className).to.equal('grid');
      const [a, b] = cards(el);
      expect(rect(b).top).to.equal(rect(a).top);
      const photo = rect(a.querySelector('[part="photo"]')!);
      expect(photo.bottom).to.be.at.most(rect(a.querySelector('[part="name"]')!).top);
      const narrow = await people(four(), { width: '150px' });
      const [c, d] = cards(narrow);
      expect(rect(d).top).to.be.greaterThan(rect(c).bottom - 1);
      expect(rect(c).width).to.be.at.most(150);
      await expect(el).to.be.accessible();
    });

    it('lays cards out in rows with layout="row": the photo beside the text', async () => {
      const el = await people(four(), { layout: 'row', width: '800px' });
      expect(el.layout).to.equal('row');
      const [a, b] = cards(el);
      expect(rect(b).top).to.equal(rect(a).top);
      expect(rect(a).width).to.be.greaterThan(300);
      const photo = rect(a.querySelector('[part="photo"]')!);
      const name = rect(a.querySelector('[part="name"]')!);
      expect(photo.right).to.be.at.most(name.left);
      expect(name.top).to.be.below(photo.bottom);
      await expect(el).to.be.accessible();
    });

    it('stacks a row card whose own width is too small for a photo beside the text (container query)', async () => {
      const el = await people(four(), { layout: 'row', width: '200px' });
      // Cards are laid out lazily (content-visibility): measured from the next frame.
      await new Promise(requestAnimationFrame);
      const a = cards(el)[0];
      expect(rect(a.querySelector('[part="photo"]')!).bottom).to.be.at.most(rect(a.querySelector('[part="name"]')!).top);
    });

    it('sizes the initials to the photo box in every layout', async () => {
      for (const [layout, width] of [
        ['grid', '800px'],
        ['grid', '120px'],
        ['row', '800px'],
        ['row', '200px'],
      ]) {
        const el = await people(four(), { layout, width });
        const box = cards(el)[0].querySelector('[part="photo"]')!;
        // The initials' font size as drawn: its size in the SVG's units, times the units' scale on screen.
        const text = box.querySelector('text')!;
        const size = parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a;
        expect(size / rect(box).width, `${layout} at ${width}`).to.be.closeTo(0.36, 0.01);
        const glyphs = rect(text);
        expect(glyphs.left, `${layout} at ${width}`).to.be.greaterThan(rect(box).left);
        expect(glyphs.right, `${layout} at ${width}`).to.be.lessThan(rect(box).right);
      }
    });

    it('gives the photo its share of a row card by --esfomo-people-row-photo-share', async () => {
      const el = await people(four(), { layout: 'row', width: '800px' });
      el.style.setProperty('--esfomo-people-photo-size', '100rem');
      const card = cards(el)[0];
      const share = () => rect(card.querySelector('[part="photo"]')!).width / parseFloat(getComputedStyle(card).width);
      expect(share()).to.be.closeTo(0.32, 0.01);
      el.style.setProperty('--esfomo-people-row-photo-share', '0.5');
      expect(share()).to.be.closeTo(0.5, 0.01);
    });

    it('switches layout when the attribute changes', async () => {
      const el = await people(four());
      el.setAttribute('layout', 'row');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('ul')!.className).to.equal('row');
    });

    it('takes an unknown layout as grid, with a console warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await people(four(), { layout: 'carousel' });
      expect(el.layout).to.equal('grid');
      expect(el.shadowRoot!.querySelector('ul')!.className).to.equal('grid');
      expect(warn.calledWithMatch(/layout="carousel".*"grid"/)).to.equal(true);
    });

    it('sizes columns by --esfomo-people-card-width', async () => {
      const el = await people(four(), { width: '800px' });
      const perRow = () => cards(el).filter((c) => rect(c).top === rect(cards(el)[0]).top).length;
      expect(perRow()).to.equal(4);
      el.style.setProperty('--esfomo-people-card-width', '300px');
      expect(perRow()).to.equal(2);
    });
  });

  describe('a card', () => {
    const full = (): PersonInput => ({
      id: 'ada',
      name: 'Ada Lovelace',
      affiliation: 'Analytical Engines Ltd',
      roles: ['speaker'],
      photo: PHOTO,
      url: 'https://example.org/~ada',
      bio: 'Wrote the first program.\nAlso poetry.',
    });

    it('shows the photo (lazy, named), the name as a link in the same tab, the affiliation and a closed bio', async () => {
      const el = await people(feedOf([full()]));
      const card = cards(el)[0];
      const img = card.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(PHOTO);
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal(''); // the name is printed beside it
      const link = card.querySelector<HTMLAnchorElement>('[part="name"] a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/~ada');
      expect(link.textContent).to.equal('Ada Lovelace');
      expect(link.hasAttribute('target')).to.equal(false);
      expect(card.querySelector('[part="affiliation"]')!.textContent).to.equal('Analytical Engines Ltd');
      const bio = card.querySelector<HTMLDetailsElement>('details[part="bio"]')!;
      expect(bio.open).to.equal(false);
      expect(bio.querySelector('p')!.textContent).to.equal('Wrote the first program.\nAlso poetry.');
      await until(() => img.complete && img.naturalWidth > 0);
      await expect(el).to.be.accessible();
    });

    it('keeps the photo box the same size before and after the photo arrives', async () => {
      const el = await people(feedOf([{ ...full(), photo: `${PHOTO}?slow` }]));
      const box = cards(el)[0].querySelector('[part="photo"]')!;
      const before = rect(box);
      expect(before.height).to.be.greaterThan(0);
      expect(before.height).to.be.closeTo(before.width, 0.5);
      const img = box as HTMLImageElement;
      expect(img.localName).to.equal('img');
      await until(() => img.complete && img.naturalWidth > 0);
      expect(rect(box).height).to.equal(before.height);
      expect(rect(box).width).to.equal(before.width);
    });

    it('opens links where target= says, safely', async () => {
      const el = await people(feedOf([full()]));
      el.target = '_blank';
      await el.updateComplete;
      const link = el.shadowRoot!.querySelector('a')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
    });

    it('shows a name without url as plain text, and leaves out what the feed does not give', async () => {
      const el = await people(feedOf([{ name: 'Plain Person' }]));
      const card = cards(el)[0];
      expect(card.querySelector('a, img, details, [part="affiliation"]')).to.equal(null);
      expect(card.querySelector('[part="name"]')!.textContent).to.equal('Plain Person');
      expect(card.querySelector('.initials')!.textContent).to.equal('PP');
      await expect(el).to.be.accessible();
    });

    it('opens and closes the bio from the keyboard', async () => {
      const wrap = await fixture(html`<div><button>before</button><esfomo-people .feed=${feedOf([full()])}></esfomo-people></div>`);
      const el = wrap.querySelector('esfomo-people')!;
      await el.updateComplete;
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="name"] a'));
      await sendKeys({ press: 'Tab' });
      const summary = el.shadowRoot!.querySelector('summary')!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const details = summary.parentElement as HTMLDetailsElement;
      const text = details.querySelector('p')!;
      expect(text.checkVisibility()).to.equal(false);
      await sendKeys({ press: 'Enter' });
      await until(() => details.open);
      expect(text.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await until(() => !details.open);
      expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Bio of Ada Lovelace');
    });

    it('falls back to an initials avatar when the photo does not load (404)', async () => {
      const el = await people(
        feedOf([
          { ...full(), photo: MISSING_PHOTO },
          { name: 'Alan Turing', photo: PHOTO },
        ]),
      );
      await until(() => cards(el)[0].querySelector('img') === null);
      const avatar = cards(el)[0].querySelector('.initials[part="photo"]')!;
      expect(avatar.textContent).to.equal('AL');
      expect(avatar.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(avatar).backgroundColor).to.equal(avatarColor(hueOf('Ada Lovelace')));
      // The other card keeps its photo, and the photo box keeps its size.
      expect(cards(el)[1].querySelector('img')).not.to.equal(null);
      const box = rect(cards(el)[0].querySelector('[part="photo"]')!);
      expect(box.height).to.be.closeTo(box.width, 0.5);
      // A re-render (the filter changes) does not try the broken photo again.
      el.role = 'speaker';
      await el.updateComplete;
      expect(cards(el)[0].querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible(axeWithRoleAttribute);
    });

    it('reads each name once to a screen reader when there is no photo', async () => {
      const el = await people(feedOf([{ name: 'Grace Hopper', affiliation: 'Navy' }]));
      const card = cards(el)[0];
      const visible = [...card.querySelectorAll('*')].filter((n) => !n.closest('[aria-hidden="true"]') && n.children.length === 0);
      expect(visible.map((n) => n.textContent).join('|')).to.equal('Grace Hopper|Navy');
    });

    it('gives every name its own stable avatar colour, dark enough for white initials', async () => {
      const names = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Barbara Liskov', 'Edsger Dijkstra', 'Donald Knuth'];
      const el = await people(feedOf(names.map((name) => ({ name }))));
      const colours = cards(el).map((c) => getComputedStyle(c.querySelector('.initials')!).backgroundColor);
      expect(new Set(colours).size).to.be.greaterThan(3);
      const again = await people(feedOf(names.map((name) => ({ name }))));
      expect(cards(again).map((c) => getComputedStyle(c.querySelector('.initials')!).backgroundColor)).to.deep.equal(colours);
      for (let hue = 0; hue < 360; hue++) expect(contrastWithWhite(avatarColor(hue)), `hue ${hue}`).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });

    it('makes initials from the first and last words', () => {
      expect(initials('Ada Lovelace')).to.equal('AL');
      expect(initials('Ludwig van  Schmidt')).to.equal('LS');
      expect(initials('Cher')).to.equal('C');
      expect(initials('émile (Mimi) zola')).to.equal('ÉZ');
      expect(initials('王小明')).to.equal('王');
      expect(initials('  ')).to.equal('');
    });

    it('renders hostile strings as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await people(feedOf([{ name: hostile, affiliation: hostile, bio: hostile }]));
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(cards(el)[0].querySelector('[part="name"]')!.textContent).to.equal(hostile);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('bad input', () => {
    it('skips nameless people, drops unsafe links and keeps duplicate ids, saying where in the console', async () => {
      const warn = sinon.stub(console, 'warn');
      const info = sinon.stub(console, 'info');
      const el = await people(
        feedOf([
          { id: 'a', name: 'Safe Person', url: 'https://example.org/', photo: PHOTO, importance: 1 },
          { id: 'nameless', affiliation: 'Nowhere' },
          { id: 'b', name: 'Bad Link', url: 'javascript:alert(1)', photo: 'data:image/svg+xml,<svg/>', importance: 2 },
          { id: 'a', name: 'Second A', url: ' JaVaScRiPt:alert(1)', importance: 3 },
          { name: '   ' },
        ]),
      );
      expect(names(el)).to.deep.equal(['Safe Person', 'Bad Link', 'Second A']);
      const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://example.org/']);
      const srcs = [...el.shadowRoot!.querySelectorAll('img')].map((i) => i.getAttribute('src'));
      expect(srcs).to.deep.equal([PHOTO]);
      expect(el.shadowRoot!.innerHTML).not.to.match(/javascript:|data:/i);
      expect(cards(el)[1].querySelector('.initials')!.textContent).to.equal('BL');
      const said = [...warn.args, ...info.args].map((args) => String(args[0]));
      expect(said.some((line) => line.includes('people[1].name'))).to.equal(true);
      expect(said.some((line) => line.includes('people[4].name'))).to.equal(true);
      expect(said.some((line) => line.includes('people[2].url'))).to.equal(true);
      expect(said.some((line) => line.includes('people[2].photo'))).to.equal(true);
      expect(said.some((line) => line.includes('people[3].id'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the message for a people section that is not a list', async () => {
      sinon.stub(console, 'warn');
      const el = await people({ version: 1, people: { name: 'x' } });
      expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('people');
      await expect(el).to.be.accessible();
    });
  });

  describe('styling', () => {
    it('exposes parts', async () => {
      const el = await people(feedOf([{ name: 'A B', affiliation: 'C', bio: 'D', url: '/x' }]));
      const parts = new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(' ')));
      expect([...parts].sort()).to.deep.equal(['affiliation', 'bio', 'card', 'grid', 'name', 'photo']);
    });

    it('makes photos round by default and square with --esfomo-people-photo-radius: 0', async () => {
      const el = await people(feedOf([{ name: 'A B', photo: PHOTO }]));
      const box = el.shadowRoot!.querySelector('[part="photo"]')!;
      expect(getComputedStyle(box).borderRadius).to.equal('50%');
      el.style.setProperty('--esfomo-people-photo-radius', '0');
      expect(getComputedStyle(box).borderRadius).to.equal('0px');
      el.style.setProperty('--esfomo-people-photo-ratio', '3 / 4');
      const r = rect(box);
      expect(r.height).to.be.closeTo((r.width * 4) / 3, 0.5);
    });

    it('follows the page font and colour', async () => {
      const wrap = await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)">
        <esfomo-people .feed=${sampleFeed()}></esfomo-people>
      </div>`);
      const el = wrap.querySelector('esfomo-people')!;
      await el.updateComplete;
      const name = el.shadowRoot!.querySelector('[part="name"]')!;
      expect(getComputedStyle(name).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(name).color).to.equal('rgb(10, 20, 30)');
    });
  });

  describe('many people', () => {
    it('renders 200 people, in order, and refilters them', async () => {
      const many = Array.from({ length: 200 }, (_, i) => ({
        id: `p${i}`,
        name: `Person ${String(i).padStart(3, '0')}`,
        affiliation: `Lab ${i % 7}`,
        roles: [i % 2 ? 'panelist' : 'speaker'],
        importance: 200 - i,
        photo: i % 3 ? undefined : PHOTO,
        url: `https://example.org/${i}`,
        bio: i % 4 ? undefined : `Bio ${i}`,
      }));
      const start = performance.now();
      const el = await people(feedOf(many));
      const took = performance.now() - start;
      expect(cards(el)).to.have.length(200);
      expect(names(el)[0]).to.equal('Person 199');
      expect(names(el)[199]).to.equal('Person 000');
      expect(took, `${took.toFixed(0)} ms`).to.be.below(2000);
      el.role = 'speaker';
      await el.updateComplete;
      expect(cards(el)).to.have.length(100);
      expect(names(el)[0]).to.equal('Person 198');
      await expect(el).to.be.accessible(axeWithRoleAttribute);
    });
  });

  describe('the demo feeds', () => {
    async function demo(name: string, role: string, layout = 'grid'): Promise<EsfomoPeople> {
      const loaded = oneEvent(document, 'esfomo-feed-load');
      const wrap = await fixture(
        html`<div style="width: 900px"><esfomo-people src=${`/demo/feeds/${name}.json`} roles=${role} layout=${layout}></esfomo-people></div>`,
      );
      await loaded;
      const el = wrap.querySelector('esfomo-people')!;
      await el.updateComplete;
      return el;
    }
    const affiliations = (el: Element) => cards(el).map((c) => c.querySelector('[part="affiliation"]')?.textContent);

    for (const layout of ['grid', 'row']) {
      it(`shows ES-FoMo 2023's speakers and panelists (${layout})`, async () => {
        const speakers = await demo('esfomo-2023', 'speaker', layout);
        expect(names(speakers)).to.deep.equal([
          'Adam Roberts',
          'Deepak Narayanan',
          'Natalia Vassilieva',
          'Tim Dettmers',
          'Aakanksha Chowdhery',
          'Natalia Gimelshein',
          'Ce Zhang',
          'Thomas Wang',
        ]);
        expect(affiliations(speakers)).to.deep.equal([
          'Google Research',
          'Microsoft Research',
          'Cerebras',
          'University of Washington',
          'Google Research',
          'Meta',
          'ETH, Together',
          'HuggingFace',
        ]);
        const panelists = await demo('esfomo-2023', 'panelist', layout);
        expect(names(panelists)).to.deep.equal(['Anna Goldie', 'Rishi Bommasani', 'Susan Zhang', 'Emily Weber']);
        expect(affiliations(panelists)).to.deep.equal(['Anthropic', 'Stanford University', 'Meta', 'AWS']);
        expect(speakers.shadowRoot!.querySelector('ul')!.className).to.equal(layout);
        await expect(speakers).to.be.accessible();
      });

      it(`shows ES-FoMo 2024's speakers and panelists (${layout})`, async () => {
        const speakers = await demo('esfomo-2024', 'speaker', layout);
        expect(names(speakers)).to.deep.equal(['Abhinav Venigalla', 'Albert Gu', 'Elias Frantar', 'Azalia Mirhoseini', 'Ludwig Schmidt']);
        expect(affiliations(speakers)).to.deep.equal(['Databricks', 'Carnegie Mellon', 'IST Austria', 'Stanford', 'MIT/LAION']);
        const panelists = await demo('esfomo-2024', 'panelist', layout);
        expect(names(panelists)).to.deep.equal(['Aakanksha Chowdhery', 'Dylan Patel', 'Stella Biderman']);
        expect(affiliations(panelists)).to.deep.equal(['Google DeepMind', 'SemiAnalysis', 'EleutherAI']);
        await expect(panelists).to.be.accessible();
      });
    }

    it('are on the demo page (the built bundle): grid for 2023, row for 2024, the switch sets both, empty organizers hidden', async () => {
      await onDemoPage(1000, 800, async (doc) => {
        const at = (section: string, n: number) => doc.querySelectorAll(`#${section} esfomo-people`)[n];
        await until(() => [0, 1].every((n) => cards(at('esfomo-2023', n)).length > 0 && cards(at('esfomo-2024', n)).length > 0), 5000);
        expect(names(at('esfomo-2023', 0))).to.have.length(8);
        expect(names(at('esfomo-2023', 1))).to.deep.equal(['Anna Goldie', 'Rishi Bommasani', 'Susan Zhang', 'Emily Weber']);
        expect(names(at('esfomo-2024', 0))).to.have.length(5);
        expect(names(at('esfomo-2024', 1))).to.deep.equal(['Aakanksha Chowdhery', 'Dylan Patel', 'Stella Biderman']);
        const layouts = () =>
          [...doc.querySelectorAll('esfomo-people')].map((el) => el.shadowRoot!.querySelector('ul')?.className ?? 'empty');
        expect(layouts()).to.deep.equal(['grid', 'grid', 'empty', 'row', 'row', 'empty']);
        for (const section of ['esfomo-2023', 'esfomo-2024']) {
          const organizers = at(section, 2).closest('section')!;
          expect(organizers.querySelector('h3')!.textContent).to.equal('The organizers');
          expect(organizers.getBoundingClientRect().height, section).to.equal(0);
        }
        const select = doc.querySelector<HTMLSelectElement>('#people-layout')!;
        for (const [value, expected] of [
          ['row', 'row'],
          ['grid', 'grid'],
        ]) {
          select.value = value;
          select.dispatchEvent(new Event('change'));
          await until(() =>
            layouts()
              .filter((l) => l !== 'empty')
              .every((l) => l === expected),
          );
        }
        select.value = '';
        select.dispatchEvent(new Event('change'));
        await until(() => layouts().join() === 'grid,grid,empty,row,row,empty');
      });
    });

    it('shows the empty state for organizers, whom the seeds never name', async () => {
      for (const name of ['esfomo-2023', 'esfomo-2024']) {
        const el = await demo(name, 'organizer');
        expect(cards(el)).to.have.length(0);
        expect(rect(el).height).to.equal(0);
        expect(el.matches(':state(empty)')).to.equal(true);
      }
    });
  });
});

describe('<esfomo-people> on a phone and in print', () => {
  const phoneFeed: FeedInput = {
    version: 1,
    people: [
      { name: 'Tri Dao', affiliation: 'Princeton', roles: ['speaker'] },
      { name: 'Beidi Chen', affiliation: 'Carnegie Mellon', roles: ['speaker'] },
      {
        name: 'Albert Gu',
        affiliation: 'Carnegie Mellon',
        roles: ['speaker'],
        bio: 'Albert Gu works on state space models for long sequences. '.repeat(6),
      },
    ],
  };
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('at 390 px puts two cards a row, with smaller photos, each card as tall as its own content', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await fixture<EsfomoPeople>(html`<esfomo-people style="margin: 0 16px" .feed=${phoneFeed}></esfomo-people>`);
    await el.updateComplete;
    // Cards are laid out lazily (content-visibility): measured from the next frames.
    const frames = async () => {
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
    };
    await frames();
    // Albert Gu's card (the first, by name) has the bio; Beidi Chen's is beside it.
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')];
    const [a, b] = cards.map((c) => c.getBoundingClientRect());
    expect(a.top).to.equal(b.top);
    expect(b.left).to.be.greaterThan(a.right);
    const photo = el.shadowRoot!.querySelector('[part="photo"]')!.getBoundingClientRect();
    expect(photo.width).to.be.at.most(96);
    const neighbour = b.height;
    cards[0].querySelector('details')!.open = true;
    await frames();
    expect(cards[0].getBoundingClientRect().height).to.be.greaterThan(a.height);
    expect(cards[1].getBoundingClientRect().height).to.equal(neighbour);
    await expect(el).to.be.accessible();
  });

  it('prints the initials in their colour and keeps each card on one page', async () => {
    const el = await fixture<EsfomoPeople>(html`<esfomo-people .feed=${phoneFeed}></esfomo-people>`);
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const avatar = el.shadowRoot!.querySelector('.initials')!;
    expect(getComputedStyle(avatar).printColorAdjust).to.equal('exact');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!).breakInside).to.equal('avoid');
  });
});
