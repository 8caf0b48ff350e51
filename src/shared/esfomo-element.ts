import { html, isServer, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedController } from '../feed/controller.js';
import { NO_FEED, type FeedState } from '../feed/load.js';
import type { Feed, FeedInput, Problem } from '../feed/types.js';
import { formatProblem } from '../feed/validate.js';
import { localeOf } from './locale.js';
import { parseEnum, warnOnce } from './attributes.js';
import { withHourCycle, type HourCycle } from '../time/format.js';
import { baseStyles } from './styles.js';
import { nextTask } from './dom.js';

type Section = 'workshop' | 'people' | 'schedule' | 'dates' | 'topics' | 'papers';

/** What a model step may give instead of a model: a short message shown in the element's place. */
export class Notice {
  constructor(readonly text: string) {}
}

/** What an element shows, decided once per change of its inputs. */
export type View<Model> = { kind: 'loading' } | { kind: 'message'; text: string } | { kind: 'model'; model: Model };

const HOUR_CYCLES = ['h12', 'h23', 'auto'] as const;
const LOADING_VIEW = Object.freeze({ kind: 'loading' as const });

/** What an element shows when it failed itself (the console says why). */
function failed(el: HTMLElement, error: unknown) {
  console.error(`esfomo-elements: <${el.localName}> could not show its feed`, error);
  return message('This part of the programme could not be shown.');
}

/**
 * The base of every esfomo element that shows part of a feed. It owns the `src` and `feed`
 * inputs, gets the feed through the shared feed controller, and shows the loading, missing and
 * failed states; a subclass says only what it shows for a valid feed.
 *
 * Every element works in two steps, as Lit advises. The **model step** (`willUpdate`) computes
 * what to show, once per change of the element's inputs (the feed, its attributes, the page's
 * language): `computeModel()`. The **render** (`renderModel()`) only prints that model; it
 * writes no state and reads nothing back from an earlier render. Both run on a server too
 * (build-time rendering), so neither touches the document, the window or the navigator.
 *
 * On a page rendered at build time, each element takes over (hydrates) in a task of its own and
 * reads and checks its feed there: the script's arrival is not one long task for the page.
 *
 * Nothing a subclass throws, in its model step or while rendering, escapes into the host page:
 * the element shows a short message instead, and the console says why.
 *
 * Each element contains its layout (`contain: layout`): what it hides for screen readers stays
 * inside it, in a scrolling panel too, and a change inside it lays out only it. It therefore has
 * no text baseline of its own: in a row aligned by baselines it aligns by its bottom edge. A word
 * wider than the element breaks (`overflow-wrap: anywhere`), so it reflows to 320px.
 *
 * Times of day are written the way the page's language writes them (the nearest `lang`:
 * `8:30 AM` in `en-US`, `08:30` in `en-GB` and most others), in the schedule, the dates and the
 * countdown alike; `hour-cycle="h12"` or `"h23"` on an element overrides that for it.
 *
 * While the feed loads, the element's own children show: a site can write the same content as
 * static HTML inside the tag, so the page reads (and keeps its layout) before the feed arrives.
 * Without such children, a quiet "Loading…" line appears when the feed takes more than a
 * second (a CSS delay: no timer; its line's space is kept from the start, so nothing moves).
 *
 * @slot - Shown while the feed loads: static content standing in for the element's.
 *
 * @csspart loading - What shows while the feed loads (it holds the slot).
 * @csspart message - The short message shown instead of the element's content when its feed cannot be used.
 *
 * @cssprop [--esfomo-accent=LinkText] - The accent colour: the now-marker, the next date, focus rings.
 * @cssprop [--esfomo-muted-color=color-mix(in srgb, currentColor 72%, transparent)] - Quieter text: affiliations, passed dates, unit names.
 * @cssprop [--esfomo-border-color=color-mix(in srgb, currentColor 22%, transparent)] - Lines between rows and around cards.
 * @cssprop [--esfomo-surface=transparent] - The background of cards and panels.
 * @cssprop [--esfomo-radius=0.5rem] - The corner radius of cards, buttons and photos.
 * @cssprop [--esfomo-gap=0.75rem] - The space between cards and between blocks.
 * @cssprop [--esfomo-link-color=inherit] - The colour of links (names, titles, calendar links).
 * @cssprop [--esfomo-message-accent=#b3261e] - The bar beside a message shown in place of content.
 * @cssprop [--esfomo-message-background=color-mix(in srgb, currentColor 6%, transparent)] - The background of that message.
 *
 * @fires esfomo-feed-load - The feed this element resolved itself arrived and is valid; `detail` has `feed`, `problems`, `source`. Elements inside an `<esfomo-feed>` leave this to it.
 * @fires esfomo-feed-error - The feed this element resolved itself could not be loaded or is invalid; `detail` has `error`, `source`.
 */
export abstract class EsfomoElement<Model = unknown> extends LitElement {
  static override styles = [baseStyles];

  static {
    // Setting `visitorKnown` in firstUpdated is the design (one update after the first), not a mistake.
    this.disableWarning?.('change-in-update');
  }

  /** The address of the feed (JSON). Without it, the nearest `<esfomo-feed>` or the page's feed is used. */
  @property() src?: string;

  /** The feed as an object, for frameworks. Wins over every other source. */
  @property({ attribute: false }) feed?: FeedInput | object;

  #hourCycle: HourCycle | undefined;

  /**
   * The clock times of day are written on: `h12` (`8:30 AM`) or `h23` (`08:30`). Unset (or `auto`),
   * the page's language decides (`lang` on the element or an ancestor). Any other value is
   * taken as unset, with a console warning.
   */
  @property({ attribute: 'hour-cycle' })
  get hourCycle(): 'h12' | 'h23' | undefined {
    return this.#hourCycle;
  }
  set hourCycle(value: string | null | undefined) {
    const { value: cycle, problem } = parseEnum('hour-cycle', value, HOUR_CYCLES, 'auto');
    if (problem) warnOnce(this, problem);
    this.#hourCycle = cycle === 'auto' ? undefined : cycle;
  }

  /**
   * The feed as it stands for this element (set by its feed controller).
   * @internal
   */
  @state() feedState: FeedState = NO_FEED;

  /** @internal */
  protected readonly feedController: FeedController = new FeedController(this);

  /**
   * The section of the feed this element shows: a message stands in when it was unusable.
   * @internal
   */
  protected abstract readonly section: Section;

  /**
   * Whether the element may show what depends on the visitor or the clock (their zone, the
   * time left, what has passed). False for the first render, on a server and in the browser
   * alike, so that the browser's first render is the server's to the byte whatever the
   * visitor's zone, language or clock (hydration); true from the update right after it.
   * @internal
   */
  @state() protected visitorKnown = false;

  /**
   * The language the element writes in, as of the last model step, with its clock
   * (`en-GB-u-hc-h12` when `hour-cycle` says so): every format made with it follows both.
   * @internal
   */
  protected locale = 'en';

  /**
   * What the element shows, as of the last model step.
   * @internal
   */
  protected view: View<Model> = LOADING_VIEW;

  /**
   * Reactive properties that do not change the model (what is derived from them is cheap and
   * computed by the subclass after the model step): a change of only these skips the model step.
   * By default `visitorKnown`: an element whose model depends on the visitor leaves it out.
   * @internal
   */
  protected get liveProperties(): readonly PropertyKey[] {
    return ['visitorKnown'];
  }

  /**
   * The model for a valid feed, or a `Notice` to show instead. Called once per change of the
   * element's inputs, never while rendering.
   * @internal
   */
  protected abstract computeModel(feed: Feed, problems: Problem[]): Model | Notice;

  /**
   * A model the element can show without its feed (from its attributes alone), or `undefined`
   * when it needs the feed. Asked first, whatever the feed's state.
   * @internal
   */
  protected modelWithoutFeed(_state: FeedState): Model | Notice | undefined {
    return undefined;
  }

  /**
   * Prints the model. Pure: it writes no state.
   * @internal
   */
  protected abstract renderModel(model: Model): unknown;

  /** @internal */
  protected renderMessage(text: string): TemplateResult {
    return html`<p class="message" part="message" role="status">${text}</p>`;
  }

  /** Whether the element came with a declarative shadow root (rendered at build time), not yet taken over. */
  #prerendered = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#prerendered = !isServer && !!this.shadowRoot && !this.hasUpdated;
    return super.createRenderRoot();
  }

  /** @internal */
  get takesOverLater(): boolean {
    return this.#prerendered;
  }

  /**
   * An element rendered at build time takes over (hydrates) in a task of its own, and reads and
   * checks its feed there, not when the script defines it: a page of several prerendered
   * elements is not one long task when the script arrives, and a visitor's input waits for
   * one element at most.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.takesOverLater) return super.scheduleUpdate();
    return nextTask().then(() => {
      this.feedController.sync();
      return super.scheduleUpdate();
    });
  }

  /**
   * An element rendered at build time keeps what the server wrote until its feed is here: its
   * first render in the browser must be the server's (hydration), not the loading state.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.takesOverLater && this.feedState.status === 'loading') return false;
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('src') || changed.has('feed')) this.feedController.sync();
    const locale = withHourCycle(localeOf(this), this.hourCycle);
    const live = this.liveProperties;
    const inputs = !this.hasUpdated || locale !== this.locale || [...changed.keys()].some((key) => !live.includes(key));
    if (!inputs) return;
    this.locale = locale;
    this.view = this.#computeView();
  }

  #computeView(): View<Model> {
    const state = this.feedState;
    try {
      const own = this.modelWithoutFeed(state);
      if (own !== undefined) return viewOf(own);
      switch (state.status) {
        case 'none':
          return message(`No feed: give <${this.localName}> a src, put it inside <esfomo-feed>, or add the page's feed script.`);
        case 'loading':
          return LOADING_VIEW;
        case 'error':
          return message(state.error.message);
        case 'ready': {
          const broken = state.problems.find((p) => p.path === this.section && p.severity === 'error');
          if (broken) return message(`The feed's ${formatProblem(broken)}.`);
          const skipped = this.#everyEntrySkipped(state.feed, state.problems);
          if (skipped) return message(`The feed's ${this.section} could not be shown: ${formatProblem(skipped)}.`);
          return viewOf(this.computeModel(state.feed, state.problems));
        }
      }
    } catch (error) {
      return failed(this, error);
    }
  }

  /**
   * The first error that skipped an entry of this element's section, when the validator left
   * none of its entries: a section written but wholly unusable is not the same as an empty one.
   */
  #everyEntrySkipped(feed: Feed, problems: Problem[]): Problem | undefined {
    const section = this.section;
    const entries: unknown = feed[section];
    if (!Array.isArray(entries) || entries.length > 0) return undefined;
    return problems.find((p) => p.severity === 'error' && p.path.startsWith(`${section}[`));
  }

  protected override render(): unknown {
    const view = this.view;
    switch (view.kind) {
      case 'loading':
        return html`<div class="loading" part="loading" aria-busy="true"><span class="waiting">Loading…</span><slot @slotchange=${this.#onStandIn}></slot></div>`;
      case 'message':
        return this.renderMessage(view.text);
      case 'model':
        try {
          return this.renderModel(view.model);
        } catch (error) {
          return this.renderMessage(failed(this, error).text);
        }
    }
  }

  /** The page wrote content of its own inside the tag: it stands in while the feed loads, with no "Loading…" line. */
  #onStandIn = (event: Event): void => {
    const slot = event.currentTarget as HTMLSlotElement;
    const own = slot.assignedNodes().some((node) => node.nodeType === Node.ELEMENT_NODE || !!node.textContent?.trim());
    slot.parentElement?.classList.toggle('stand-in', own);
  };

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The update right after the first render: what depends on the visitor comes now.
    if (!isServer) this.visitorKnown = true;
  }

  /** Resolves once the element has settled, the update that follows the first render included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.isUpdatePending) result = await super.getUpdateComplete();
    return result;
  }

  /** A throw while Lit commits what `render` returned (a directive, a binding) shows the message too. */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
      this.#prerendered = false;
    } catch (thrown) {
      let error = thrown;
      if (this.#prerendered) {
        // What the server wrote is not what the browser shows (the feed changed, or did not
        // load): drop it, keep its styles, and render afresh.
        this.#prerendered = false;
        for (const node of [...this.renderRoot.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
        try {
          super.update(changed);
          return;
        } catch (again) {
          error = again;
        }
      }
      this.view = failed(this, error);
      super.update(changed);
    }
  }
}

const message = (text: string) => ({ kind: 'message' as const, text });

function viewOf<Model>(result: Model | Notice): View<Model> {
  return result instanceof Notice ? message(result.text) : { kind: 'model', model: result };
}

/** The former name of `EsfomoElement`. */
export { EsfomoElement as FeedElement };
