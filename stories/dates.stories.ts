import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/dates.js';
import type { FeedInput } from '../src/feed/types.js';
import { rendered } from './support.js';

interface Args {
  src?: string;
  feed?: FeedInput;
}

export default {
  title: 'Elements/<esfomo-dates>',
  component: 'esfomo-dates',
  args: { src: '/demo/feeds/want-2023.json' },
  render: (args) => html`<esfomo-dates src=${ifDefined(args.src)} .feed=${args.feed}></esfomo-dates>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** WANT 2023: AoE dates, an extension struck through, TBD. */
export const Want2023: Story = { name: 'WANT 2023' };

/** ES-FoMo 2023: every date still TBD. */
export const AllTbd: Story = {
  name: 'ES-FoMo 2023: all TBD',
  args: { src: '/demo/feeds/esfomo-2023.json' },
};

/** ES-FoMo III 2025: a UTC deadline. */
export const Utc: Story = {
  name: 'ES-FoMo III 2025: UTC',
  args: { src: '/demo/feeds/esfomo-2025.json' },
};

/** Dates around today: one passed, one next, one to come, one TBD (`render` builds them from the day it is opened). */
function aroundToday(): FeedInput {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  return {
    version: 1,
    workshop: { name: 'ES-FoMo', edition: 'IV' },
    dates: [
      { id: 'abstract', label: 'Abstract deadline', due: day(-3), timezone: 'AoE' },
      { id: 'submission', label: 'Submission deadline', due: `${day(10)}T23:59`, timezone: 'UTC', previous: [`${day(3)}T23:59`] },
      { id: 'notification', label: 'Acceptance notification', due: day(30), timezone: 'AoE' },
      { id: 'camera-ready', label: 'Camera-ready deadline', tbd: true },
    ],
  };
}

/**
 * Dates to come: the passed one says "passed" (a check mark, struck through, no calendar link),
 * the next one "Next" (a framed badge), each deadline also in the visitor's zone.
 */
export const NextMarked: Story = {
  render: () => html`<esfomo-dates .feed=${aroundToday()}></esfomo-dates>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement, 'esfomo-dates');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    await expect(text).toMatch(/passed/i);
    await expect(text).toMatch(/next/i);
  },
};

/** Printed: the dates without their calendar links, none split across pages. */
export const Printed: Story = {
  name: 'Print',
  render: () => html`<esfomo-dates .feed=${aroundToday()}></esfomo-dates>`,
  parameters: { emulate: { media: 'print' } },
  play: async ({ canvasElement }) => {
    if (!matchMedia('print').matches) return;
    const el = await rendered(canvasElement, 'esfomo-dates');
    const links = [...el.shadowRoot!.querySelectorAll('[part~="calendar"], [part~="calendar-google"], [part~="calendar-outlook"]')];
    await expect(links.length).toBeGreaterThan(0);
    await expect(links.filter((a) => a.getClientRects().length > 0)).toEqual([]);
  },
};

/** A note with a date, and the workshop's day as an event: shown as a day, all day in calendars. */
export const NoteAndEvent: Story = {
  name: 'A note and an event date',
  render: () => {
    const feed = {
      version: 1,
      workshop: { name: 'ES-FoMo', edition: 'II', venue: 'ICML 2024, Vienna', timezone: 'Europe/Vienna' },
      dates: [
        {
          id: 'submission',
          label: 'Submission deadline',
          due: '2024-06-03',
          timezone: 'AoE',
          previous: ['2024-05-31'],
          note: 'one-day extension for US Memorial Day',
        },
        { id: 'workshop', label: 'Workshop', due: '2024-07-26', kind: 'event', note: 'Room Lehar 1, Messe Wien' },
      ],
    };
    return html`<esfomo-dates .feed=${feed}></esfomo-dates>`;
  },
};

/** A feed that cannot be loaded. */
export const BrokenFeed: Story = { args: { src: '/no/such/feed.json' } };
