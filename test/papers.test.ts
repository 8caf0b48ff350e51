// <esfomo-papers> and papers in the programme, from what `esfomo-elements import openreview`
// printed for the OpenReview notes in test/node/fixtures (test/fixtures/imported-openreview.json,
// checked against the importer by test/node/openreview.test.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/papers.js';
import '../src/schedule.js';
import type { EsfomoPapers } from '../src/papers.js';
import type { EsfomoSchedule } from '../src/schedule.js';
import type { FeedInput, PaperInput, PersonInput } from '../src/feed/types.js';
import { formatProblem, validateFeed } from '../src/feed/validate.js';
import { clearFeedCache, settled, shadowText } from './helpers.js';

interface Imported {
  papers: (PaperInput & { authors: string[] })[];
}

let imported: Imported;
before(async () => {
  imported = await (await fetch('/test/fixtures/imported-openreview.json')).json();
});

const people: PersonInput[] = [
  { id: 'elias-frantar', name: 'Elias Frantar', affiliation: 'IST Austria', url: 'https://example.org/~frantar' },
  { id: 'dan-alistarh', name: 'Dan Alistarh', affiliation: 'IST Austria' },
];

/** The imported papers, with Marlin's first and last authors named by their ids in `people`. */
function feedOf(papers: PaperInput[] = imported.papers, extra: Partial<FeedInput> = {}): FeedInput {
  return { version: 1, people, papers, ...extra };
}
function withIds(): PaperInput[] {
  return imported.papers.map((p) =>
    p.id === 'xQ3vPk9LmA'
      ? { ...p, authors: p.authors.map((a) => (a === 'Elias Frantar' ? 'elias-frantar' : a === 'Dan Alistarh' ? 'dan-alistarh' : a)) }
      : p,
  );
}

async function place(feed: FeedInput, attrs: { kind?: string } = {}): Promise<EsfomoPapers> {
  const wrap = await fixture(html`<div lang="en-GB"><esfomo-papers .feed=${feed} kind=${attrs.kind ?? nothing}></esfomo-papers></div>`);
  const el = wrap.querySelector<EsfomoPapers>('esfomo-papers')!;
  await settled(el);
  return el;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const visiblePapers = (el: Element) => all(el, '[part="paper"]').filter((li) => li.offsetParent !== null);
const groupTitles = (el: Element) => all(el, '[part="group"]:not([hidden]) [part="group-title"]').map(text);

/** The sentence a person reads for each author: a listed person as written in `people`, with the affiliation. */
function authorText(author: string): string {
  const person = people.find((p) => p.id === author);
  return person ? `${person.name} (${person.affiliation})` : author;
}

afterEach(() => {
  sinon.restore();
  clearFeedCache();
});

describe('<esfomo-papers>', () => {
  it('groups the papers by kind: orals, spotlights, posters, then other kinds, then papers without one, each in the feed’s order', async () => {
    const papers: PaperInput[] = [
      { id: 'demo-1', title: 'A Live Demo of a Kernel', authors: [], kind: 'demo' },
      { id: 'plain', title: 'A Paper Without a Kind', authors: ['A. Author'] },
      ...imported.papers,
    ];
    const el = await place(feedOf(papers));
    expect(groupTitles(el)).to.deep.equal(['Orals', 'Spotlights', 'Posters', 'Demo', 'Other papers']);
    const groups = all(el, '[part="group"]');
    const kinds = ['oral', 'spotlight', 'poster', 'demo', undefined];
    groups.forEach((group, i) => {
      const wanted = papers.filter((p) => p.kind === kinds[i]).map((p) => p.title);
      expect([...group.querySelectorAll('[part="title"]')].map(text), String(kinds[i])).to.deep.equal(wanted);
    });
    // Group titles are headings of the level the page asks for (3 by default).
    expect(groups[0].querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(all(el, '[role="heading"]').every((h) => h.getAttribute('aria-level') === '4')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows only the kinds of `kind`, compared without case or a plural’s s, and follows a change of it', async () => {
    const el = await place(feedOf(), { kind: 'Orals spotlight' });
    expect(groupTitles(el)).to.deep.equal(['Orals', 'Spotlights']);
    expect(all(el, '[part="title"]').map(text)).to.deep.equal(imported.papers.filter((p) => p.kind !== 'poster').map((p) => p.title));
    el.kind = 'posters';
    await el.updateComplete;
    expect(all(el, '[part="title"]').map(text)).to.deep.equal(imported.papers.filter((p) => p.kind === 'poster').map((p) => p.title));
    el.kind = 'keynote';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.contain('keynote');
    await expect(el).to.be.accessible();
  });

  it('shows each paper’s authors: people by name with affiliation and a link to their page, plain names as written', async () => {
    const el = await place(feedOf(withIds()));
    const marlin = all(el, '[part="paper"]')[0];
    const source = withIds()[0].authors as string[];
    expect(text(marlin.querySelector('[part="authors"]'))).to.equal(source.map(authorText).join(', '));
    const link = marlin.querySelector<HTMLAnchorElement>('[part="authors"] a')!;
    expect(text(link)).to.equal('Elias Frantar');
    expect(link.getAttribute('href')).to.equal(people[0].url);
    const zoe = all(el, '[part="paper"]').find((li) => text(li).includes('Zoë'))!;
    expect(text(zoe.querySelector('[part="authors"]'))).to.equal(imported.papers.find((p) => p.id === 'Lp0sJd4GhX')!.authors.join(', '));
    // An inline person keeps their affiliation.
    const inline = await place(feedOf([{ id: 'x', title: 'Inline', authors: [{ name: 'Roberto L. Castro', affiliation: 'UDC' }] }]));
    expect(text(inline.shadowRoot!.querySelector('[part="authors"]'))).to.equal('Roberto L. Castro (UDC)');
    await expect(el).to.be.accessible();
  });

  it('links the title to the paper’s page and offers its PDF and code; poster board and award shown; abstract in a disclosure', async () => {
    const marlin = { ...imported.papers[0], code: 'https://github.com/IST-DASLab/marlin', poster: 12, award: 'Best paper award' };
    const el = await place(feedOf([marlin]));
    const paper = all(el, '[part="paper"]')[0];
    expect(paper.querySelector('[part="title"] a')!.getAttribute('href')).to.equal(marlin.url);
    expect(paper.querySelector('[part="pdf"]')!.getAttribute('href')).to.equal(marlin.pdf);
    expect(paper.querySelector('[part="code"]')!.getAttribute('href')).to.equal(marlin.code);
    expect(text(paper.querySelector('[part="poster"]'))).to.equal('Poster 12');
    expect(text(paper.querySelector('[part="award"]'))).to.equal('Best paper award');
    const details = paper.querySelector<HTMLDetailsElement>('details[part="abstract"]')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('p'))).to.equal(marlin.abstract);
    await expect(el).to.be.accessible();
  });

  it('drops an unsafe PDF link with a warning naming its path, and keeps the paper', async () => {
    const info = sinon.stub(console, 'info');
    const bad = { ...imported.papers[1], pdf: 'javascript:alert(1)', code: ' JaVa\tScRiPt:alert(1)' };
    const el = await place(feedOf([imported.papers[0], bad]));
    const paper = all(el, '[part="paper"]')[1];
    expect(text(paper.querySelector('[part="title"]'))).to.equal(bad.title);
    expect(paper.querySelector('[part="pdf"], [part="code"]')).to.equal(null);
    expect(all(el, 'a').some((a) => /script:/i.test(a.getAttribute('href') ?? ''))).to.equal(false);
    const said = info
      .getCalls()
      .map((c) => c.args.map(String).join(' '))
      .join('\n');
    expect(said).to.contain('papers[1].pdf').and.to.contain('papers[1].code');
  });

  it('shows text that looks like markup as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await place(
      feedOf([{ id: 'h', title: hostile, authors: [hostile], abstract: '<script>alert(1)</script>' }, imported.papers[2]]),
    );
    // The poster's group comes first; the hostile paper, of no kind, last.
    expect(all(el, '[part="title"]').map(text)).to.deep.equal([imported.papers[2].title, hostile]);
    expect(all(el, '[part="authors"]').map(text)[1]).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  describe('the text filter', () => {
    /** Thirty papers: the imported ones, several times over (each copy its own id), as a long poster session. */
    function longList(): PaperInput[] {
      return Array.from({ length: 30 }, (_, i) => {
        const p = imported.papers[i % imported.papers.length];
        return { ...p, id: `${p.id}-${i}`, title: `${p.title} (${i + 1})` };
      });
    }
    const matches = (papers: PaperInput[], query: string) =>
      papers.filter((p) =>
        [p.title, ...(p.authors as string[])].join(' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes(query),
      ).length;

    async function type(el: EsfomoPapers, value: string): Promise<void> {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    }

    it('is out of reach but keeps its room where the script has not run (rendered at build time, read without JavaScript)', async () => {
      const el = await place(feedOf(longList()));
      // The same markup and styles on a host no script defines: what a reader without JavaScript gets.
      const copy = document.createElement('esfomo-papers-without-script');
      el.after(copy);
      const root = copy.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = el.shadowRoot!.adoptedStyleSheets;
      root.innerHTML = el.shadowRoot!.innerHTML;
      const filter = (host: Element) => host.shadowRoot!.querySelector<HTMLElement>('[part="filter"]')!;
      expect(getComputedStyle(filter(el)).visibility).to.equal('visible');
      expect(getComputedStyle(filter(copy)).visibility).to.equal('hidden');
      expect(filter(copy).getBoundingClientRect().height).to.equal(filter(el).getBoundingClientRect().height);
      copy.remove();
    });

    it('is absent for twenty papers or fewer', async () => {
      const el = await place(feedOf(longList().slice(0, 20)));
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
      expect(visiblePapers(el).length).to.equal(20);
    });

    it('filters by title and author as one types, says how many show in a polite live region, and never redoes the model', async () => {
      const papers = longList();
      const el = await place(feedOf(papers));
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(input.labels![0].textContent).to.contain('Filter papers');
      const status = el.shadowRoot!.querySelector('[part="count"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(text(status)).to.equal(`${papers.length} papers shown`);
      await expect(el).to.be.accessible();

      const compute = sinon.spy(el as unknown as { computeModel(): unknown }, 'computeModel');
      await type(el, 'Frantar');
      const byAuthor = matches(papers, 'frantar');
      expect(byAuthor).to.be.greaterThan(0).and.lessThan(papers.length);
      expect(visiblePapers(el).length).to.equal(byAuthor);
      expect(visiblePapers(el).every((li) => text(li).includes('Frantar'))).to.equal(true);
      expect(text(status)).to.equal(`${byAuthor} papers shown`);
      // Groups with nothing left hide: only the orals hold Frantar's paper.
      expect(groupTitles(el)).to.deep.equal(['Orals']);

      await type(el, 'zoe kv-cache');
      expect(visiblePapers(el).length).to.equal(matches(papers, 'zoe: kv-cache'));
      await type(el, 'ring attention (4)');
      expect(text(status)).to.equal('1 paper shown');
      await type(el, 'no such paper');
      expect(text(status)).to.equal('0 papers shown');
      await expect(el).to.be.accessible();
      await type(el, '');
      expect(visiblePapers(el).length).to.equal(papers.length);
      expect(compute.callCount, 'the model step').to.equal(0);
    });
  });

  it('says so when the feed lists no papers, and shows the feed’s error for a papers section that is not a list', async () => {
    const empty = await place(feedOf([]));
    expect(text(empty.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No accepted papers are listed yet.');
    await expect(empty).to.be.accessible();
    sinon.stub(console, 'warn');
    sinon.stub(console, 'error');
    const broken = await place({ version: 1, papers: 'soon' } as unknown as FeedInput);
    expect(text(broken.shadowRoot!.querySelector('[part="message"]'))).to.contain('papers: "soon" is not a list');
    await expect(broken).to.be.accessible();
  });
});

describe('the papers section of the feed', () => {
  it('keeps every imported paper, and accepts a paper whose authors are not known yet', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      papers: [...imported.papers, { id: 'talk-1', title: 'Contributed Talk 1', authors: [] }],
    });
    expect(problems.map(formatProblem)).to.deep.equal([]);
    expect(feed.papers.map((p) => p.id)).to.deep.equal([...imported.papers.map((p) => p.id), 'talk-1']);
    expect(feed.papers[0].authors.map((a) => a.name)).to.deep.equal(imported.papers[0].authors);
  });

  it('skips a paper without an id or a title, and warns of a repeated id, an id-like author no one has, and an unknown paper of an item', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      people,
      papers: [
        { title: 'No id', authors: [] },
        { id: 'a', authors: [] },
        { id: 'marlin', title: 'Marlin', authors: ['elias-frantar', 'elias-frantr', 'Roberto L. Castro'], kind: ' Oral ' },
        { id: 'marlin', title: 'Marlin again', authors: [] },
      ],
      schedule: [{ date: '2024-07-26', items: [{ start: '10:15', title: 'Contributed Talk 1', papers: ['marlin', 'flash', 7] }] }],
    });
    expect(problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal([
      'error papers[0].id',
      'error papers[1].title',
      'warning papers[2].authors[1]',
      'warning papers[3].id',
      'warning schedule[0].items[0].papers[1]',
      'warning schedule[0].items[0].papers[2]',
    ]);
    expect(feed.papers.map((p) => p.title)).to.deep.equal(['Marlin', 'Marlin again']);
    expect(feed.papers[0].kind).to.equal('oral');
    expect(feed.papers[0].authors.map((a) => a.affiliation ?? a.name)).to.deep.equal(['IST Austria', 'elias-frantr', 'Roberto L. Castro']);
    expect(feed.schedule[0].items[0].papers).to.deep.equal([feed.papers[0]]);
  });
});

describe('papers in <esfomo-schedule>', () => {
  it('shows under an item’s title each paper it presents: its title, linked to its page, and its authors', async () => {
    const orals = imported.papers.filter((p) => p.kind !== 'poster');
    const feed = feedOf(withIds(), {
      schedule: [
        {
          date: '2025-07-18',
          timezone: 'America/Vancouver',
          items: [
            { start: '09:00', title: 'Opening remarks', kind: 'remarks' },
            { start: '10:15', end: '11:00', title: 'Oral session', kind: 'contributed', papers: orals.map((p) => p.id) },
          ],
        },
      ],
    });
    const wrap = await fixture(html`<div lang="en-GB"><esfomo-schedule .feed=${feed}></esfomo-schedule></div>`);
    const el = wrap.querySelector<EsfomoSchedule>('esfomo-schedule')!;
    await settled(el);
    const [opening, session] = all(el, 'tbody tr');
    expect(opening.querySelector('[part="paper"]')).to.equal(null);
    const lines = [...session.querySelectorAll('[part="title"] [part="paper"]')];
    expect(lines.map((li) => text(li.querySelector('[part="paper-title"]')))).to.deep.equal(orals.map((p) => p.title));
    expect(lines.map((li) => li.querySelector('[part="paper-title"] a')!.getAttribute('href'))).to.deep.equal(orals.map((p) => p.url));
    const source = withIds();
    lines.forEach((li, i) => {
      const authors = (source.find((p) => p.id === orals[i].id)!.authors as string[]).map(authorText).join(', ');
      expect(text(li.querySelector('[part="paper-authors"]'))).to.equal(authors);
    });
    expect(text(session.querySelector('[part="title"]'))).to.match(/^Oral session/);
    expect(shadowText(el)).to.contain('Opening remarks');
    await expect(el).to.be.accessible();
  });
});
