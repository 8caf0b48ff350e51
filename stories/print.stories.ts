import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import '../src/index.js';
import { programme, seedFeed } from './support.js';

/** Every element of the canvas, through the shadow roots. */
function deep(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(selector)) found.push(el);
    if (el.shadowRoot) found.push(...deep(el.shadowRoot, selector));
  }
  return found;
}

const shown = (el: Element) => el.getClientRects().length > 0;

/**
 * The whole programme as it prints: every element has a print stylesheet. Photos and coloured
 * initials print (`print-color-adjust: exact`), cards, dates and the countdown are not split
 * across pages, the countdown prints as its deadline (no ticking numbers), and no calendar
 * link, tab or toggle is printed.
 */
export default {
  title: 'Print',
  parameters: { emulate: { media: 'print' } },
  render: () => html`<esfomo-feed src=${seedFeed('esfomo-2024')}>${programme({ deadline: 'submission' })}</esfomo-feed>`,
} satisfies Meta;

type Story = StoryObj;

/** ES-FoMo II 2024's programme, printed. */
export const WholeProgramme: Story = {
  name: 'The whole programme, printed',
  play: async ({ canvasElement }) => {
    // The checks hold under print media (the browser test emulates it; so can DevTools).
    if (!matchMedia('print').matches) return;
    const feed = canvasElement.querySelector('esfomo-feed')!;
    const elements = [...feed.querySelectorAll('*')].filter((el) => el.localName.startsWith('esfomo-')) as (Element & {
      updateComplete?: Promise<unknown>;
    })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    await expect(deep(canvasElement, '[part~="calendar"], [part~="calendar-google"], [part~="calendar-outlook"]').filter(shown)).toEqual(
      [],
    );
    await expect(deep(canvasElement, 'button, [role="tab"]').filter(shown)).toEqual([]);
    for (const remaining of deep(canvasElement, '[part~="remaining"]')) await expect(shown(remaining)).toBe(false);
    for (const card of deep(canvasElement, '[part~="card"]')) await expect(getComputedStyle(card).breakInside).toBe('avoid');
    for (const due of deep(canvasElement, 'esfomo-countdown'))
      await expect(getComputedStyle(due.shadowRoot!.querySelector('[part~="base"]')!).breakInside).toBe('avoid');
  },
};
