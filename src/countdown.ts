import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { EsfomoElement, Notice } from './shared/esfomo-element.js';
import type { FeedState } from './feed/load.js';
import type { Feed, ImportantDate } from './feed/types.js';
import { nextSecond } from './time/clock.js';
import { ClockWatch } from './time/watch.js';
import { isDue, isZoneName } from './time/zones.js';
import {
  dueMillis,
  formatDue,
  formatDueLocal,
  formatPrevious,
  dueZoneLabel,
  remaining,
  remainingWords,
  unitName,
  UNITS,
} from './time/deadline.js';

/** What `esfomo-deadline` tells: the date that has just passed. */
export interface DeadlineDetail {
  id?: string;
  label: string;
  due: string;
  timezone: string;
  /** The instant it passed (ms since the epoch). */
  at: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'esfomo-deadline': CustomEvent<DeadlineDetail>;
  }
}

/** The date shown, and its instant (undefined when TBD). */
interface Target {
  date: ImportantDate;
  at?: number;
}

/** The nodes a tick writes to: found once per render, so a tick only sets text that changed. */
interface Live {
  nums: Text[];
  names: Text[];
  words: Text;
  shown: number[];
  /** The whole minutes left when the words were last written (they change once a minute at most). */
  wordsFor: number;
}

/**
 * A live countdown to one deadline: its label, the days, hours, minutes and seconds left,
 * and the deadline itself, in its own zone and in the visitor's. Earlier deadlines are shown
 * struck through, a date not yet set shows TBD, and a passed one shows that it is closed.
 *
 * Every countdown on the page ticks from the one shared clock, on the second, and only while
 * it is on the page and open. Screen readers get the time left in words, to the minute,
 * instead of a number that changes every second.
 *
 * With a feed, `deadline` names a date's `id` in it. With no feed at all, `due`, `timezone`
 * and `label` describe the deadline, so a site can use the countdown alone.
 *
 * @summary A live countdown to one deadline.
 *
 * @csspart base - The countdown (it has `role="timer"`).
 * @csspart label - The deadline's label.
 * @csspart remaining - The numbers and their units (hidden from screen readers, which read the words instead).
 * @csspart unit - One number with its unit name.
 * @csspart days - The number of days left.
 * @csspart hours - The number of hours left.
 * @csspart minutes - The number of minutes left.
 * @csspart seconds - The number of seconds left.
 * @csspart unit-name - The name under a number (`days`, `hours`, …).
 * @csspart closed - The text shown once the deadline has passed.
 * @csspart tbd - The text shown for a date not yet set.
 * @csspart due - The deadline in its own zone.
 * @csspart local - The deadline in the visitor's zone (absent when the two read the same).
 * @csspart previous - The earlier deadlines, struck through.
 *
 * @cssprop [--esfomo-countdown-number-size=2em] - The size of the numbers.
 * @cssprop [--esfomo-countdown-number-weight=bold] - The weight of the numbers.
 * @cssprop [--esfomo-countdown-label-weight=bold] - The weight of the label.
 * @cssprop [--esfomo-countdown-gap=0.75em] - The space between the numbers.
 *
 * @fires esfomo-deadline - The deadline passed while the page was open (once); `detail` has `id`, `label`, `due`, `timezone`, `at`.
 */
@customElement('esfomo-countdown')
export class EsfomoCountdown extends EsfomoElement<ImportantDate> {
  static override styles = [
    ...EsfomoElement.styles,
    css`
      :host {
        --_number-size: var(--esfomo-countdown-number-size, 2em);
        --_number-weight: var(--esfomo-countdown-number-weight, bold);
        --_label-weight: var(--esfomo-countdown-label-weight, bold);
        --_unit-gap: var(--esfomo-countdown-gap, 0.75em);
      }
      .countdown {
        display: flex;
        flex-direction: column;
        gap: 0.25em;
      }
      p {
        margin: 0;
      }
      .label {
        font-weight: var(--_label-weight);
      }
      .remaining {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_unit-gap);
      }
      .unit {
        display: inline-flex;
        flex-direction: column;
        align-items: center;
        min-width: 2.5ch;
      }
      .num,
      .state {
        font-size: var(--_number-size);
        font-weight: var(--_number-weight);
        font-variant-numeric: tabular-nums;
        line-height: 1.1;
      }
      .name,
      .local {
        font-size: 0.8em;
        color: var(--_muted);
      }
      .due,
      .previous {
        font-size: 0.9em;
      }
      .local {
        display: block;
      }
    `,
  ];

  /** The `id` of a date in the feed. With a feed, it wins over `due`. */
  @property({ reflect: true }) deadline?: string;

  /** Without a feed: the deadline, `YYYY-MM-DD` (the end of that day) or `YYYY-MM-DDTHH:MM[:SS]`, wall-clock in `timezone`. */
  @property() due?: string;

  /** Without a feed: the zone of `due`, an IANA name or `AoE`. */
  @property() timezone?: string;

  /** Without a feed: what the deadline is for. */
  @property() label?: string;

  /** Without a feed: earlier deadlines, oldest first, separated by spaces; shown struck through. */
  @property() previous?: string;

  /** Without a feed: the date is not set yet (shows TBD). */
  @property({ type: Boolean }) tbd = false;

  protected readonly section = 'dates';

  #target: Target | undefined;
  #live: Live | undefined;
  #watch = new ClockWatch(this, (now) => this.#tick(now));
  /** The instant this countdown was seen open for: only such a deadline fires when it passes. */
  #openFor: number | undefined;
  #firedFor: number | undefined;
  #warned = '';

  /** Whether the attributes describe a deadline of their own. */
  get #standalone(): boolean {
    return this.due != null || this.tbd;
  }

  protected override modelWithoutFeed(state: FeedState): ImportantDate | Notice | undefined {
    if (this.#standalone && (!this.deadline || state.status === 'none')) return this.#standaloneDate();
    return undefined;
  }

  protected override computeModel(feed: Feed): ImportantDate | Notice {
    if (!this.deadline) {
      return new Notice('No deadline: give <esfomo-countdown> a deadline (the id of a date in the feed) or a due date.');
    }
    const date = feed.dates.find((d) => d.id === this.deadline);
    if (!date) {
      const known = feed.dates.map((d) => d.id).filter(Boolean);
      this.#warn(`no date with id "${this.deadline}" in the feed (its ids: ${known.join(', ') || 'none'})`);
      return new Notice(`No date "${this.deadline}" in the feed.`);
    }
    return date;
  }

  protected override renderModel(date: ImportantDate): unknown {
    return this.#renderDate(date);
  }

  #standaloneDate(): ImportantDate | Notice {
    const timezone = this.timezone ?? 'UTC';
    if (!isZoneName(timezone)) {
      this.#warn(`timezone="${timezone}" is not a time zone`);
      return new Notice(`timezone="${timezone}" is not a time zone (an IANA name such as Europe/Vienna, or AoE).`);
    }
    const label = this.label?.trim() || 'Deadline';
    if (this.tbd) return { label, timezone, previous: [], tbd: true };
    const due = this.due ?? '';
    if (!isDue(due)) {
      this.#warn(`due="${due}" is not a date`);
      return new Notice(`due="${due}" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).`);
    }
    const previous = (this.previous ?? '').split(/[\s,]+/).filter((p) => {
      if (!p || isDue(p)) return !!p;
      this.#warn(`previous="${this.previous}": "${p}" is not a date (ignored)`);
      return false;
    });
    return { label, due, timezone, previous, tbd: false };
  }

  #warn(text: string): void {
    if (this.#warned === text) return;
    this.#warned = text;
    console.warn(`esfomo-elements: <esfomo-countdown>: ${text}`);
  }

  #renderDate(date: ImportantDate): TemplateResult {
    const at = dueMillis(date);
    this.#target = { date, at };
    const locale = this.locale;
    const label = date.url
      ? html`<a href=${date.url}>${date.label}</a>`
      : date.label;
    let state: unknown;
    if (at === undefined) {
      state = html`<p class="state tbd" part="tbd">TBD</p>`;
    } else if (Date.now() >= at) {
      state = html`<p class="state closed" part="closed">Closed</p>`;
    } else {
      state = html`<p class="remaining" part="remaining" aria-hidden="true">
          ${UNITS.map(
            (unit) =>
              html`<span class="unit" part="unit"><span class="num" part=${unit}></span> <span class="name" part="unit-name"></span></span>`,
          )}
        </p>
        <p class="visually-hidden words"></p>`;
    }
    const local = date.due && at !== undefined ? formatDueLocal(date.due, date.timezone, locale) : undefined;
    return html`<div class="countdown" part="base" role="timer" aria-labelledby="label">
      <p class="label" part="label" id="label">${label}</p>
      ${state}
      ${date.due && at !== undefined
        ? html`<p class="due">
            <time part="due" datetime=${new Date(at).toISOString()} title=${dueZoneLabel(date.due, date.timezone)}
              >${formatDue(date.due, date.timezone, locale)}</time
            >${local ? html`<span class="local" part="local">your time: ${local}</span>` : nothing}
          </p>`
        : nothing}
      ${date.previous.length
        ? html`<p class="previous" part="previous">
            extended from
            ${date.previous.map(
              (p, i) => html`${i ? ', ' : ''}<s>${formatPrevious(p, date.timezone, locale)}</s>`,
            )}
          </p>`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#live = this.#findLive();
    this.#sync();
  }

  #findLive(): Live | undefined {
    const root = this.renderRoot;
    const words = root.querySelector('.words');
    if (!words) return undefined;
    const text = (el: Element | null) => {
      const node = el!.firstChild instanceof Text ? el!.firstChild : el!.appendChild(document.createTextNode(''));
      return node as Text;
    };
    return {
      nums: UNITS.map((unit) => text(root.querySelector(`[part="${unit}"]`))),
      names: [...root.querySelectorAll('[part="unit-name"]')].map(text),
      words: text(words),
      shown: [-1, -1, -1, -1],
      wordsFor: -1,
    };
  }

  /** Watches the clock while the deadline is ahead and the element on the page; else not. */
  #sync(): void {
    const at = this.#target?.at;
    const now = Date.now();
    if (!this.isConnected || at === undefined || now >= at || !this.#live) return this.#watch.stop();
    this.#openFor = at;
    this.#paint(now);
    this.#watch.start(nextSecond(now), at);
  }

  #tick(now: number): number | undefined {
    const target = this.#target;
    if (target?.at === undefined) return undefined;
    if (now < target.at) {
      this.#paint(now);
      return nextSecond(now);
    }
    this.requestUpdate();
    if (this.#openFor === target.at && this.#firedFor !== target.at && target.date.due) {
      this.#firedFor = target.at;
      const { id, label, due, timezone } = target.date;
      this.dispatchEvent(
        new CustomEvent<DeadlineDetail>('esfomo-deadline', {
          bubbles: true,
          composed: true,
          detail: { ...(id ? { id } : {}), label, due, timezone, at: target.at },
        }),
      );
    }
    return undefined;
  }

  /** Writes the time left at `now`: only the text that changed. */
  #paint(now: number): void {
    const live = this.#live;
    const at = this.#target?.at;
    if (!live || at === undefined) return;
    const left = remaining(at, now);
    for (let i = 0; i < UNITS.length; i++) {
      const unit = UNITS[i];
      const n = left[unit];
      const before = live.shown[i];
      if (n === before) continue;
      live.shown[i] = n;
      live.nums[i].data = i === 0 ? String(n) : String(n).padStart(2, '0');
      if (before === -1 || (n === 1) !== (before === 1)) live.names[i].data = unitName(unit, n);
    }
    const minutes = Math.floor(left.total / 60);
    if (minutes !== live.wordsFor) {
      live.wordsFor = minutes;
      live.words.data = remainingWords(left);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-countdown': EsfomoCountdown;
  }
}
