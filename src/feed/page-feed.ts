/**
 * The page's feed: `<script type="application/json" id="esfomo-feed">` anywhere in the
 * document, written once by a site template so that bare tags work anywhere in the text.
 * It may come after the elements: while the document is still being parsed, the answer
 * waits for `DOMContentLoaded`. It is watched: adding, editing, replacing or removing it
 * updates every element that shows it (one watch for the page, only while elements listen).
 */
import { feedFromText, NO_FEED, type FeedState } from './load.js';
import { isJsonScript, whenParsed } from '../shared/dom.js';
import { scriptFeedText } from './from-yaml.js';

export const PAGE_FEED_ID = 'esfomo-feed';

const WAITING: FeedState = Object.freeze({ status: 'loading', source: `#${PAGE_FEED_ID}` });

function read(): FeedState {
  const script = document.getElementById(PAGE_FEED_ID);
  return isJsonScript(script) ? feedFromText(scriptFeedText(script, `script#${PAGE_FEED_ID}`), `script#${PAGE_FEED_ID}`) : NO_FEED;
}

/**
 * The page's feed now, and `later` called once with the final answer if the document
 * is still loading and the feed has not been seen yet.
 */
export function pageFeed(later: (state: FeedState) => void): FeedState {
  const now = read();
  if (now !== NO_FEED) return now;
  return whenParsed(() => later(read())) ? WAITING : now;
}

/* The watch: one observer of the document for the script coming, going or changing its id or
   type, and one of the script itself for its text. */
const listeners = new Set<() => void>();
let pageObserver: MutationObserver | undefined;
let scriptObserver: MutationObserver | undefined;
let watched: Element | null = null;

function observeScript(): void {
  scriptObserver?.disconnect();
  watched = document.getElementById(PAGE_FEED_ID);
  if (!watched) return;
  scriptObserver ??= new MutationObserver(changed);
  scriptObserver.observe(watched, { childList: true, characterData: true, subtree: true, attributes: true });
}

function changed(): void {
  observeScript();
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` whenever the page's feed script may have changed; returns the way to stop. */
export function watchPageFeed(listener: () => void): () => void {
  listeners.add(listener);
  if (!pageObserver) {
    pageObserver = new MutationObserver(() => {
      if (document.getElementById(PAGE_FEED_ID) !== watched) changed();
    });
    pageObserver.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    observeScript();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size) return;
    pageObserver?.disconnect();
    scriptObserver?.disconnect();
    pageObserver = scriptObserver = undefined;
    watched = null;
  };
}
