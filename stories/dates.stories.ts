import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dates.js';

export default {
  title: 'Elements/<esfomo-dates>',
  component: 'esfomo-dates',
  render: () => html`<esfomo-dates src="/demo/feeds/want-2023.json"></esfomo-dates>`,
} satisfies Meta;

type Story = StoryObj;

/** WANT 2023: AoE dates, an extension struck through, TBD. */
export const Want2023: Story = {};

/** ES-FoMo 2023: every date still TBD. */
export const AllTbd: Story = {
  render: () => html`<esfomo-dates src="/demo/feeds/esfomo-2023.json"></esfomo-dates>`,
};

/** ES-FoMo III 2025: a UTC deadline. */
export const Utc: Story = {
  render: () => html`<esfomo-dates src="/demo/feeds/esfomo-2025.json"></esfomo-dates>`,
};

/** Dates to come: the next one marked, passed ones muted, calendar links. */
export const NextMarked: Story = {
  render: () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const feed = {
      version: 1,
      workshop: { name: 'ES-FoMo', edition: 'IV' },
      dates: [
        { id: 'abstract', label: 'Abstract deadline', due: day(-3), timezone: 'AoE' },
        { id: 'submission', label: 'Submission deadline', due: `${day(10)}T23:59`, timezone: 'UTC', previous: [`${day(3)}T23:59`] },
        { id: 'notification', label: 'Acceptance notification', due: day(30), timezone: 'AoE' },
        { id: 'camera-ready', label: 'Camera-ready deadline', tbd: true },
      ],
    };
    return html`<esfomo-dates .feed=${feed}></esfomo-dates>`;
  },
};

/** A feed that cannot be loaded. */
export const BrokenFeed: Story = {
  render: () => html`<esfomo-dates src="/no/such/feed.json"></esfomo-dates>`,
};
