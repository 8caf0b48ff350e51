/**
 * The one mechanism by which every element gets its feed. The first source that applies wins:
 *
 * 1. the element's `feed` property (an object, for frameworks);
 * 2. its own `src` attribute (one request per absolute URL per page);
 * 3. for `<esfomo-feed>` itself: a `<script type="application/json">` inside it;
 *    for every other element: the nearest `<esfomo-feed>` around it, through `@lit/context`;
 * 4. the page's feed, `<script type="application/json" id="esfomo-feed">`.
 *
 * The controller fires `esfomo-feed-load` or `esfomo-feed-error` from its host each time
 * the host's feed settles.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedContext, ensureContextRoot } from './context.js';
import { feedFromObject, feedFromText, feedFromUrl, NO_FEED, type FeedState } from './load.js';
import { pageFeed } from './page-feed.js';
import type { FeedError } from './validate.js';
import type { Feed, Problem } from './types.js';

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

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  feed?: unknown;
}

export type FeedSourceMode = 'inherit' | 'inline';

const LOADING: FeedState = Object.freeze({ status: 'loading' });

/** Whether an `<esfomo-feed>` stands around `el`, across shadow roots. */
function insideFeedElement(el: Element): boolean {
  let node: Node | null = el;
  while (node) {
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
    if (node instanceof Element && node.localName === 'esfomo-feed') return true;
  }
  return false;
}

let warnedUndefined = false;
/** An element waiting on an <esfomo-feed> that no script defines would wait forever: say why, once. */
function warnIfFeedUndefined(): void {
  if (warnedUndefined || customElements.get('esfomo-feed')) return;
  warnedUndefined = true;
  queueMicrotask(() => {
    if (customElements.get('esfomo-feed')) return;
    console.warn('esfomo-elements: elements inside <esfomo-feed> wait for it, but it is not defined: import esfomo-elements/feed.js (or the whole bundle).');
  });
}

export class FeedController implements ReactiveController {
  /** The host's feed as it stands: read it in `render()`. */
  state: FeedState = NO_FEED;

  #host: FeedHost;
  #mode: FeedSourceMode;
  #context: FeedState | undefined;
  #page: FeedState | undefined;
  #url: { src: string; state: FeedState } | undefined;
  #announced: FeedState | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: FeedHost, mode: FeedSourceMode = 'inherit') {
    this.#host = host;
    this.#mode = mode;
    host.addController(this);
    if (mode === 'inherit') {
      ensureContextRoot();
      new ContextConsumer(host, {
        context: feedContext,
        subscribe: true,
        callback: (value) => {
          this.#context = value;
          this.#refresh();
        },
      });
    }
  }

  hostConnected(): void {
    if (this.#mode === 'inline') {
      // An inline feed may be parsed after the element upgrades, or edited later.
      this.#observer = new MutationObserver(() => this.#refresh());
      this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    }
    this.#refresh();
  }

  hostDisconnected(): void {
    this.#context = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  hostUpdate(): void {
    // `src` and `feed` are reactive properties of the host: see them before it renders.
    this.state = this.#resolve();
  }

  hostUpdated(): void {
    const state = this.state;
    if (state === this.#announced) return;
    this.#announced = state;
    if (state.status === 'ready') {
      this.#host.dispatchEvent(
        new CustomEvent<FeedLoadDetail>('esfomo-feed-load', {
          bubbles: true,
          composed: true,
          detail: { feed: state.feed, problems: state.problems, source: state.source },
        }),
      );
    } else if (state.status === 'error') {
      this.#host.dispatchEvent(
        new CustomEvent<FeedErrorDetail>('esfomo-feed-error', {
          bubbles: true,
          composed: true,
          detail: { error: state.error, source: state.source },
        }),
      );
    }
  }

  #refresh(): void {
    const next = this.#resolve();
    if (next !== this.state) {
      this.state = next;
      this.#host.requestUpdate();
    }
  }

  #resolve(): FeedState {
    const host = this.#host;
    if (host.feed !== undefined && host.feed !== null) return feedFromObject(host.feed);
    const src = host.src?.trim();
    if (src) return this.#fromUrl(src);
    this.#url = undefined;
    if (this.#mode === 'inline') return this.#inline();
    // An <esfomo-feed> with nothing to give leaves its elements to the page's feed.
    if (this.#context && this.#context.status !== 'none') return this.#context;
    if (!this.#context && host.isConnected && insideFeedElement(host)) {
      warnIfFeedUndefined();
      return LOADING;
    }
    return this.#fromPage();
  }

  #fromUrl(src: string): FeedState {
    if (this.#url?.src === src) return this.#url.state;
    const entry = { src, state: { status: 'loading', source: src } as FeedState };
    this.#url = entry;
    feedFromUrl(src).then((state) => {
      if (this.#url !== entry) return; // src changed meanwhile
      entry.state = state;
      this.#refresh();
    });
    return entry.state;
  }

  #inline(): FeedState {
    const script = [...this.#host.children].find(
      (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && /^application\/(ld\+)?json$/i.test(child.type),
    );
    if (script) return feedFromText(script.textContent ?? '', '<esfomo-feed> inline script');
    if (document.readyState !== 'loading') return NO_FEED;
    document.addEventListener('DOMContentLoaded', () => this.#refresh(), { once: true });
    return LOADING;
  }

  #fromPage(): FeedState {
    // Found (or waiting for the document to finish): keep it, rather than reading the script's
    // text again on every render. Not found yet: look again, it may have been added since.
    if (this.#page && this.#page.status !== 'none') return this.#page;
    this.#page = pageFeed((state) => {
      this.#page = state;
      this.#refresh();
    });
    return this.#page;
  }
}
