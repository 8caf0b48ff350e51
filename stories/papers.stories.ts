import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/papers.js';
import type { FeedInput, PaperInput, PersonInput } from '../src/feed/types.js';
import { MISSING_FEED, pendingFeed, seedFeed } from './support.js';

/** What `esfomo-elements import openreview` printed for the OpenReview notes of the tests (test/node/fixtures). */
const IMPORTED = 'test/fixtures/imported-openreview.json';

interface Args {
  src?: string;
  feed?: FeedInput | object;
  kind?: string;
  headingLevel?: string;
  style?: string;
  /** How the story's feed is made from the imported papers (none: `src` or `feed` as given). */
  make?: 'grouped' | 'long';
}

/** Two of the authors as people of the feed, so their names link to their pages and show affiliations. */
const people: PersonInput[] = [
  { id: 'elias-frantar', name: 'Elias Frantar', affiliation: 'IST Austria', url: 'https://example.org/~frantar' },
  { id: 'dan-alistarh', name: 'Dan Alistarh', affiliation: 'IST Austria' },
];

/** The imported papers, Marlin's first and last authors named by id, and a code link, a poster board and an award where a site would add them. */
function grouped(papers: PaperInput[]): FeedInput {
  const ids: Record<string, string> = { 'Elias Frantar': 'elias-frantar', 'Dan Alistarh': 'dan-alistarh' };
  return {
    version: 1,
    people,
    papers: papers.map((p, i) => ({
      ...p,
      authors: p.authors.map((a) => (typeof a === 'string' ? (ids[a] ?? a) : a)),
      ...(i === 0 ? { code: 'https://github.com/IST-DASLab/marlin', award: 'Best paper award' } : {}),
      ...(p.kind === 'poster' ? { poster: String(i + 1) } : {}),
    })),
  };
}

/** Forty papers: the imported ones, ten times over (each copy its own id and number), as a long poster session. */
function long(papers: PaperInput[]): FeedInput {
  return {
    version: 1,
    papers: Array.from({ length: 40 }, (_, i) => {
      const p = papers[i % papers.length];
      return {
        ...p,
        id: `${p.id}-${i}`,
        title: `${p.title} (${i + 1})`,
        kind: i < 4 ? p.kind : 'poster',
        poster: i < 4 ? undefined : String(i - 3),
      };
    }),
  };
}

/**
 * The accepted papers, from the feed's `papers` (what `esfomo-elements import openreview` prints):
 * grouped by kind, each with its title, authors, links and abstract.
 */
export default {
  title: 'Elements/<esfomo-papers>',
  component: 'esfomo-papers',
  args: { make: 'grouped' },
  argTypes: { make: { table: { disable: true } } },
  loaders: [
    async () => {
      const response = await fetch(IMPORTED);
      if (!response.ok) throw new Error(`${IMPORTED}: HTTP ${response.status}`);
      return { papers: ((await response.json()) as { papers: PaperInput[] }).papers };
    },
  ],
  render: (args, { loaded }) => {
    const made = args.make === 'grouped' ? grouped(loaded.papers) : args.make === 'long' ? long(loaded.papers) : undefined;
    return html`<esfomo-papers
      src=${ifDefined(args.src)}
      .feed=${args.feed ?? made}
      kind=${args.kind || nothing}
      heading-level=${args.headingLevel || nothing}
      style=${args.style || nothing}
    ></esfomo-papers>`;
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Orals, spotlights and posters, in that order; authors from `people` with their affiliation, a link to their page. */
export const Grouped: Story = { name: 'Grouped by kind' };

/** `kind="oral spotlight"`: the contributed talks only (case and a plural's s do not matter). */
export const Orals: Story = { name: 'Filtered by kind: orals and spotlights', args: { kind: 'oral spotlight' } };

/** More than twenty papers: a search field filters them by title and author as one types, and says how many show. */
export const LongList: Story = { name: 'Long list, with the text filter', args: { make: 'long' } };

/** A feed whose `papers` is empty (the seeds of 2024 and 2025 name no accepted paper yet). */
export const Empty: Story = { name: 'Empty: no papers yet', args: { make: undefined, src: seedFeed('esfomo-2025') } };

/** A feed that cannot be loaded: the short message. */
export const Failed: Story = { name: 'Error: feed not found', args: { make: undefined, src: MISSING_FEED } };

/** The feed has not arrived: the element's own children show. */
export const Loading: Story = {
  args: { make: undefined },
  render: () => html`<esfomo-papers src=${pendingFeed()}><p>Loading the accepted papers…</p></esfomo-papers>`,
};

/** Titles and names that look like markup stay text; a `javascript:` PDF link is dropped (the console says where). */
export const BadInput: Story = {
  name: 'Bad input',
  args: {
    make: undefined,
    feed: {
      version: 1,
      papers: [
        {
          id: 'h',
          title: '<img src=x onerror="window.esfomoInjected=1">',
          authors: ['<script>window.esfomoInjected=1</script>'],
          kind: 'oral',
          pdf: 'javascript:window.esfomoInjected=1',
        },
        { title: 'No id: skipped', authors: [] },
      ],
    },
  },
};
