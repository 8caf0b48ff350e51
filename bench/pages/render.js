// Render at scale, in the page: an element given its feed versus the same content as HTML, three
// ways: the static twin (what a site generator writes, with a stylesheet close to the elements'
// look), the bare markup a Markdown page renders to (no stylesheet), and the element's own output
// served as static HTML (its shadow DOM, taken once, and its styles, set as HTML in a shadow root:
// the DOM and CSS cost of what it draws, without its script). The harness calls
// `window.bench.run(...)` once per scenario; everything timed happens here, in one page,
// interleaved, so every side sees the same warmed-up engine.
import * as content from '/bench/lib/content.js';

document.getElementById('static-css').textContent = content.STATIC_CSS;
const stage = document.getElementById('stage');

/** Each scenario: the element, its generated feed, the static markup of the same content, and a text both must show. */
const SCENARIOS = {
  schedule: {
    tag: 'esfomo-schedule',
    feed: (n) => content.scheduleFeed(n),
    html: (feed) => content.scheduleHtml(feed),
    bare: (feed) => content.bareScheduleHtml(feed),
    last: (feed) => {
      const item = feed.schedule[0].items.at(-1);
      return (item.items?.at(-1) ?? item).title;
    },
  },
  people: {
    tag: 'esfomo-people',
    feed: (n) => content.peopleFeed(n),
    html: (feed) => content.peopleHtml(feed),
    bare: (feed) => content.barePeopleHtml(feed),
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

/** One timed run of markup a site generator (or Markdown) wrote, parsed and laid out. */
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

/**
 * The element's output as static HTML: its shadow root's markup and its styles (adopted style
 * sheets, written out as one <style>), and its host's attributes, for a host of a tag no script
 * defines (a valid custom element name, so it keeps the element's defaults and takes `:host`).
 */
function ownOutput(el, styles) {
  const root = el.shadowRoot;
  const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n');
  const markup = css && styles === 'style' ? `<style>${css}</style>${root.innerHTML}` : root.innerHTML;
  const sheets = styles === 'style' ? [] : root.adoptedStyleSheets;
  return {
    tag: `bench-copy-${el.localName}`,
    attributes: [...el.attributes].map((a) => [a.name, a.value]),
    markup,
    sheets,
    cssBytes: css.length,
  };
}

/** One timed run of the element's own output: its host in the page (shadow root empty), then the markup set in it and laid out. */
async function timeOwn(own) {
  await clear();
  const host = document.createElement(own.tag);
  for (const [name, value] of own.attributes) host.setAttribute(name, value);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = own.sheets;
  stage.append(host);
  forceLayout();
  const t0 = performance.now();
  root.innerHTML = own.markup;
  forceLayout();
  const t1 = performance.now();
  await nextFrame();
  const t2 = performance.now();
  return { layout: t1 - t0, frame: t2 - t0, root };
}

/** The text of a tree, styles left out, whitespace folded. */
function text(root) {
  let out = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentNode.nodeName !== 'STYLE') out += node.data;
  return out.replace(/\s+/g, ' ');
}

/**
 * Runs one scenario: `warm` untimed rounds, then timed rounds, each timing the element, the
 * static twin, the bare markup (where the scenario has one) and the element's own output (the
 * order rotating every round). At least `reps` rounds, and more while the timed rounds have
 * taken less than `budget` ms (at most `most`), so that a quick scenario gets more runs and a
 * noisy machine moves its median less; where one run of the element takes longer than `slow` ms,
 * 7 rounds after one warm-up.
 */
async function run(name, n, { reps = 9, warm = 2, slow = 400, budget = 6000, most = 41, styles = 'adopted' } = {}) {
  const sc = SCENARIOS[name];
  if (!customElements.get(sc.tag)) return { skipped: `<${sc.tag}> not built yet` };
  const feedObject = sc.feed(n);
  const feedText = JSON.stringify(feedObject);
  const markup = sc.html(feedObject);
  const bare = sc.bare?.(feedObject);
  const expected = sc.last(feedObject).replace(/\s+/g, ' ');

  // A check run, untimed: the element must show all of the content, and no message.
  const check = await timeElement(sc, feedText, true);
  const root = check.el.shadowRoot;
  const problem = root?.querySelector('[part~="message"]');
  if (problem) return { error: `<${sc.tag}> showed a message: ${text(problem).trim()}` };
  if (!text(root).includes(expected)) return { error: `<${sc.tag}> did not show the feed's last item ("${expected}")` };
  const deep = [...root.querySelectorAll('*')].some((child) => 'updateComplete' in child);
  const own = ownOutput(check.el, styles);
  const nodes = { element: root.querySelectorAll('*').length };
  await timeStatic(markup);
  nodes.static = stage.querySelectorAll('*').length;
  if (bare) {
    await timeStatic(bare);
    nodes.bare = stage.querySelectorAll('*').length;
  }
  const copy = await timeOwn(own);
  nodes.own = copy.root.querySelectorAll('*').length;
  if (text(copy.root) !== text(root)) return { error: `the copy of <${sc.tag}>'s output does not show the same text` };

  const sides = {
    element: () => timeElement(sc, feedText, deep),
    static: () => timeStatic(markup),
    ...(bare ? { bare: () => timeStatic(bare) } : {}),
    own: () => timeOwn(own),
  };
  const names = Object.keys(sides);
  const times = Object.fromEntries(names.map((k) => [k, []]));
  const round = async (i, keep) => {
    for (const k of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {
      const { layout, frame } = await sides[k]();
      if (keep) times[k].push({ layout, frame });
    }
  };
  // A slow scenario is told from a warm run of the element (the check run is cold).
  let i = 0;
  await round(i++, false);
  if ((await sides.element()).layout > slow) [reps, warm, most] = [Math.min(reps, 7), Math.min(warm, 1), Math.min(reps, 7)];
  for (; i < warm; i += 1) await round(i, false);
  const t0 = performance.now();
  for (let r = 0; r < most && (r < reps || performance.now() - t0 < budget); r += 1, i += 1) await round(i, true);
  await clear();
  return {
    tag: sc.tag,
    n,
    feedBytes: feedText.length,
    htmlBytes: markup.length,
    bareBytes: bare?.length,
    ownBytes: own.markup.length,
    cssBytes: own.cssBytes,
    nodes,
    ...times,
  };
}

window.bench = { run, ready: true };
