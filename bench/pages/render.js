// Render at scale, in the page: an element given its feed versus the same content as static HTML.
// The harness calls `window.bench.run(...)` once per scenario; everything timed happens here,
// in one page, interleaved, so both sides see the same warmed-up engine.
import * as content from '/bench/lib/content.js';

document.getElementById('static-css').textContent = content.STATIC_CSS;
const stage = document.getElementById('stage');

/** Each scenario: the element, its generated feed, the static markup of the same content, and a text both must show. */
const SCENARIOS = {
  schedule: {
    tag: 'esfomo-schedule',
    feed: (n) => content.scheduleFeed(n),
    html: (feed) => content.scheduleHtml(feed),
    last: (feed) => {
      const item = feed.schedule[0].items.at(-1);
      return (item.items?.at(-1) ?? item).title;
    },
  },
  people: {
    tag: 'esfomo-people',
    feed: (n) => content.peopleFeed(n),
    html: (feed) => content.peopleHtml(feed),
    last: (feed) => feed.people.at(-1).name,
  },
  topics: {
    tag: 'esfomo-topics',
    feed: (n) => content.topicsFeed(n),
    html: (feed) => content.topicsHtml(feed),
    last: (feed) => {
      let t = feed.topics.at(-1);
      while (typeof t !== 'string') t = t.items.at(-1) ?? t.title;
      return t;
    },
  },
};

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Waits for a Lit element (and, when `deep`, the Lit elements in its shadow root) to finish updating. */
async function settled(el, deep) {
  while (!(await el.updateComplete));
  if (!deep) return;
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) if ('updateComplete' in child) await settled(child, true);
}

function forceLayout() {
  stage.getBoundingClientRect();
  return stage.offsetHeight;
}

async function clear() {
  stage.replaceChildren();
  forceLayout();
  await nextFrame();
  globalThis.gc?.();
}

/**
 * One timed run of the element: it is in the page (showing its no-feed message) when the clock
 * starts; then it gets its feed, validates it, renders, and the page is laid out.
 * `layout` ends after a forced layout; `frame` after the next animation frame (style, layout and
 * paint of that frame included).
 */
async function timeElement(sc, feedText, deep) {
  await clear();
  const feed = JSON.parse(feedText); // a fresh object: the validator caches per object
  const el = document.createElement(sc.tag);
  stage.append(el);
  await settled(el, false);
  forceLayout();
  const t0 = performance.now();
  el.feed = feed;
  await settled(el, deep);
  forceLayout();
  const t1 = performance.now();
  await nextFrame();
  const t2 = performance.now();
  return { layout: t1 - t0, frame: t2 - t0, el };
}

/** One timed run of the static twin: the markup a site generator wrote, parsed and laid out. */
async function timeStatic(markup) {
  await clear();
  const t0 = performance.now();
  stage.innerHTML = markup;
  forceLayout();
  const t1 = performance.now();
  await nextFrame();
  const t2 = performance.now();
  return { layout: t1 - t0, frame: t2 - t0 };
}

const text = (root) => (root?.textContent ?? '').replace(/\s+/g, ' ');

/**
 * Runs one scenario: `warm` untimed rounds, then timed rounds, each timing the element and the
 * static HTML (alternating which goes first). At least `reps` rounds, more for a quick scenario
 * (enough for about `budget` ms of the element, at most 31) so that a noisy machine moves the
 * median less; where one run takes longer than `slow` ms, 7 rounds after one warm-up.
 */
async function run(name, n, { reps = 9, warm = 2, slow = 400, budget = 2000 } = {}) {
  const sc = SCENARIOS[name];
  if (!customElements.get(sc.tag)) return { skipped: `<${sc.tag}> not built yet` };
  const feedObject = sc.feed(n);
  const feedText = JSON.stringify(feedObject);
  const markup = sc.html(feedObject);
  const expected = sc.last(feedObject).replace(/\s+/g, ' ');

  // A check run, untimed: the element must show all of the content, and no message.
  const check = await timeElement(sc, feedText, true);
  const root = check.el.shadowRoot;
  const problem = root?.querySelector('[part~="message"]');
  if (problem) return { error: `<${sc.tag}> showed a message: ${text(problem).trim()}` };
  if (!text(root).includes(expected)) return { error: `<${sc.tag}> did not show the feed's last item ("${expected}")` };
  const deep = [...root.querySelectorAll('*')].some((child) => 'updateComplete' in child);
  if (check.layout > slow) [reps, warm] = [Math.min(reps, 7), Math.min(warm, 1)];
  else reps = Math.min(31, Math.max(reps, Math.ceil(budget / Math.max(check.layout, 1))));
  const nodes = { element: root.querySelectorAll('*').length };
  await timeStatic(markup);
  nodes.static = stage.querySelectorAll('*').length;

  const element = [];
  const plain = [];
  for (let i = 0; i < warm + reps; i += 1) {
    let e, s;
    if (i % 2 === 0) {
      e = await timeElement(sc, feedText, deep);
      s = await timeStatic(markup);
    } else {
      s = await timeStatic(markup);
      e = await timeElement(sc, feedText, deep);
    }
    if (i < warm) continue;
    element.push({ layout: e.layout, frame: e.frame });
    plain.push(s);
  }
  await clear();
  return { tag: sc.tag, n, feedBytes: feedText.length, htmlBytes: markup.length, nodes, element, static: plain };
}

window.bench = { run, ready: true };
