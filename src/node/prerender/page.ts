/**
 * Build-time rendering of one HTML page: every esfomo element gets its declarative shadow root
 * as its first child, rendered by Lit SSR from the feed the browser would give it. The page is
 * parsed (parse5, with source offsets) but never re-serialised: the rendered templates are
 * spliced into the original text, so everything outside the elements stays byte for byte.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { Feed } from '../../feed/types.js';
import { feedReader, normalBase, type FeedSource, type ReadFeed } from './feeds.js';
import { renderElement } from './render.js';
import { calendarFiles, calendarLinks, type CalendarLinks, type CalendarWant } from './calendars.js';
import { structuredData, STRUCTURED_DATA_ATTR } from './structured-data.js';
import { library } from './library.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

/** The elements rendered at build time (`<esfomo-feed>` shows nothing of its own). */
export const RENDERED = ['esfomo-schedule', 'esfomo-people', 'esfomo-countdown', 'esfomo-dates', 'esfomo-topics', 'esfomo-papers'];

export interface PrerenderOptions {
  /** The site's folder: root-relative feed addresses (`/data/feed.json`) are read from it. Default: the current folder. */
  root?: string;
  /** The page's address in the site (`/2024/index.html`) or its full URL: relative addresses are read against it. Default: `/` (under `base`). */
  url?: string;
  /**
   * The path the site is served under (Jekyll's `baseurl`, `/al-folio` for a GitHub project
   * site): a feed address under it (`/al-folio/assets/feed.json`) is read from `root` without it.
   * Default: none (the site is served at its domain's root).
   */
  base?: string;
  /** The DTSTAMP of the calendar files (ms). Default: `SOURCE_DATE_EPOCH` when set, else now. */
  stamp?: number;
}

export interface PrerenderResult {
  /** The page with every element it could render filled in. */
  html: string;
  /** What it could not use, each naming the element's line, the feed and the JSON path or reason. */
  warnings: string[];
  /** How many elements were rendered. */
  rendered: number;
  /** How many esfomo elements were left for the browser. */
  left: number;
  /** Calendar files the rendered links point to, to be written beside the page (`path` is relative to the page's folder). */
  files: { path: string; text: string }[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;
const isJsonScript = (el: Element) => el.tagName === 'script' && /^application\/(ld\+)?json$/i.test(attr(el, 'type')?.trim() ?? '');
const textOf = (el: Element) => el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
const isShadowTemplate = (node: Node | undefined): node is Template =>
  !!node &&
  isElement(node) &&
  node.tagName === 'template' &&
  (attr(node, 'shadowrootmode') !== undefined || attr(node, 'shadowroot') !== undefined);

/** An element found in the page, with what the browser would see around it. */
interface Found {
  el: Element;
  /** The nearest `<esfomo-feed>` around it. */
  feedEl?: Element;
  /** The outermost `<esfomo-feed>` around it (structured data goes after it, not inside). */
  outerFeedEl?: Element;
  lang?: string;
}

function walk(doc: Node): { found: Found[]; pageFeed?: Element; head?: Element; oldData: Element[] } {
  const found: Found[] = [];
  const oldData: Element[] = [];
  let pageFeed: Element | undefined;
  let seenId = false;
  let head: Element | undefined;
  const visit = (node: Node, feedEl: Element | undefined, outerFeedEl: Element | undefined, lang: string | undefined) => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      // Template content is not part of the document: not rendered, not searched.
      if (child.tagName === 'template') continue;
      const ownLang = attr(child, 'lang') || lang;
      if (!seenId && attr(child, 'id') === 'esfomo-feed') {
        seenId = true;
        if (isJsonScript(child)) pageFeed = child;
      }
      if (child.tagName === 'head' && child.sourceCodeLocation?.endTag) head = child;
      if (child.tagName === 'script' && attr(child, STRUCTURED_DATA_ATTR) !== undefined) oldData.push(child);
      if (RENDERED.includes(child.tagName)) found.push({ el: child, feedEl, outerFeedEl, lang });
      const inFeed = child.tagName === 'esfomo-feed';
      visit(child, inFeed ? child : feedEl, outerFeedEl ?? (inFeed ? child : undefined), ownLang);
    }
  };
  visit(doc, undefined, undefined, undefined);
  return { found, pageFeed, head, oldData };
}

/** Where the browser would take this element's feed from (the first that applies wins). */
function sourceOf(item: Found, pageFeed: Element | undefined): FeedSource | undefined {
  const src = attr(item.el, 'src')?.trim();
  if (src) return { kind: 'src', src, where: `src="${src}"` };
  if (item.feedEl) {
    const feedSrc = attr(item.feedEl, 'src')?.trim();
    if (feedSrc) return { kind: 'src', src: feedSrc, where: `<esfomo-feed src="${feedSrc}">` };
    const script = item.feedEl.childNodes.find((n): n is Element => isElement(n) && isJsonScript(n));
    if (script)
      return {
        kind: 'text',
        text: textOf(script),
        where: `the <esfomo-feed> inline script (line ${script.sourceCodeLocation?.startLine})`,
      };
    // An <esfomo-feed> with nothing to give leaves its elements to the page's feed.
  }
  if (pageFeed) {
    return {
      kind: 'text',
      text: textOf(pageFeed),
      where: `script#esfomo-feed (line ${pageFeed.sourceCodeLocation?.startLine})`,
      yaml: attr(pageFeed, 'data-from') === 'yaml',
    };
  }
  return undefined;
}

/** The first child that is a declarative shadow root (only blank text before it), if any. */
function existingShadow(el: Element): Template | undefined {
  for (const node of el.childNodes) {
    if (node.nodeName === '#text' && 'value' in node && !node.value.trim()) continue;
    return isShadowTemplate(node) ? node : undefined;
  }
  return undefined;
}

/** Points the rendered calendar links (`part="calendar"`, `part="calendar-all"`) at real files. */
function linkCalendars(html: string, hrefs: CalendarLinks): string {
  const edits: Edit[] = [];
  let calendarIndex = 0;
  const visit = (node: Node) => {
    const children =
      isElement(node) && node.tagName === 'template' ? (node as Template).content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'a') {
        const part = attr(child, 'part');
        const href = part === 'calendar' ? hrefs.each[calendarIndex++] : part === 'calendar-all' ? hrefs.all : undefined;
        const at = child.sourceCodeLocation?.attrs?.href;
        if (href && at) edits.push({ start: at.startOffset, end: at.endOffset, text: `href="${escapeAttr(href)}"` });
      }
      visit(child);
    }
  };
  visit(parseFragment(html, { sourceCodeLocationInfo: true }));
  return splice(html, edits);
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function splice(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** SOURCE_DATE_EPOCH (seconds), for reproducible builds; else now. */
function defaultStamp(): number {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now();
}

/**
 * Renders every esfomo element of a page. Never throws for bad input: an element whose feed
 * cannot be read or is invalid is left for the browser, and `warnings` says why.
 */
export async function prerender(html: string, options: PrerenderOptions = {}): Promise<PrerenderResult> {
  const root = options.root ?? process.cwd();
  const base = normalBase(options.base);
  const reader = feedReader(root, options.url, base ?? '');
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const { found, pageFeed, head, oldData } = walk(doc);
  const warnings: string[] =
    base === undefined ? [`base ${JSON.stringify(options.base)} is not a path (such as /al-folio): read as none`] : [];
  const edits: Edit[] = [];
  const reported = new Set<ReadFeed>();
  const calendarFeeds: CalendarWant[] = [];
  let scheduleFeed: { feed: Feed; after: Element } | undefined;
  let rendered = 0;
  if (found.length) await library();

  for (const item of found) {
    const { el } = item;
    const tag = el.tagName;
    const loc = el.sourceCodeLocation!;
    const at = `<${tag}> (line ${loc.startLine})`;
    const old = existingShadow(el);
    const place = old?.sourceCodeLocation
      ? { start: old.sourceCodeLocation.startOffset, end: old.sourceCodeLocation.endOffset }
      : { start: loc.startTag!.endOffset, end: loc.startTag!.endOffset };
    const leave = (why: string) => {
      warnings.push(`${at}: ${why}; left for the browser`);
      if (old) edits.push({ ...place, text: '' }); // a stale rendering would not match the browser's
    };
    const source = sourceOf(item, pageFeed);
    let read: ReadFeed | undefined;
    if (source) {
      read = await reader.read(source);
      if (!read.ok) {
        leave(`feed ${read.name} ${read.reason}`);
        continue;
      }
      if (!reported.has(read)) {
        reported.add(read);
        for (const p of read.problems)
          warnings.push(
            `feed ${read.name}: ${p.path}: ${p.message}${p.severity === 'error' && !/skipped\)$/.test(p.message) ? ' (skipped)' : ''}`,
          );
      }
    }
    const attrs = el.attrs.filter((a) => a.name !== 'defer-hydration');
    const result = await renderElement({ tag, attrs, lang: item.lang, feed: read?.ok ? read.raw : undefined });
    for (const line of result.console) {
      if (!line.startsWith('esfomo-elements: the feed property:')) warnings.push(`${at}: ${line.replace(/^esfomo-elements: /, '')}`);
    }
    if (!read && !result.shown) {
      leave('no feed (no src, no <esfomo-feed> around it, no script#esfomo-feed in the page)');
      continue;
    }
    let text = result.html;
    if (read?.ok && result.shown && (tag === 'esfomo-schedule' || tag === 'esfomo-dates')) {
      const locale = attr(el, 'lang') || item.lang || 'en';
      const want: CalendarWant = { tag, feed: read.feed, locale, day: attr(el, 'day')?.trim() };
      calendarFeeds.push(want);
      text = linkCalendars(text, calendarLinks(await library(), want));
      if (tag === 'esfomo-schedule' && !scheduleFeed && read.feed.schedule.length)
        scheduleFeed = { feed: read.feed, after: item.outerFeedEl ?? el };
    }
    edits.push({ ...place, text });
    rendered++;
  }

  const files = calendarFeeds.length ? calendarFiles(await library(), calendarFeeds, options.stamp ?? defaultStamp()) : [];

  for (const script of oldData) {
    const l = script.sourceCodeLocation;
    if (l) edits.push({ start: l.startOffset, end: l.endOffset, text: '' });
  }
  if (scheduleFeed) {
    const data = await structuredData(scheduleFeed.feed);
    warnings.push(...data.warnings);
    const at = head?.sourceCodeLocation?.endTag?.startOffset ?? scheduleFeed.after.sourceCodeLocation!.endOffset;
    edits.push({ start: at, end: at, text: data.html });
  }
  return { html: splice(html, edits), warnings, rendered, left: found.length - rendered, files };
}
