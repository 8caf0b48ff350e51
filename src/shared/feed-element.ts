/**
 * The base of every element that shows part of a feed. It owns the `src` and `feed`
 * inputs, gets the feed through the shared `FeedController`, and shows the loading,
 * missing and failed states; a subclass only says how to show a valid feed.
 * Nothing a subclass throws while rendering escapes into the host page.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../feed/controller.js';
import type { Feed, FeedInput, Problem } from '../feed/types.js';
import { formatProblem } from '../feed/validate.js';
import { baseStyles } from './styles.js';

type Section = 'workshop' | 'people' | 'schedule' | 'dates' | 'topics';

export abstract class FeedElement extends LitElement {
  static override styles = [baseStyles];

  /** The address of the feed (JSON). Without it, the nearest `<esfomo-feed>` or the page's feed is used. */
  @property() src?: string;

  /** The feed as an object, for frameworks. Wins over every other source. */
  @property({ attribute: false }) feed?: FeedInput | object;

  protected readonly feedController: FeedController = new FeedController(this);

  /** The section of the feed this element shows: a message stands in when it was unusable. */
  protected abstract readonly section: Section;

  /** What to show for a valid feed. */
  protected abstract renderFeed(feed: Feed, problems: Problem[]): unknown;

  /** What to show when no feed reaches the element at all. */
  protected renderNoFeed(): unknown {
    return this.renderMessage(
      `No feed: give <${this.localName}> a src, put it inside <esfomo-feed>, or add the page's feed script.`,
    );
  }

  protected renderMessage(text: string): TemplateResult {
    return html`<p class="message" part="message" role="status">${text}</p>`;
  }

  /**
   * While the feed loads, the element's own children show: a site can write the same content
   * as static HTML inside the tag, so the page reads (and keeps its layout) before the feed
   * arrives. Once it has, the element's rendering takes their place.
   */
  protected renderLoading(): unknown {
    return html`<div class="loading" part="loading" aria-busy="true"><span class="visually-hidden">Loading…</span><slot></slot></div>`;
  }

  protected override render(): unknown {
    const state = this.feedController.state;
    switch (state.status) {
      case 'none':
        return this.renderNoFeed();
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderMessage(state.error.message);
      case 'ready': {
        const broken = state.problems.find((p) => p.path === this.section && p.severity === 'error');
        if (broken) return this.renderMessage(`The feed's ${formatProblem(broken)}.`);
        try {
          return this.renderFeed(state.feed, state.problems);
        } catch (error) {
          console.error(`esfomo-elements: <${this.localName}> could not show its feed`, error);
          return this.renderMessage('This part of the programme could not be shown.');
        }
      }
    }
    return nothing;
  }
}
