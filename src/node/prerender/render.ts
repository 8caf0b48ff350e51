/**
 * One element rendered with Lit SSR, as its browser twin would first render it: the page's
 * attributes as written, the feed as its `feed` property, the language of the page around it.
 * Only `willUpdate` and `render` run (Lit's server rendering), so the result is the element's
 * declarative shadow root: `<template shadowrootmode="open">…</template>`.
 */
import { library } from './library.js';

export interface ElementInput {
  tag: string;
  attrs: { name: string; value: string }[];
  /** The `lang` around the element when it has none itself (what the browser would read). */
  lang?: string;
  /** The feed, as parsed from its JSON (the element validates it as in the browser). */
  feed?: unknown;
}

export interface Rendered {
  /** The shadow root's content (styles, then the template with Lit's hydration markers). */
  html: string;
  /** Whether the element showed its content (not a message or its loading state). */
  shown: boolean;
  /** What the element wrote to the console while rendering. */
  console: string[];
}

type Console = Pick<typeof console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Runs `work` with the console's output collected (warnings and errors), not printed. */
function quietly<T>(work: () => T): { value: T; lines: string[] } {
  const lines: string[] = [];
  const saved: Partial<Console> = {};
  for (const level of LEVELS) {
    saved[level] = console[level];
    console[level] = (...args: unknown[]) => {
      if (level === 'warn' || level === 'error') lines.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
    };
  }
  try {
    return { value: work(), lines };
  } finally {
    Object.assign(console, saved);
  }
}

export async function renderElement(input: ElementInput): Promise<Rendered> {
  const { ssr, collectResultSync } = await library();
  const { LitElementRenderer } = ssr;
  const { value, lines } = quietly(() => {
    const renderer = new LitElementRenderer(input.tag);
    for (const { name, value } of input.attrs) renderer.setAttribute(name, value);
    const element = renderer.element as unknown as HTMLElement & { view?: { kind: string } };
    if (input.lang && !element.hasAttribute('lang')) element.setAttribute('lang', input.lang);
    if (input.feed !== undefined) renderer.setProperty('feed', input.feed);
    renderer.connectedCallback();
    const renderInfo = {
      elementRenderers: [LitElementRenderer],
      customElementInstanceStack: [renderer],
      customElementHostStack: [renderer],
      eventTargetStack: [],
      slotStack: [],
      deferHydration: false,
    };
    const shadow = renderer.renderShadow(renderInfo as never);
    const html = shadow === undefined ? '' : collectResultSync(shadow as never);
    return { html, shown: element.view?.kind === 'model' };
  });
  return { html: `<template shadowrootmode="open">${value.html}</template>`, shown: value.shown, console: lines };
}
