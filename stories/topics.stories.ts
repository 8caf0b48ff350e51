import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/topics.js';
import { feedFromText, HOSTILE, MISSING_FEED, pendingFeed, seedFeed } from './support.js';

interface Args {
  src?: string;
  feed?: object;
}

/** The call for papers' topics, nested to any depth, from the feed's `topics`. */
export default {
  title: 'Elements/<esfomo-topics>',
  component: 'esfomo-topics',
  args: { src: seedFeed('esfomo-2024') },
  render: (args) => html`<esfomo-topics src=${ifDefined(args.src)} .feed=${args.feed}></esfomo-topics>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** ES-FoMo @ ICML 2023: three groups of topics. */
export const Esfomo2023: Story = { name: 'ES-FoMo 2023', args: { src: seedFeed('esfomo-2023') } };

/** ES-FoMo II @ ICML 2024. */
export const Esfomo2024: Story = { name: 'ES-FoMo II 2024', args: { src: seedFeed('esfomo-2024') } };

/** ES-FoMo III @ ICML 2025. */
export const Esfomo2025: Story = { name: 'ES-FoMo III 2025', args: { src: seedFeed('esfomo-2025') } };

/** WANT @ NeurIPS 2023: a flat list of eleven topics. */
export const Want2023: Story = { name: 'WANT 2023', args: { src: seedFeed('want-2023') } };

/** While the feed is on its way: an empty placeholder that says "Loading…" to screen readers. */
export const Loading: Story = { args: { src: pendingFeed() } };

/** A feed that is not JSON: a short message instead of the topics, the details in the console. */
export const ErrorNotJson: Story = { name: 'Error: not JSON', args: { src: feedFromText('{ "version": 1, "topics": [') } };

/** A feed address that answers 404. */
export const ErrorNotFound: Story = { name: 'Error: not found (404)', args: { src: MISSING_FEED } };

/** A feed of another version: a clear error, not a guess. */
export const ErrorVersion2: Story = {
  name: 'Error: version 2',
  args: { src: undefined, feed: { version: 2, topics: ['From the future'] } },
};

/** A feed whose `topics` is not a list. */
export const ErrorBadTopics: Story = {
  name: 'Error: topics not a list',
  args: { src: undefined, feed: { version: 1, topics: 'Scheduling' } },
};

/** A feed without topics: the element shows nothing at all. */
export const Empty: Story = { args: { src: undefined, feed: { version: 1, topics: [] } } };

/** No feed reaches the element: it says how to give it one. */
export const NoFeed: Story = { name: 'No feed', args: { src: undefined } };

/** Markup in the feed is shown as text, never run. */
export const HostileStrings: Story = {
  name: 'Hostile strings',
  args: { src: undefined, feed: { version: 1, topics: [...HOSTILE, { title: HOSTILE[0], items: HOSTILE.slice(1) }] } },
};

/** Groups inside groups, ten levels deep. */
export const DeepNesting: Story = {
  name: 'Deep nesting',
  args: {
    src: undefined,
    feed: {
      version: 1,
      topics: [
        Array.from({ length: 10 }, (_, i) => i).reduceRight<unknown>(
          (inner, i) => ({ title: `Level ${i + 1}`, items: [inner, `Topic at level ${i + 2}`] }),
          'The deepest topic',
        ),
        'A topic at the top',
      ],
    },
  },
};

/** Long titles wrap inside the element's width. */
export const LongTitles: Story = {
  name: 'Long titles',
  args: {
    src: undefined,
    feed: {
      version: 1,
      topics: [
        {
          title:
            'Hardware-aware algorithms, kernels and compilers for the efficient training and inference of very large foundation models',
          items: [
            'Supercalifragilisticexpialidociouslylongtopicnamewithoutanyspacesatallthatmustnotoverflowthepage',
            'Low-precision training and inference '.repeat(6).trim(),
          ],
        },
      ],
    },
  },
};
