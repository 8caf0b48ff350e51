import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { feedContext } from './feed/context.js';
import { FeedController } from './feed/controller.js';
import type { FeedInput } from './feed/types.js';

/**
 * Loads a feed once and gives it to every esfomo element inside it, however deep and
 * in whatever order they upgrade. Shows nothing itself: its children lay out as if it
 * were not there (`display: contents`).
 *
 * The feed comes from its `feed` property, its `src`, or a
 * `<script type="application/json">` child holding the feed.
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

  readonly #controller = new FeedController(this, 'inline');
  readonly #provider = new ContextProvider(this, { context: feedContext, initialValue: this.#controller.state });

  override connectedCallback(): void {
    super.connectedCallback();
    this.style.display = 'contents';
  }

  protected override updated(): void {
    // The controller gives a new state object for every change; consumers compare with Object.is.
    this.#provider.setValue(this.#controller.state);
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
