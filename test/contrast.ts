/**
 * Contrast as the visitor sees it: an element's computed colour, painted over the effective
 * background behind it (every ancestor's background, through shadow roots, down to the
 * canvas), then WCAG's contrast ratio. The browser itself resolves the colours (color-mix,
 * currentColor, custom properties) by painting them on a canvas.
 */
import type { FeedInput } from '../src/feed/types.js';

type Rgb = [number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;

/** The pixel that painting `layers` in order (bottom first) over white gives. */
function paint(layers: string[]): Rgb {
  ctx.globalCompositeOperation = 'source-over';
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 1, 1);
  for (const layer of layers) {
    ctx.fillStyle = '#010203';
    ctx.fillStyle = layer;
    if (ctx.fillStyle === '#010203' && !/^#010203$/i.test(layer)) throw new Error(`the canvas cannot paint ${layer}`);
    ctx.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** The backgrounds behind `el`, bottom first, from the nearest opaque one up. */
function backgrounds(el: Element): string[] {
  const layers: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const view = node.ownerDocument.defaultView!;
    const bg = view.getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
      layers.unshift(bg);
      if (paint([bg]).join() === paint(['#000', bg]).join()) break; // opaque: nothing below shows
    }
  }
  return layers;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG's contrast ratio of `color` (any CSS colour, as computed) over the effective background of `el`. */
export function contrastOn(el: Element, color: string): number {
  const under = backgrounds(el);
  const a = luminance(paint([...under, color]));
  const b = luminance(paint(under));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The colour at the start of a computed `box-shadow` (`rgb(…) 4px 0px 0px 0px inset`). */
export function shadowColor(boxShadow: string): string {
  const m = /^((?:rgba?|color|oklab|oklch|lab|lch|hsla?)\([^)]*\)|#[0-9a-f]+|[a-z]+)/i.exec(boxShadow.trim());
  if (!m) throw new Error(`no colour in box-shadow ${boxShadow}`);
  return m[1];
}

/**
 * A feed whose one day is today in a zone where the day is well under way (so an item of
 * that day is in progress, marked "now", whenever the test runs), with two days for tabs.
 */
export function liveFeed(): FeedInput {
  const hour = new Date().getUTCHours();
  const timezone = hour >= 1 && hour <= 21 ? 'UTC' : 'Asia/Tokyo';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
  return {
    version: 1,
    workshop: { name: 'ES-FoMo', timezone },
    people: [{ id: 'tri-dao', name: 'Tri Dao', affiliation: 'Princeton', roles: ['speaker'], url: 'https://tridao.me/' }],
    schedule: [
      {
        date: today,
        items: [
          { start: '00:00', end: '23:30', title: 'All day long', kind: 'talk', speakers: ['tri-dao'], url: 'https://example.org/talk' },
        ],
      },
      { date: '2099-01-01', items: [{ start: '09:00', title: 'Far away', kind: 'remarks' }] },
    ],
    dates: [
      { id: 'submission', label: 'Submission deadline', due: '2099-05-26T23:59', timezone: 'UTC', url: 'https://example.org/submit' },
    ],
  };
}

/** Every colour the elements draw that must stand out, with the contrast it needs, and what it has. */
export function measure(schedule: Element, dates: Element, people: Element): { what: string; ratio: number; needs: number }[] {
  const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);
  const $ = (root: Element, selector: string) => {
    const found = root.shadowRoot!.querySelector(selector);
    if (!found) throw new Error(`${root.localName}: no ${selector}`);
    return found as HTMLElement;
  };
  const badge = $(schedule, '[part="now-badge"]');
  const bar = $(schedule, 'tr[aria-current] > :first-child');
  const tab = $(schedule, '[part~="tab-selected"]');
  tab.focus({ focusVisible: true } as FocusOptions);
  if (!tab.matches(':focus-visible')) throw new Error('the day tab does not show its focus ring');
  const ring = style(tab).outlineColor;
  const links = [
    $(schedule, 'td a, th a'),
    $(schedule, '[part="calendar"]'),
    $(dates, '[part="calendar"]'),
    $(dates, '[part="label"] a, li a'),
    $(people, '[part="name"] a'),
  ];
  return [
    { what: 'the now badge (its frame)', ratio: contrastOn(badge, style(badge).borderTopColor), needs: 3 },
    { what: 'the now badge (its text)', ratio: contrastOn(badge, style(badge).color), needs: 4.5 },
    { what: 'the now bar', ratio: contrastOn(bar, shadowColor(style(bar).boxShadow)), needs: 3 },
    { what: 'the selected tab line (the accent)', ratio: contrastOn(tab, style(tab).borderBottomColor), needs: 3 },
    { what: 'the focus ring', ratio: contrastOn(tab, ring), needs: 3 },
    ...links.map((a) => ({ what: `the link ${a.textContent!.trim()}`, ratio: contrastOn(a, style(a).color), needs: 4.5 })),
  ];
}
