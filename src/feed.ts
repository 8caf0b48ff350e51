import { html, isServer, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { feedContext } from './feed/context.js';
import { announce } from './feed/controller.js';
import { feedFromObject, feedFromText, LOADING, NO_FEED, UrlFeed, type FeedState } from './feed/load.js';
import type { FeedInput } from './feed/types.js';
import { isJsonScript, whenParsed } from './shared/dom.js';

/**
 * Loads a feed once and gives it to every esfomo element inside it, however deep and
 * in whatever order they upgrade. Shows nothing itself: its children lay out as if it
 * were not there (`display: contents`).
 *
 * The feed comes from its `feed` property, its `src`, or a
 * `<script type="application/json">` child holding the feed; that script is watched, so
 * editing or replacing it updates every element inside.
 *
 * It fires one `esfomo-feed-load` (or `esfomo-feed-error`) each time its feed settles; the
 * elements inside it do not fire again for the feed they were given.
 *
 * @summary Loads the feed once for the elements inside it.
 *
 * @slot - The page content, with esfomo elements anywhere in it.
 *
 * @fires esfomo-feed-load - The feed arrived and is valid; `detail` has `feed`, `problems`, `source`.
 * @fires esfomo-feed-error - The feed could not be loaded or is invalid; `detail` has `error`, `source`.
 */
@customElement('esfomo-feed')
export class EsfomoFeed extends LitElement {
  /** The address of the feed (JSON). */
  @property() src?: string;

  /** The feed as an object, for frameworks. Wins over `src` and an inline script. */
  @property({ attribute: false }) feed?: FeedInput | object;

  /** The feed given to the elements inside. @internal */
  @state() feedState: FeedState = NO_FEED;

  readonly #provider = new ContextProvider(this, { context: feedContext, initialValue: NO_FEED });
  readonly #url = new UrlFeed(() => this.#sync());
  #observer: MutationObserver | undefined;
  #announced: FeedState | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.style.display = 'contents';
    // An inline feed may be parsed after the element upgrades, or edited later.
    this.#observer = new MutationObserver(() => this.#sync());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('feed')) this.#sync();
  }

  protected override updated(): void {
    if (this.feedState === this.#announced) return;
    this.#announced = this.feedState;
    announce(this, this.feedState);
  }

  #sync(): void {
    const next = this.#resolve();
    if (next === this.feedState) return;
    this.feedState = next;
    // At once, not after this element's update: an element inside that connects right after
    // must be given what is known now. A new state object for every change: consumers compare with Object.is.
    this.#provider.setValue(next);
  }

  #resolve(): FeedState {
    if (this.feed !== undefined && this.feed !== null) return feedFromObject(this.feed);
    const src = this.src?.trim();
    if (src) return this.#url.state(src);
    this.#url.clear();
    if (isServer) return NO_FEED;
    const script = [...this.children].find(isJsonScript);
    if (script) return feedFromText(script.textContent ?? '', '<esfomo-feed> inline script');
    return whenParsed(() => this.#sync()) ? LOADING : NO_FEED;
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-feed': EsfomoFeed;
  }
}
