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
 * Runs first in <head>, in every variant: sums layout shifts (CLS, shifts without recent input)
 * and records when the content is ready. For the elements: when the last defined esfomo element
 * on the page has announced its feed (`esfomo-feed-load`, or `esfomo-feed-error`, recorded as an
 * error; both fire after the element's render), after a forced layout. For static HTML: from a script at the end of <body>, after a forced layout.
 */
const PROBE = `
(() => {
  const b = (window.__bench = { cls: 0, shifts: 0, loaded: new Map(), errors: [], ready: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) { b.cls += e.value; b.shifts += 1; }
  }).observe({ type: 'layout-shift', buffered: true });
  const live = () => [...document.querySelectorAll('*')].filter(
    (el) => el.localName.startsWith('esfomo-') && el.localName !== 'esfomo-feed' && customElements.get(el.localName));
  b.done = () => { document.body.offsetHeight; b.ready = performance.now(); };
  const settled = (e) => {
    const el = e.composedPath()[0];
    if (e.type === 'esfomo-feed-error') b.errors.push(el.localName + ': ' + e.detail.error.message);
    if (el.localName === 'esfomo-feed' || b.ready) return;
    b.loaded.set(el, performance.now());
    const all = live();
    if (all.length && all.every((x) => b.loaded.has(x))) b.done();
  };
  document.addEventListener('esfomo-feed-load', settled);
  document.addEventListener('esfomo-feed-error', settled);
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
        { tag: 'esfomo-people', element: '<esfomo-people role="speaker"></esfomo-people>', html: content.peopleHtml(feed, 'speaker') },
      ],
    },
    {
      heading: 'Panelists',
      pieces: [
        { tag: 'esfomo-people', element: '<esfomo-people role="panelist"></esfomo-people>', html: content.peopleHtml(feed, 'panelist') },
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

/** The `prerendered` page as the build step leaves it (dist/node's prerender, so build first). */
export async function prerenderPage(html) {
  const { prerender } = await import('../../dist/node/prerender.js');
  const result = await prerender(html, { root: process.cwd(), url: '/bench/.out/pages/first-render-prerendered.html' });
  if (result.left) throw new Error(`bench: the prerender left ${result.left} elements for the browser: ${result.warnings.join('; ')}`);
  return result.html;
}

/**
 * What a visitor without JavaScript reads: the words of the page's text, shadow roots included
 * (declarative ones are attached by the parser), scripts, styles and templates left out. Runs in
 * the page (a page with JavaScript disabled still answers DevTools' evaluation).
 */
/* global document, Node */
export function wordsInPage() {
  const words = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) words.push(...child.textContent.split(/\s+/).filter(Boolean));
      else if (child.nodeType === Node.ELEMENT_NODE && !['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(child.nodeName)) {
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(document.body);
  return words.length;
}
