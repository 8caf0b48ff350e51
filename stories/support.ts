/**
 * What the stories share: the demo feeds, feeds in the states a story needs to show
 * (loading forever, not JSON, hostile text), and the whole programme for one feed.
 * Not a story file itself; any `stories/*.stories.ts` may import it.
 */
import { html, nothing } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { elementDeclarations } from '../.storybook/arg-types.js';
import '../src/index.js';

/**
 * The four feeds made from the seed pages, in `demo/feeds/` (a static dir of the catalogue; the
 * tests' server serves the repository). The addresses are relative, so the built catalogue works
 * wherever it is served from.
 */
export const SEED_FEEDS = ['esfomo-2023', 'esfomo-2024', 'esfomo-2025', 'want-2023'] as const;
export type SeedFeed = (typeof SEED_FEEDS)[number];

/** The address of a seed feed. */
export const seedFeed = (name: SeedFeed): string => `demo/feeds/${name}.json`;

/** The address of a feed that does not exist (HTTP 404). */
export const MISSING_FEED = 'demo/feeds/no-such-feed.json';

const PENDING_PREFIX = '/__esfomo-stories__/pending/';
const shim = globalThis as { __esfomoPendingFetch?: boolean };
if (!shim.__esfomoPendingFetch) {
  // A feed address that never answers, so that a story can show the loading state for as long
  // as one looks at it. Only this made-up address is held; every other request goes through.
  shim.__esfomoPendingFetch = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes(PENDING_PREFIX)) return new Promise<Response>(() => {});
    return realFetch.call(globalThis, input, init);
  };
}

let pending = 0;
/** A new address of a feed that never arrives (each call a new one: feeds are cached per address). */
export const pendingFeed = (): string => `${PENDING_PREFIX}${++pending}.json`;

/** An address serving `text` as the feed, e.g. something that is not JSON. */
export const feedFromText = (text: string): string => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

/**
 * Strings that would inject markup or run script if an element used them as HTML. The script
 * they would run sets `window.esfomoInjected`, which the story test checks after every story.
 */
export const HOSTILE = [
  '<img src=x onerror="window.esfomoInjected=1">',
  '<script>window.esfomoInjected=1</script>',
  '"><svg onload="window.esfomoInjected=1">',
  '</li></ul><h1>An injected heading</h1>',
  '{{constructor.constructor("window.esfomoInjected=1")()}}',
  'javascript:window.esfomoInjected=1',
];

/** The tags that show part of a feed (every element but `<esfomo-feed>`), in the manifest's order. */
export function programmeTags(): string[] {
  const tags = elementDeclarations().map((d) => d.tagName!);
  return (tags.length ? tags : ['esfomo-topics']).filter((tag) => tag !== 'esfomo-feed' && customElements.get(tag));
}

const TITLES: Record<string, string> = {
  'esfomo-schedule': 'Schedule',
  'esfomo-people': 'People',
  'esfomo-countdown': 'Countdown',
  'esfomo-dates': 'Important dates',
  'esfomo-topics': 'Topics',
  'esfomo-papers': 'Accepted papers',
};

/**
 * Every element with a bare tag, each under a heading, as a site page would have them:
 * put it inside an `<esfomo-feed>` or next to the page's feed. `deadline` names the
 * date a countdown counts down to.
 */
export function programme({ deadline }: { deadline?: string } = {}): unknown {
  return programmeTags().map((tag) => {
    const title = TITLES[tag] ?? tag.replace(/^esfomo-/, '');
    const name = unsafeStatic(tag);
    return html`<section>
      <h3>${title}</h3>
      ${tag === 'esfomo-countdown' ? staticHtml`<${name} deadline=${deadline ?? nothing}></${name}>` : staticHtml`<${name}></${name}>`}
    </section>`;
  });
}

/** A story's element of tag `tag`, once it has rendered: for a story's `play`. */
export async function rendered(canvas: HTMLElement, tag: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const el = canvas.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}
