import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/countdown.js';
import '../src/feed.js';
import { rendered } from './support.js';

interface Args {
  due: string;
  timezone: string;
  label: string;
  previous: string;
}

/** Two weeks from when the story is opened, at 23:59 in its zone: a countdown that ticks. */
function inTwoWeeks(): string {
  const d = new Date(Date.now() + 14 * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T23:59`;
}

export default {
  title: 'Elements/<esfomo-countdown>',
  component: 'esfomo-countdown',
  args: { due: inTwoWeeks(), timezone: 'UTC', label: 'Submission deadline', previous: '' },
  render: (args: Args) =>
    html`<esfomo-countdown due=${args.due} timezone=${args.timezone} label=${args.label} previous=${args.previous}></esfomo-countdown>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** With no feed: `due`, `timezone` and `label` alone. */
export const Alone: Story = {};

/** A date without a time is the end of that day; AoE is UTC-12. */
export const AnywhereOnEarth: Story = {
  args: { due: inTwoWeeks().slice(0, 10), timezone: 'AoE', label: 'Full paper submission' },
};

/** An extended deadline: the earlier one struck through. */
export const Extended: Story = {
  args: {
    due: inTwoWeeks().slice(0, 10),
    timezone: 'AoE',
    label: 'Full paper submission',
    previous: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
  },
};

/** After the deadline: closed, no negative numbers. */
export const Closed: Story = {
  args: { due: '2025-05-26T23:59', timezone: 'UTC' },
};

/** A date not yet set. */
export const ToBeDecided: Story = {
  render: () => html`<esfomo-countdown tbd label="Camera-ready deadline"></esfomo-countdown>`,
};

/** From a feed: WANT 2023's extended AoE deadline. */
export const FromFeed: Story = {
  render: () => html`<esfomo-countdown src="/demo/feeds/want-2023.json" deadline="full-paper"></esfomo-countdown>`,
};

/** A deadline id that is not in the feed. */
export const UnknownDeadline: Story = {
  render: () => html`<esfomo-countdown src="/demo/feeds/want-2023.json" deadline="nope"></esfomo-countdown>`,
};

/** A `due` that is not a date. */
export const BadDue: Story = {
  args: { due: '26/05/2025' },
};

/**
 * With `prefers-reduced-motion: reduce`: hours and minutes only, changing once a minute (no
 * seconds ticking).
 */
export const ReducedMotion: Story = {
  name: 'Reduced motion',
  parameters: { emulate: { reducedMotion: 'reduce' } },
  play: async ({ canvasElement }) => {
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const el = await rendered(canvasElement, 'esfomo-countdown');
    const seconds = el.shadowRoot!.querySelector('[part~="seconds"]')!.closest('[part~="unit"]')!;
    await expect(seconds.getClientRects().length).toBe(0);
    await expect(el.shadowRoot!.querySelector('[part~="minutes"]')!.getClientRects().length).toBeGreaterThan(0);
  },
};

/** Printed: the deadline itself (label, date and time in its zone), no ticking numbers, on one page. */
export const Printed: Story = {
  name: 'Print',
  parameters: { emulate: { media: 'print' } },
  play: async ({ canvasElement }) => {
    if (!matchMedia('print').matches) return;
    const el = await rendered(canvasElement, 'esfomo-countdown');
    await expect(el.shadowRoot!.querySelector('[part~="remaining"]')!.getClientRects().length).toBe(0);
    await expect(el.shadowRoot!.querySelector('[part~="due"]')!.getClientRects().length).toBeGreaterThan(0);
  },
};
