// First render: a workshop page made from the ES-FoMo 2024 demo feed, written three ways.
// - `inline`: the elements, and the page's feed inline (`<script type="application/json"
//   id="esfomo-feed">`), what a site template writes once per page;
// - `src`: the elements inside `<esfomo-feed src="…/esfomo-2024.json">` (one fetch);
// - `preload`: the same, and `<link rel="preload" as="fetch">` for the feed in <head>, so that
//   the feed downloads beside the bundle instead of after it;
// - `fallback`: as `inline`, with the static HTML written inside each element too: it shows until
//   the element has its feed, and then the element's rendering takes its place;
// - `static`: the same content as static HTML, what a site generator writes without the elements;
// - `prerendered`: the `inline` page after `esfomo-elements prerender` (its elements' content as
//   declarative shadow DOM, taken over by the same bundle); ready, as for static HTML, when a
//   script at the end of <body> runs: the content is there before any script.
// Only the sections whose elements are defined by today's bundle are written, in every variant, so
// the pages always hold the same content.
import * as content from './content.js';

/**
 * Runs first in <head>, in every variant: sums layout shifts (CLS, shifts without recent input),
 * keeps the last largest-contentful-paint candidate and the longest task (Long Tasks API: tasks
 * over 50 ms), and records when the content is ready. For
 * the elements: when every defined esfomo element on the page has its feed and has rendered it,
 * after a forced layout. An element that resolves its own feed says so with `esfomo-feed-load` (or
 * `esfomo-feed-error`, recorded as an error), fired after its render; elements inside
 * `<esfomo-feed src>` leave the event to it, and it fires before they render, so then their
 * `updateComplete` is awaited too. For static HTML and the prerendered page: from a script at the
 * end of <body>, after a forced layout. `takenOver`: when every esfomo element on the page is
 * defined and has finished its first update (for the prerendered page, when the bundle has taken
 * the declarative shadow DOM over).
 */
const PROBE = `
(() => {
  const b = (window.__bench = { cls: 0, shifts: 0, lcp: 0, longest: 0, loaded: new Set(), errors: [], ready: 0, takenOver: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longest = Math.max(b.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) { b.cls += e.value; b.shifts += 1; }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const ours = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('esfomo-') && el.localName !== 'esfomo-feed');
  const live = () => ours().filter((el) => customElements.get(el.localName));
  b.done = () => { document.body.offsetHeight; b.ready = performance.now(); };
  const settled = (e) => {
    const el = e.composedPath()[0];
    if (e.type === 'esfomo-feed-error') b.errors.push(el.localName + ': ' + e.detail.error.message);
    if (b.ready) return;
    const all = live();
    if (el.localName === 'esfomo-feed') for (const x of all) { if (el.contains(x)) b.loaded.add(x); }
    else b.loaded.add(el);
    if (all.length && all.every((x) => b.loaded.has(x)))
      Promise.all(all.map((x) => x.updateComplete)).then(() => { if (!b.ready) b.done(); });
  };
  document.addEventListener('esfomo-feed-load', settled);
  document.addEventListener('esfomo-feed-error', settled);
  document.addEventListener('DOMContentLoaded', () => {
    const all = ours();
    Promise.all(all.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete))).then(() => {
      b.takenOver = performance.now();
    });
  });
})();`;

const PAGE_CSS = `
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 16px/1.5 Georgia, serif; color: #222; }
header { border-block-end: 1px solid #ccc; }
section { margin-block: 2rem; }
`;

const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The page's pieces: each is an element (by tag) and the static HTML that stands for it. */
function sections(feed) {
  return [
    {
      heading: 'Important dates',
      pieces: [
        {
          tag: 'esfomo-countdown',
          element: '<esfomo-countdown deadline="submission"></esfomo-countdown>',
          html: content.countdownHtml(feed, 'submission'),
        },
        { tag: 'esfomo-dates', element: '<esfomo-dates></esfomo-dates>', html: content.datesHtml(feed) },
      ],
    },
    {
      heading: 'Schedule',
      pieces: [{ tag: 'esfomo-schedule', element: '<esfomo-schedule></esfomo-schedule>', html: content.scheduleHtml(feed) }],
    },
    {
      heading: 'Speakers',
      pieces: [
        { tag: 'esfomo-people', element: '<esfomo-people roles="speaker"></esfomo-people>', html: content.peopleHtml(feed, 'speaker') },
      ],
    },
    {
      heading: 'Panelists',
      pieces: [
        { tag: 'esfomo-people', element: '<esfomo-people roles="panelist"></esfomo-people>', html: content.peopleHtml(feed, 'panelist') },
      ],
    },
    {
      heading: 'Call for papers',
      intro: 'We welcome submissions on the topics below, among others.',
      pieces: [{ tag: 'esfomo-topics', element: '<esfomo-topics></esfomo-topics>', html: content.topicsHtml(feed) }],
    },
  ];
}

/** `{ inline, src, preload, static }` page sources, and the tags they use. */
export function firstRenderPages(feed, feedUrl, defined) {
  const w = feed.workshop ?? {};
  const parts = sections(feed)
    .map((s) => ({ ...s, pieces: s.pieces.filter((p) => defined.includes(p.tag)) }))
    .filter((s) => s.pieces.length);
  const piece = (p, mode) =>
    mode === 'static' ? p.html : mode === 'fallback' ? p.element.replace(/><\/(esfomo-[a-z-]+)>$/, `>${p.html}</$1>`) : p.element;
  const body = (mode) =>
    parts
      .map(
        (s) =>
          `<section><h2>${esc(s.heading)}</h2>${s.intro ? `<p>${esc(s.intro)}</p>` : ''}\n${s.pieces.map((p) => piece(p, mode)).join('\n')}\n</section>`,
      )
      .join('\n');
  const page = (mode) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="${esc(w.title)}: ${esc(w.venue)}." />
<link rel="icon" href="data:," />
<title>${esc(w.name)} ${esc(w.edition)} (${esc(w.venue)})</title>
<script>${PROBE}</script>
${mode === 'static' ? '' : '<script type="module" src="/dist/cdn/esfomo-elements.min.js"></script>'}
${mode === 'preload' ? `<link rel="preload" href="${esc(feedUrl)}" as="fetch" crossorigin="anonymous" />` : ''}
<style>${PAGE_CSS}${mode === 'static' || mode === 'fallback' ? content.STATIC_CSS : ''}</style>
</head>
<body>
<header><h1>${esc(w.name)} ${esc(w.edition)}: ${esc(w.title)}</h1><p>${esc(w.venue)}. Contact: ${esc(w.contact)}</p></header>
<main>
${mode === 'src' || mode === 'preload' ? `<esfomo-feed src="${esc(feedUrl)}">` : ''}
${body(mode)}
${mode === 'src' || mode === 'preload' ? '</esfomo-feed>' : ''}
</main>
<footer><p>${esc(w.name)} ${esc(w.edition)}, ${esc(w.venue)}.</p></footer>
${mode === 'inline' || mode === 'fallback' || mode === 'prerendered' ? `<script type="application/json" id="esfomo-feed">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>` : ''}
${mode === 'static' || mode === 'prerendered' ? '<script>__bench.done();</script>' : ''}
</body>
</html>
`;
  return {
    pages: {
      inline: page('inline'),
      fallback: page('fallback'),
      src: page('src'),
      preload: page('preload'),
      static: page('static'),
      prerendered: page('prerendered'),
    },
    tags: [...new Set(parts.flatMap((s) => s.pieces.map((p) => p.tag)))],
  };
}

/**
 * The `prerendered` page as the build step leaves it (dist/node's prerender, so build first):
 * written to `dir` as `name`, with the calendar files it links to beside it.
 */
export async function prerenderPage(html, { dir, name, url }) {
  const { prerender } = await import('../../dist/node/prerender.js');
  const result = await prerender(html, { root: process.cwd(), url });
  if (result.left) throw new Error(`bench: the prerender left ${result.left} elements for the browser: ${result.warnings.join('; ')}`);
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  for (const file of result.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  writeFileSync(join(dir, name), result.html);
  return result;
}

/**
 * What a visitor reads: the words of the page's visible text in the composed tree (a shadow
 * host's shadow root instead of its children, a slot's assigned nodes or else its fallback;
 * declarative shadow roots are attached by the parser, with or without JavaScript), text under an
 * element that `checkVisibility()` says is not rendered left out, as are scripts, styles and
 * templates. Runs in the page (a page with JavaScript disabled still answers DevTools' evaluation).
 */
/* global document, Node */
export function wordsInPage() {
  let words = 0;
  const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const children = (node) =>
    node.shadowRoot
      ? node.shadowRoot.childNodes
      : node.localName === 'slot'
        ? node.assignedNodes().length
          ? node.assignedNodes()
          : node.childNodes
        : node.childNodes;
  const walk = (node) => {
    for (const child of children(node)) {
      if (child.nodeType === Node.TEXT_NODE) {
        const parent = child.parentElement;
        if (!parent || parent.checkVisibility()) words += child.textContent.split(/\s+/).filter(Boolean).length;
      } else if (child.nodeType === Node.ELEMENT_NODE && !skip.has(child.nodeName)) walk(child);
    }
  };
  walk(document.body);
  return words;
}
