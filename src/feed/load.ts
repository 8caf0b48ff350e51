/**
 * Getting a feed: from a URL (fetched once per absolute URL per page, however many
 * elements ask), from JSON text in a `<script type="application/json">`, or from an
 * object given to an element. Every feed is validated once, and its problems are
 * written to the console once, each naming its JSON path.
 */
import { isServer } from 'lit';
import { FeedError, formatProblem, validateFeed, type Validated } from './validate.js';
import { absoluteUrl } from './urls.js';

/** What an element knows of its feed. A new object for every change (consumers compare with `Object.is`). */
export type FeedState =
  | { status: 'none' }
  | { status: 'loading'; source?: string }
  | { status: 'ready'; feed: Validated['feed']; problems: Validated['problems']; source?: string }
  | { status: 'error'; error: FeedError; source?: string };

/** A feed that has arrived: shown, or failed. */
export type SettledFeed = Extract<FeedState, { status: 'ready' | 'error' }>;

export const NO_FEED: FeedState = Object.freeze({ status: 'none' });

/** Waiting, with nothing known yet (the document still parsing, an `<esfomo-feed>` not yet defined). */
export const LOADING: FeedState = Object.freeze({ status: 'loading' });

/** How long a fetch may take before it is given up, in ms. */
export const FETCH_TIMEOUT = 15_000;

function report(result: SettledFeed, origin: string): void {
  if (result.status === 'error') {
    console.error(`esfomo-elements: ${origin}: ${result.error.message}`);
    return;
  }
  for (const problem of result.problems) {
    const line = `esfomo-elements: ${origin}: ${formatProblem(problem)}`;
    if (problem.severity === 'error') console.warn(line);
    else console.info(line);
  }
}

/** Validates a parsed feed into a ready (or error) state, reporting problems once. */
function settle(raw: unknown, origin: string, source?: string): SettledFeed {
  let result: SettledFeed;
  try {
    const { feed, problems } = validateFeed(raw);
    result = { status: 'ready', feed, problems, source };
  } catch (error) {
    result = { status: 'error', error: asFeedError(error, source), source };
  }
  report(result, origin);
  return result;
}

function asFeedError(error: unknown, source?: string): FeedError {
  if (error instanceof FeedError) return source && !error.source ? new FeedError(error.message, error.reason, source) : error;
  return new FeedError(`The feed could not be read: ${String(error)}`, 'invalid', source);
}

/** JSON text to a parsed value, or a `FeedError` that says where the JSON broke. */
function parse(text: string, source?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('<')) {
      throw new FeedError('The feed is an HTML page, not JSON (is the address right?).', 'not-json', source);
    }
    const detail = error instanceof SyntaxError ? error.message : String(error);
    throw new FeedError(`The feed is not valid JSON (${detail}).`, 'not-json', source);
  }
}

/* -------------------------------------------------------------- objects */

const byObject = new WeakMap<object, SettledFeed>();

/** The state for a feed given as an object (the `feed` property). Validated once per object. */
export function feedFromObject(raw: unknown): SettledFeed {
  if (typeof raw === 'object' && raw !== null) {
    const known = byObject.get(raw);
    if (known) return known;
    const state = settle(raw, 'the feed property');
    byObject.set(raw, state);
    return state;
  }
  return settle(raw, 'the feed property');
}

/* ----------------------------------------------------------------- text */

const byText = new Map<string, SettledFeed>();

/** The state for JSON text (an inline `<script type="application/json">`). Parsed once per text. */
export function feedFromText(text: string, origin: string): SettledFeed {
  const known = byText.get(text);
  if (known) return known;
  let state: SettledFeed;
  try {
    state = settle(parse(text), origin);
  } catch (error) {
    state = { status: 'error', error: asFeedError(error) };
    report(state, origin);
  }
  byText.set(text, state);
  return state;
}

/* ------------------------------------------------------------------ URLs */

const byUrl = new Map<string, Promise<SettledFeed>>();

async function fetchFeed(url: string): Promise<SettledFeed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (controller.signal.aborted) {
        throw new FeedError(`The feed did not arrive within ${FETCH_TIMEOUT / 1000} seconds.`, 'timeout', url);
      }
      throw new FeedError(`The feed could not be fetched (${(error as Error)?.message ?? error}).`, 'network', url);
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FeedError(
        response.status === 404 ? `The feed was not found (HTTP ${status}).` : `The feed could not be fetched (HTTP ${status}).`,
        'http',
        url,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (controller.signal.aborted) {
        throw new FeedError(`The feed did not arrive within ${FETCH_TIMEOUT / 1000} seconds.`, 'timeout', url);
      }
      throw new FeedError('The feed could not be read.', 'network', url);
    }
    return settle(parse(text, url), url, url);
  } catch (error) {
    const state = { status: 'error' as const, error: asFeedError(error, url), source: url };
    report(state, url);
    return state;
  } finally {
    clearTimeout(timer);
  }
}

/** The state for a feed at a URL: one request per absolute URL per page, shared by every element. */
export function feedFromUrl(src: string): Promise<SettledFeed> {
  const url = absoluteUrl(src);
  const known = byUrl.get(url);
  if (known) return known;
  const pending = fetchFeed(url);
  byUrl.set(url, pending);
  return pending;
}

/**
 * One element's feed at an address: the state for its `src` as it stands, with `settled`
 * called when that fetch settles (a fetch for an address the element no longer has is ignored).
 */
export class UrlFeed {
  #entry: { src: string; state: FeedState } | undefined;
  readonly #settled: () => void;

  constructor(settled: () => void) {
    this.#settled = settled;
  }

  state(src: string): FeedState {
    if (this.#entry?.src === src) return this.#entry.state;
    const entry: { src: string; state: FeedState } = { src, state: { status: 'loading', source: src } };
    this.#entry = entry;
    if (isServer) return entry.state; // on a server, a feed is given, not fetched
    feedFromUrl(src).then((state) => {
      if (this.#entry !== entry) return; // src changed meanwhile
      entry.state = state;
      this.#settled();
    });
    return entry.state;
  }

  /** The element has no `src` any more. */
  clear(): void {
    this.#entry = undefined;
  }
}

/** Forgets every fetched and parsed feed (for tests, and for pages that edit their feed). */
export function clearFeedCache(): void {
  byUrl.clear();
  byText.clear();
}
