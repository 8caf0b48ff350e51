import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/people.js';
import type { FeedInput, PersonInput } from '../src/feed/types.js';
import { seedFeed, rendered } from './support.js';

/** A sample photo, served beside the stories (Storybook's staticDirs, and the test server's root). */
const photo = 'stories/assets/person.svg';

interface Args {
  src?: string;
  feed?: FeedInput | object;
  roles?: string;
  layout?: 'grid' | 'row' | string;
  target?: string;
  style?: string;
}

const feedOf = (people: PersonInput[] | unknown[]): FeedInput => ({ version: 1, people: people as PersonInput[] });

/** A few people with everything a card can show: photo, page, affiliation, bio. */
const complete: PersonInput[] = [
  {
    id: 'ada',
    name: 'Ada Lovelace',
    affiliation: 'Analytical Engines Ltd',
    roles: ['speaker'],
    importance: 1,
    photo,
    url: 'https://example.org/~ada',
    bio: 'Wrote the first published program, for a machine that was never built.\n\nAlso notes on poetical science.',
  },
  {
    id: 'alan',
    name: 'Alan Turing',
    affiliation: 'University of Manchester',
    roles: ['speaker'],
    importance: 2,
    photo,
    url: 'https://example.org/~alan',
  },
  { id: 'grace', name: 'Grace Hopper', affiliation: 'US Navy', roles: ['panelist'], importance: 3, bio: 'Found the first actual bug.' },
  { id: 'edsger', name: 'Edsger W. Dijkstra', affiliation: 'UT Austin', roles: ['organizer'] },
];

/**
 * The seeds' "the speakers", "the panelists" and "the organizers" sections, from the feed's
 * `people`: filtered by `roles`, ordered by `importance` then name.
 */
export default {
  title: 'Elements/<esfomo-people>',
  component: 'esfomo-people',
  args: { src: seedFeed('esfomo-2023'), roles: 'speaker', layout: 'grid' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'row'] },
    target: { control: 'inline-radio', options: [undefined, '_blank'] },
  },
  render: (args) => html`<esfomo-people
    src=${ifDefined(args.src)}
    .feed=${args.feed}
    roles=${args.roles || nothing}
    layout=${args.layout || nothing}
    target=${args.target || nothing}
    style=${args.style || nothing}
  ></esfomo-people>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** ES-FoMo @ ICML 2023: the eight speakers, in the grid layout. */
export const Speakers2023: Story = { name: 'ES-FoMo 2023: speakers (grid)' };

/** ES-FoMo @ ICML 2023: the panel of four. */
export const Panelists2023: Story = { name: 'ES-FoMo 2023: panelists (grid)', args: { roles: 'panelist' } };

/** ES-FoMo II @ ICML 2024: al-folio's horizontal cards, the photo beside the text. */
export const Speakers2024Row: Story = { name: 'ES-FoMo II 2024: speakers (row)', args: { src: seedFeed('esfomo-2024'), layout: 'row' } };

/** ES-FoMo II @ ICML 2024: panelists (and moderators, of whom the feed has none yet), as rows. */
export const Panelists2024Row: Story = {
  name: 'ES-FoMo II 2024: panelists & moderators (row)',
  args: { src: seedFeed('esfomo-2024'), roles: 'panelist moderator', layout: 'row' },
};

/** No role: everyone in the feed, by importance. */
export const Everyone: Story = { args: { src: seedFeed('esfomo-2024'), roles: undefined } };

/** No one has the role (the seeds never name the organizers): nothing shows, the element takes no space. */
export const EmptyOrganizers: Story = { name: 'Empty: no organizers', args: { roles: 'organizer' } };

/** Photos, links to people's pages, and bios behind a disclosure. */
export const Complete: Story = { name: 'Photos, links and bios', args: { src: undefined, feed: feedOf(complete), roles: undefined } };

/** The same, as rows. */
export const CompleteRow: Story = { name: 'Photos, links and bios (row)', args: { ...Complete.args, layout: 'row' } };

/** Links that open in a new tab (`target="_blank"`, with `rel="noopener"`). */
export const NewTab: Story = { name: 'Links in a new tab', args: { ...Complete.args, target: '_blank' } };

/** Square photos and wider cards, through `--esfomo-*` properties. */
export const SquarePhotos: Story = {
  name: 'Square photos (custom properties)',
  args: {
    ...Complete.args,
    style: '--esfomo-people-photo-radius: 0.25rem; --esfomo-people-card-width: 14rem; --esfomo-people-photo-ratio: 3 / 4',
  },
};

/** A photo that does not load (404): the initials avatar stands in, never a broken image. */
export const BrokenPhoto: Story = {
  name: 'Broken photo',
  args: { src: undefined, roles: undefined, feed: feedOf([{ ...complete[0], photo: '/no-such-photo.jpg' }, complete[1]]) },
};

/** Bad people: a nameless one is skipped, unsafe links and photos are dropped (the console says where). */
export const BadInput: Story = {
  name: 'Bad input',
  args: {
    src: undefined,
    roles: undefined,
    feed: feedOf([
      { id: 'x', name: 'Safe Person', url: 'https://example.org/' },
      { id: 'y', affiliation: 'No name: skipped' },
      { id: 'x', name: 'Duplicate id', url: 'javascript:alert(1)', photo: 'data:image/svg+xml,<svg/>' },
      { name: '<img src=x onerror=alert(1)> shown as text' },
    ]),
  },
};

/** Two hundred people, for size. */
export const TwoHundred: Story = {
  name: '200 people',
  args: {
    src: undefined,
    roles: undefined,
    feed: feedOf(
      Array.from({ length: 200 }, (_, i) => ({
        name: `Person ${i + 1}`,
        affiliation: `Lab ${(i % 12) + 1}`,
        importance: i,
        roles: ['speaker'],
      })),
    ),
  },
};

/** No feed reaches the element: it says how to give it one. */
export const NoFeed: Story = { name: 'No feed', args: { src: undefined } };

/**
 * On a phone (390 px): two cards a row with smaller photos; a card is as tall as its own
 * content, so opening one bio does not stretch its neighbour.
 */
export const Phone: Story = {
  name: 'On a phone (390 px)',
  decorators: [(story) => html`<div style="width: 390px; max-width: 100%; box-sizing: border-box; padding: 0 16px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement, 'esfomo-people');
    await new Promise(requestAnimationFrame);
    const [a, b] = [...el.shadowRoot!.querySelectorAll('[part~="card"]')].map((card) => card.getBoundingClientRect());
    await expect(b.top).toBe(a.top); // two a row
  },
};

/** Printed: photos and coloured initials print, and no card is split across pages. */
export const Printed: Story = {
  name: 'Print',
  args: { roles: undefined },
  parameters: { emulate: { media: 'print' } },
  play: async ({ canvasElement }) => {
    if (!matchMedia('print').matches) return;
    const el = await rendered(canvasElement, 'esfomo-people');
    for (const card of el.shadowRoot!.querySelectorAll('[part~="card"]')) await expect(getComputedStyle(card).breakInside).toBe('avoid');
  },
};
