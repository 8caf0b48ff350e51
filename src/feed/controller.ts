/**
 * The one mechanism by which every element but `<esfomo-feed>` gets its feed. The first source
 * that applies wins:
 *
 * 1. the element's `feed` property (an object, for frameworks);
 * 2. its own `src` attribute (one request per absolute URL per page);
 * 3. the nearest `<esfomo-feed>` around it, through `@lit/context`;
 * 4. the page's feed, `<script type="application/json" id="esfomo-feed">`.
 *
 * The feed is resolved when one of these inputs changes (the host calls `sync()` from its
 * update path when `src` or `feed` change; the context and the page's feed call back), never on
 * an unrelated update. The result goes to the host's `feedState` property, a new object for
 * every change, so the host's `willUpdate` sees it among its changed properties.
 *
 * Events: an element fires `esfomo-feed-load` or `esfomo-feed-error` when the feed it resolved
 * itself (from `feed`, `src` or the page's feed) settles. Elements inside an `<esfomo-feed>`
 * do not fire again for the feed they were given: that `<esfomo-feed>` fires once, so one
 * `<esfomo-feed>` with five children fires one event per load, not six.
 */
import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { feedContext, ensureContextRoot } from './context.js';
import { feedFromObject, LOADING, NO_FEED, UrlFeed, type FeedState } from './load.js';
import { pageFeed, watchPageFeed } from './page-feed.js';
import type { FeedError } from './validate.js';
import type { Feed, Problem } from './types.js';
import { composedAncestors } from '../shared/dom.js';
import { warnOncePerPage } from '../shared/attributes.js';

export interface FeedLoadDetail {
  feed: Feed;
  problems: Problem[];
  /** The feed's URL when it came from one. */
  source?: string;
}
export interface FeedErrorDetail {
  error: FeedError;
  source?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'esfomo-feed-load': CustomEvent<FeedLoadDetail>;
    'esfomo-feed-error': CustomEvent<FeedErrorDetail>;
  }
}

/** What the controller needs of its host: the inputs, and where the answer goes. */
export interface FeedHost extends ReactiveElement {
  src?: string | null;
  feed?: unknown;
  feedState: FeedState;
  /**
   * True while the host, rendered at build time, waits for the task it takes over in: it asks
   * for its feed then (`sync()`), not when it is connected.
   */
  readonly takesOverLater?: boolean;
}

/** Whether an `<esfomo-feed>` stands around `el`, across shadow roots. */
function insideFeedElement(el: Element): boolean {
  for (const node of composedAncestors(el)) {
    if (node !== el && node instanceof Element && node.localName === 'esfomo-feed') return true;
  }
  return false;
}

/** Fires `esfomo-feed-load` or `esfomo-feed-error` from `host` for a settled state. */
export function announce(host: HTMLElement, state: FeedState): void {
  const ready = state.status === 'ready';
  if (!ready && state.status !== 'error') return;
  host.dispatchEvent(
    new CustomEvent<FeedLoadDetail | FeedErrorDetail>(`esfomo-feed-${ready ? 'load' : 'error'}`, {
      bubbles: true,
      composed: true,
      detail: ready ? { feed: state.feed, problems: state.problems, source: state.source } : { error: state.error, source: state.source },
    }),
  );
}

export class FeedController implements ReactiveController {
  #host: FeedHost;
  #context: FeedState | undefined;
  #consumer: ContextConsumer<typeof feedContext, FeedHost> | undefined;
  #page: FeedState | undefined;
  #unwatchPage: (() => void) | undefined;
  readonly #url = new UrlFeed(() => this.sync());
  #announced: FeedState | undefined;

  constructor(host: FeedHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#consume();
    if (!this.#host.takesOverLater) this.sync();
  }

  hostDisconnected(): void {
    this.#context = undefined;
    this.#url.clear();
    this.#unwatchPage?.();
    this.#unwatchPage = this.#page = undefined;
  }

  /**
   * Asks for the context only inside an `<esfomo-feed>` (known by its tag, defined or not): an
   * element elsewhere would leave a request queued in the page's context root for ever.
   */
  #consume(): void {
    const inside = insideFeedElement(this.#host);
    if (inside && !this.#consumer) {
      ensureContextRoot();
      this.#consumer = new ContextConsumer(this.#host, {
        context: feedContext,
        subscribe: true,
        callback: (value) => {
          this.#context = value;
          this.sync();
        },
      });
    } else if (!inside && this.#consumer) {
      this.#host.removeController(this.#consumer);
      this.#consumer = undefined;
    }
  }

  hostUpdated(): void {
    const state = this.#host.feedState;
    if (state === this.#announced) return;
    this.#announced = state;
    if (state === this.#context) return; // the <esfomo-feed> that gave it has fired already
    announce(this.#host, state);
  }

  /** Resolves the feed from the host's inputs; sets `feedState` when the answer changed. */
  sync(): void {
    const next = this.#resolve();
    if (next !== this.#host.feedState) this.#host.feedState = next;
  }

  #resolve(): FeedState {
    const host = this.#host;
    if (host.feed !== undefined && host.feed !== null) return feedFromObject(host.feed);
    const src = host.src?.trim();
    if (src) return this.#url.state(src);
    this.#url.clear();
    if (isServer) return NO_FEED;
    // An <esfomo-feed> with nothing to give leaves its elements to the page's feed.
    if (this.#context && this.#context.status !== 'none') return this.#context;
    if (!this.#context && host.isConnected && insideFeedElement(host)) {
      if (!customElements.get('esfomo-feed')) {
        queueMicrotask(() => {
          if (!customElements.get('esfomo-feed')) {
            warnOncePerPage(
              'elements inside <esfomo-feed> wait for it, but it is not defined: import esfomo-elements/feed.js (or the whole bundle).',
            );
          }
        });
      }
      return LOADING;
    }
    return this.#fromPage();
  }

  #fromPage(): FeedState {
    // Read once, then again only when the script changes (or the document finishes parsing).
    this.#unwatchPage ??= watchPageFeed(() => {
      this.#page = undefined;
      this.sync();
    });
    this.#page ??= pageFeed((state) => {
      this.#page = state;
      this.sync();
    });
    return this.#page;
  }
}
