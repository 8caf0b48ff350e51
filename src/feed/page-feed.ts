/**
 * The page's feed: `<script type="application/json" id="esfomo-feed">` anywhere in the
 * document, written once by a site template so that bare tags work anywhere in the text.
 * It may come after the elements: while the document is still being parsed, the answer
 * waits for `DOMContentLoaded`.
 */
import { feedFromText, NO_FEED, type FeedState } from './load.js';
import { scriptFeedText } from './from-yaml.js';

export const PAGE_FEED_ID = 'esfomo-feed';

const LOADING: FeedState = Object.freeze({ status: 'loading', source: `#${PAGE_FEED_ID}` });

function read(): FeedState {
  const script = document.getElementById(PAGE_FEED_ID);
  if (script instanceof HTMLScriptElement && /^application\/(ld\+)?json$/i.test(script.type)) {
    return feedFromText(scriptFeedText(script, `script#${PAGE_FEED_ID}`), `script#${PAGE_FEED_ID}`);
  }
  return NO_FEED;
}

/**
 * The page's feed now, and `later` called once with the final answer if the document
 * is still loading and the feed has not been seen yet.
 */
export function pageFeed(later: (state: FeedState) => void): FeedState {
  const now = read();
  if (now !== NO_FEED || document.readyState !== 'loading') return now;
  document.addEventListener('DOMContentLoaded', () => later(read()), { once: true });
  return LOADING;
}
