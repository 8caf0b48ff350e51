import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/feed.js';
import { MISSING_FEED, pendingFeed, programme, SEED_FEEDS, seedFeed, type SeedFeed } from './support.js';

interface Args {
  src?: string;
  feed?: object;
}

/** A `<script type="application/json">` holding `feed` (lit cannot bind text inside a script). */
function feedScript(feed: unknown, id?: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  if (id) script.id = id;
  script.textContent = JSON.stringify(feed);
  return script;
}

async function loadSeed(name: SeedFeed): Promise<unknown> {
  const response = await fetch(seedFeed(name));
  if (!response.ok) throw new Error(`${seedFeed(name)}: HTTP ${response.status}`);
  return response.json();
}

/**
 * `<esfomo-feed>` shows nothing itself: it loads one feed (from `src`, the `feed` property or a
 * JSON script inside it) and gives it to every bare esfomo element inside it, with one request.
 */
export default {
  title: 'Elements/<esfomo-feed>',
  component: 'esfomo-feed',
  args: { src: seedFeed('esfomo-2024') },
  argTypes: { src: { control: 'select', options: [...SEED_FEEDS.map(seedFeed), MISSING_FEED] } },
  render: (args) => html`<esfomo-feed src=${ifDefined(args.src)} .feed=${args.feed}>${programme({ deadline: 'submission' })}</esfomo-feed>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Every element inside one `<esfomo-feed src>`: the feed is fetched once for all of them. */
export const FromSrc: Story = { name: 'From src' };

/** The feed written inside the tag, as `<script type="application/json">`: no request at all. */
export const InlineScript: Story = {
  name: 'Inline script',
  args: { src: undefined },
  loaders: [async () => ({ feed: await loadSeed('esfomo-2023') })],
  render: (_args, { loaded }) => html`<esfomo-feed>${feedScript(loaded.feed)}${programme({ deadline: 'submission' })}</esfomo-feed>`,
};

/** The page's feed (`<script type="application/json" id="esfomo-feed">`, written once by a site template): bare tags anywhere use it. */
export const PageFeed: Story = {
  name: "Page's feed",
  args: { src: undefined },
  loaders: [async () => ({ feed: await loadSeed('want-2023') })],
  render: (_args, { loaded }) => html`${programme({ deadline: 'full-paper' })}${feedScript(loaded.feed, 'esfomo-feed')}`,
};

/** The feed as an object, for frameworks: wins over `src`. */
export const FeedProperty: Story = {
  name: 'Feed property',
  args: {
    src: MISSING_FEED,
    feed: { version: 1, workshop: { name: 'Given as an object' }, topics: ['The feed property wins over src'] },
  },
};

/** While the feed is on its way, every element inside shows its loading placeholder. */
export const Loading: Story = { args: { src: pendingFeed() } };

/** A feed that cannot be loaded: every element inside shows the message. */
export const ErrorNotFound: Story = { name: 'Error: not found (404)', args: { src: MISSING_FEED } };
