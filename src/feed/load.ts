/**
 * Getting a feed: from a URL (fetched once per absolute URL per page, however many
 * elements ask), from JSON text in a `<script type="application/json">`, or from an
 * object given to an element. Every feed is validated once, and its problems are
 * written to the console once, each naming its JSON path.
 */
import { isServer } from 'lit';
import { FeedError, formatProblem, validateFeed, type Validated } from './validate.js';
import { absoluteUrl } from './urls.js';
import type { Problem } from './types.js';

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

/** How many problems of one feed the console shows; the rest are counted (all are in `esfomo-feed-load`'s `problems`). */
export const CONSOLE_PROBLEMS = 10;

function report(result: SettledFeed, origin: string): void {
  const log = (level: 'error' | 'warn' | 'info', text: string) => console[level](`esfomo-elements: ${origin}: ${text}`);
  if (result.status === 'error') return log('error', result.error.message);
  const { problems } = result;
  const errors = (list: Problem[]) => list.filter((p) => p.severity === 'error').length;
  for (const problem of problems.slice(0, CONSOLE_PROBLEMS)) log(errors([problem]) ? 'warn' : 'info', formatProblem(problem));
  const more = problems.length - CONSOLE_PROBLEMS;
  if (more > 0) {
    const skipped = errors(problems.slice(CONSOLE_PROBLEMS));
    log(
      skipped ? 'warn' : 'info',
      `and ${more} more problems (${skipped} skipped an entry); every one is in the esfomo-feed-load event's detail.problems.`,
    );
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

/* ---------------------------------------------------------------- caches */

/**
 * Values held only as long as something else (an element's state) holds them: once no element
 * shows a feed any more, the garbage collector takes it and its key goes too. A page that
 * swaps through a hundred feeds keeps none of the ones it left.
 */
function weakValues<K, V extends object>() {
  const map = new Map<K, WeakRef<V>>();
  const registry = new FinalizationRegistry<K>((key) => {
    if (map.get(key)?.deref() === undefined) map.delete(key);
  });
  return {
    /** The keys held (their values may be gone already): `clear()`, `size`. */
    map,
    get: (key: K): V | undefined => map.get(key)?.deref(),
    set(key: K, value: V): void {
      map.set(key, new WeakRef(value));
      registry.register(value, key);
    },
  };
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

const byText = weakValues<string, SettledFeed>();

/** The state for JSON text (an inline `<script type="application/json">`). Parsed once per text while an element shows it. */
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

/**
 * One request for a feed, shared by every element waiting on its URL. When the last of them
 * stops waiting (its `src` changed, it left the page) before the answer came, it is aborted.
 */
interface Request {
  url: string;
  waiters: number;
  controller: AbortController;
  promise: Promise<SettledFeed>;
  resolve: (state: SettledFeed) => void;
  /** Started: the timeout runs from here, not from when it was asked for. */
  started: boolean;
  /** Ends a started request: with its answer, or with none when nobody waits. */
  finish?: (state?: SettledFeed) => void;
}

/** Requests asked for and not yet settled. */
const inFlight = new Map<string, Request>();
/** Feeds that arrived and were valid JSON, while an element shows them. A failure is not kept: the next element asks again. */
const byUrl = weakValues<string, SettledFeed>();

/**
 * At most this many feed requests at once: the browser queues more than six per host, and a
 * queued request's timeout would run while it waits. Ours wait here instead, with no timer.
 */
const MAX_REQUESTS = 4;
const queue: Request[] = [];
let running = 0;

function startNext(): void {
  while (running < MAX_REQUESTS && queue.length) {
    const request = queue.shift()!;
    running++;
    request.started = true;
    let done = false;
    // The slot is freed when the answer comes, or at once when nobody waits any more: a
    // request is never left holding a slot, whatever the network (or a stand-in fetch) does.
    request.finish = (state) => {
      if (done) return;
      done = true;
      running--;
      if (inFlight.get(request.url) === request) inFlight.delete(request.url);
      if (state?.status === 'ready') byUrl.set(request.url, state);
      if (state) request.resolve(state);
      startNext();
    };
    fetchFeed(request.url, request.controller).then(request.finish);
  }
}

const timeoutError = (url: string) => new FeedError(`The feed did not arrive within ${FETCH_TIMEOUT / 1000} seconds.`, 'timeout', url);

async function fetchFeed(url: string, controller: AbortController): Promise<SettledFeed> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, FETCH_TIMEOUT);
  // Given up (timed out, or nobody waits) means given up, even for a fetch that ignores its signal.
  const aborted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }),
  );
  aborted.catch(() => {});
  const unlessAborted = <T>(work: Promise<T>): Promise<T> => Promise.race([work, aborted]);
  try {
    let response: Response;
    try {
      response = await unlessAborted(fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } }));
    } catch (error) {
      if (timedOut) throw timeoutError(url);
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
      text = await unlessAborted(response.text());
    } catch {
      if (timedOut) throw timeoutError(url);
      throw new FeedError('The feed could not be read.', 'network', url);
    }
    return settle(parse(text, url), url, url);
  } catch (error) {
    const state = { status: 'error' as const, error: asFeedError(error, url), source: url };
    // Aborted because nobody waits any more: nobody to tell.
    if (!controller.signal.aborted || timedOut) report(state, url);
    return state;
  } finally {
    clearTimeout(timer);
  }
}

/** A wait on a feed's URL: the answer, and a way to stop waiting for it. */
export interface FeedWait {
  /** The answer at once, when the feed is at hand. */
  now?: SettledFeed;
  promise: Promise<SettledFeed>;
  /** Stops waiting: the request is aborted when nobody else waits on it. */
  release(): void;
}

/** Waits on the feed at a URL: one request per absolute URL at a time, shared by every element. */
export function waitForUrl(src: string): FeedWait {
  const url = absoluteUrl(src);
  const known = byUrl.get(url);
  if (known) return { now: known, promise: Promise.resolve(known), release() {} };
  let request = inFlight.get(url);
  if (!request) {
    let resolve!: (state: SettledFeed) => void;
    const promise = new Promise<SettledFeed>((r) => (resolve = r));
    request = { url, waiters: 0, controller: new AbortController(), promise, resolve, started: false };
    inFlight.set(url, request);
    queue.push(request);
    startNext();
  }
  const r = request;
  r.waiters++;
  let released = false;
  return {
    promise: r.promise,
    release() {
      if (released) return;
      released = true;
      if (--r.waiters > 0 || inFlight.get(r.url) !== r) return;
      inFlight.delete(r.url);
      if (r.started) {
        r.controller.abort();
        r.finish?.();
      } else queue.splice(queue.indexOf(r), 1);
    },
  };
}

/** The state for a feed at a URL, shared by every element that asks for it. */
export function feedFromUrl(src: string): Promise<SettledFeed> {
  return waitForUrl(src).promise;
}

/**
 * One element's feed at an address: the state for its `src` as it stands, with `settled`
 * called when that fetch settles. A later `src` wins, and the wait for the earlier one ends
 * (aborting its request when nobody else waits on it).
 */
export class UrlFeed {
  #entry: { src: string; state: FeedState; wait?: FeedWait } | undefined;
  readonly #settled: () => void;

  constructor(settled: () => void) {
    this.#settled = settled;
  }

  state(src: string): FeedState {
    if (this.#entry?.src === src) return this.#entry.state;
    this.clear();
    if (isServer) return (this.#entry = { src, state: { status: 'loading', source: src } }).state; // on a server, a feed is given, not fetched
    const wait = waitForUrl(src);
    if (wait.now) return (this.#entry = { src, state: wait.now }).state;
    const entry: { src: string; state: FeedState; wait?: FeedWait } = { src, state: { status: 'loading', source: src }, wait };
    this.#entry = entry;
    wait.promise.then((state) => {
      if (this.#entry !== entry) return; // src changed meanwhile
      entry.state = state;
      entry.wait = undefined;
      this.#settled();
    });
    return entry.state;
  }

  /** The element has no `src` any more, or has left the page. */
  clear(): void {
    this.#entry?.wait?.release();
    this.#entry = undefined;
  }
}

/** Forgets every fetched and parsed feed (for tests, and for pages that edit their feed). */
export function clearFeedCache(): void {
  byUrl.map.clear();
  byText.map.clear();
  inFlight.clear();
}

/** How many feeds the caches hold now (for tests of memory). */
export function cachedFeeds(): { text: number; url: number; inFlight: number } {
  return { text: byText.map.size, url: byUrl.map.size, inFlight: inFlight.size };
}
