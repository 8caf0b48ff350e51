import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/schedule.js';
import type { FeedInput } from '../src/feed/types.js';
import { rendered } from './support.js';
import { pastEdge } from './reflow.js';

interface Args {
  src?: string;
  feed?: FeedInput;
  day?: string;
  tabs?: string;
  timezone?: string;
  zones?: string;
}

/** Two days in Vienna across the end of summer time (27 October 2024). */
const twoDays: FeedInput = {
  version: 1,
  workshop: { name: 'Demo', timezone: 'Europe/Vienna' },
  people: [{ id: 'albert-gu', name: 'Albert Gu', affiliation: 'Carnegie Mellon' }],
  schedule: [
    {
      date: '2024-10-26',
      items: [
        { start: '09:00', title: 'Opening remarks', kind: 'remarks' },
        {
          start: '09:15',
          end: '10:15',
          title: 'Session I: Architectures',
          kind: 'session',
          items: [{ title: 'A Deep Dive into State-Space Models', kind: 'talk', speakers: ['albert-gu'] }],
        },
        { start: '10:15', end: '10:45', title: 'Coffee break', kind: 'break' },
      ],
    },
    {
      date: '2024-10-27',
      note: 'Clocks go back an hour overnight.',
      items: [
        {
          start: '09:00',
          title: 'Panel: Data and Architecture Trends',
          kind: 'panel',
          tentative: true,
          speakers: [{ name: 'Dylan Patel', affiliation: 'SemiAnalysis' }],
          moderators: [{ name: 'To be announced' }],
        },
        { start: '10:00', end: '10:30', title: 'Awards', kind: 'awards' },
      ],
    },
  ],
};

/** A morning whose page named its items' kinds ("Invited Talk", "Oral", "Lightning Talks"): each shown, small, before the title. */
const labelled: FeedInput = {
  version: 1,
  workshop: { name: 'ES-FoMo', edition: 'II', timezone: 'Europe/Vienna' },
  schedule: [
    {
      date: '2024-07-26',
      items: [
        {
          start: '09:00',
          end: '09:30',
          title: 'A Deep Dive into State-Space Models',
          kind: 'talk',
          label: 'Invited Talk',
          speakers: [{ name: 'Albert Gu', affiliation: 'Carnegie Mellon' }],
        },
        {
          start: '09:30',
          end: '09:45',
          title: 'Marlin: a Fast 4-Bit Inference Kernel',
          kind: 'contributed',
          label: 'Oral',
          speakers: [{ name: 'Elias Frantar', affiliation: 'IST Austria' }],
        },
        { start: '09:45', end: '10:15', title: 'Five papers in five minutes each', kind: 'contributed', label: 'Lightning Talks' },
        { start: '10:15', end: '10:45', title: 'Coffee break', kind: 'break' },
      ],
    },
  ],
};

/** A day that is always today, in the visitor's zone, so the now-marker shows. */
function today(): FeedInput {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const h = now.getHours();
  const at = (d: number) => `${pad(Math.min(23, Math.max(0, h + d)))}:00`;
  return {
    version: 1,
    workshop: { timezone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    schedule: [
      {
        date,
        items: [
          { start: at(-1), title: 'Earlier talk', kind: 'talk' },
          { start: at(0), title: 'The talk in progress', kind: 'talk' },
          { start: at(1), end: at(2), title: 'Later talk', kind: 'talk' },
        ],
      },
    ],
  };
}

export default {
  title: 'Elements/<esfomo-schedule>',
  component: 'esfomo-schedule',
  argTypes: {
    day: { control: 'text' },
    tabs: { control: 'select', options: ['auto', 'shown', 'hidden'] },
    timezone: { control: 'text' },
    zones: { control: 'select', options: ['toggle', 'picker'] },
  },
  render: (args) =>
    html`<esfomo-schedule .feed=${args.feed} src=${args.src ?? ''} day=${args.day ?? ''} tabs=${args.tabs ?? ''} timezone=${args.timezone ?? ''} zones=${args.zones ?? ''}></esfomo-schedule>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const ESFoMo2024: Story = { name: 'ES-FoMo II 2024', args: { src: '/demo/feeds/esfomo-2024.json' } };
export const ESFoMo2023: Story = { name: 'ES-FoMo 2023', args: { src: '/demo/feeds/esfomo-2023.json' } };
export const VisitorsZone: Story = { args: { src: '/demo/feeds/esfomo-2024.json', timezone: 'local' } };
export const NamedZone: Story = { args: { src: '/demo/feeds/esfomo-2024.json', timezone: 'Asia/Tokyo' } };
/** `zones="picker"`: a list of every time zone, the visitor's and the event's first, beside the toggle. */
export const ZonePicker: Story = { args: { src: '/demo/feeds/esfomo-2024.json', zones: 'picker' } };
/**
 * A link to a row of day two (`#program-2024-10-27-awards` on a schedule with `id="program"`):
 * the day is selected, the row scrolled into view and marked for a moment.
 */
export const DeepLinkedRow: Story = {
  args: { feed: twoDays },
  render: (args) => html`<esfomo-schedule id="program" .feed=${args.feed}></esfomo-schedule>`,
  play: async ({ canvasElement }) => {
    await rendered(canvasElement, 'esfomo-schedule');
    history.replaceState(history.state, '', '#program-2024-10-27-awards');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  },
};
/** A talk's own calendar links, opened from its row (`.ics`, Google Calendar, Outlook). */
export const RowCalendarLinks: Story = {
  args: { feed: twoDays },
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement, 'esfomo-schedule');
    el.shadowRoot!.querySelector<HTMLElement>('[part="item-calendar-toggle"]')!.click();
    await el.updateComplete;
  },
};
export const SeveralDaysWithTabs: Story = { args: { feed: twoDays } };
export const OneDayPicked: Story = { args: { feed: twoDays, day: '2024-10-27' } };
export const DayPickedWithTabs: Story = { args: { feed: twoDays, day: '2024-10-27', tabs: 'shown' } };
export const Labels: Story = { args: { feed: labelled } };
/** The same morning on a 12-hour clock (`hour-cycle="h12"`), as an en-US page writes it. */
export const TwelveHourClock: Story = {
  args: { feed: labelled },
  render: (args) => html`<esfomo-schedule .feed=${args.feed} hour-cycle="h12"></esfomo-schedule>`,
};
export const ItemInProgress: Story = { args: { feed: today() } };
export const Narrow: Story = {
  args: { src: '/demo/feeds/esfomo-2024.json' },
  render: (args) => html`<div style="max-width: 22rem"><esfomo-schedule src=${args.src ?? ''}></esfomo-schedule></div>`,
};
/**
 * On a 320 px phone, with words wider than it (a repository's name, a compound, an address):
 * they break, and nothing pushes the page sideways (WCAG 1.4.10, reflow).
 */
export const LongWordsOnAPhone: Story = {
  name: 'Long words at 320 px',
  args: {
    feed: {
      version: 1,
      workshop: { name: 'ES-FoMo', timezone: 'Europe/Vienna' },
      people: [{ id: 'k', name: 'Konstantinos Papadopoulos-Wolfeschlegelsteinhausen', affiliation: 'Max-Planck-Institut für Informatik' }],
      schedule: [
        {
          date: '2024-07-26',
          items: [
            { start: '09:00', end: '09:45', title: 'github.com/HazyResearch/flash-attention-reproductions', speakers: ['k'] },
            { start: '09:45', end: '10:00', title: 'Donaudampfschifffahrtsgesellschaftskapitänskajüte' },
          ],
        },
      ],
    } as FeedInput,
  },
  render: (args) => html`<div style="width: 320px"><esfomo-schedule .feed=${args.feed}></esfomo-schedule></div>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement, 'esfomo-schedule');
    await expect(pastEdge(el, el.getBoundingClientRect().right)).toEqual([]);
  },
};
export const BadInput: Story = {
  args: {
    feed: {
      version: 1,
      schedule: [
        { date: '2024-02-30', items: [{ start: '09:00', title: 'A day with a bad date (skipped)' }] },
        {
          date: '2024-07-26',
          items: [
            { start: '25:99', title: 'A bad start (skipped)' },
            { start: '09:00', title: 'The rest shows', speakers: ['unknown-id'] },
          ],
        },
      ],
    } as FeedInput,
    timezone: 'Mars/Olympus_Mons',
  },
};
export const NothingShowable: Story = { args: { feed: { version: 1, schedule: [{ date: '2024-13-01', items: [] }] } as FeedInput } };
