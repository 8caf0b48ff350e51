import { html, isServer, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EsfomoElement, Notice } from './shared/esfomo-element.js';
import { warnOnce } from './shared/attributes.js';
import { ref, type Ref } from './shared/ref.js';
import { countdownStyles } from './countdown/styles.js';
import { OnScreen } from './countdown/on-screen.js';
import type { FeedState } from './feed/load.js';
import type { Feed, ImportantDate } from './feed/types.js';
import { validateDate } from './feed/validate.js';
import { nextMinute, nextSecond } from './time/clock.js';
import { ClockWatch } from './time/watch.js';
import { formatPrevious, remaining, remainingToMinute, remainingWords, unitName, UNITS } from './time/deadline.js';
import { shownDue, type ShownDue } from './time/due.js';

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

/** The page's one query for less motion, made the first time a countdown asks. */
let reducedMotion: MediaQueryList | undefined;

/** What the countdown shows, worked out once per change of its inputs. */
interface Deadline {
  date: ImportantDate;
  /** Its instant (ms since the epoch); undefined when TBD. */
  at?: number;
  /** The deadline in its own zone, for a dated one. */
  due?: ShownDue;
  /** The earlier deadlines, as shown. */
  previous: string[];
  /** The visitor asks for less motion: hours and minutes only, once a minute. */
  minutes: boolean;
}

/** The text nodes a tick writes to, taken from the elements Lit's refs point at (no selectors), so a tick only sets text that changed. */
interface Live {
  /** The element the words are written into: a new one means a new render of the numbers. */
  host: Element;
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
 * instead of a number that changes every second. With `prefers-reduced-motion: reduce` it
 * shows days, hours and minutes only and changes once a minute. Once passed it says what
 * closed and when (`Submission deadline closed on 26 May 2025, 23:59 UTC`).
 *
 * The first render (on a server, and the browser's first) knows nothing of the visitor: it
 * shows the label and the deadline in its own zone, and keeps the place of the numbers and of
 * the visitor's time, which come in the update right after without moving anything. Printed,
 * it is its deadline: no numbers.
 *
 * With a feed, `deadline` names a date's `id` in it. With no feed at all, `due`, `timezone`
 * and `label` describe the deadline, so a site can use the countdown alone. These attributes
 * are checked by the feed validator's own rules for a date, so an attribute and the same date
 * in a feed can never be read differently.
 *
 * A date of `kind: "event"` in the feed (the workshop's day) is counted down to the start of
 * that day in its zone, and shown as a day (`26 Jul 2024`); once the day has begun the
 * countdown says so (`Started`).
 *
 * `timezone` here is the zone `due` is written in (the deadline's own zone, as a date's
 * `timezone` in the feed): it decides the instant. It is not the zone the time is shown in, as
 * `timezone` is on `<esfomo-schedule>`: the countdown always shows the deadline in its own
 * zone and, below it, in the visitor's.
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
 * @csspart closed - The text shown once the deadline has passed: what closed, and when (for an event's day: that it has begun).
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
export class EsfomoCountdown extends EsfomoElement<Deadline> {
  static override styles = [...EsfomoElement.styles, countdownStyles];

  /** The `id` of a date in the feed. With a feed, it wins over `due`. */
  @property({ reflect: true }) deadline?: string;

  /** Without a feed: the deadline, `YYYY-MM-DD` (the end of that day) or `YYYY-MM-DDTHH:MM[:SS]`, wall-clock in `timezone`. */
  @property() due?: string;

  /**
   * Without a feed: the zone `due` is written in, an IANA name or `AoE` (UTC when absent). It
   * decides the deadline's instant; the countdown shows it in this zone and in the visitor's.
   */
  @property() timezone?: string;

  /** Without a feed: what the deadline is for. */
  @property() label?: string;

  /** Without a feed: earlier deadlines, oldest first, separated by spaces; shown struck through. */
  @property() previous?: string;

  /** Without a feed: the date is not set yet (shows TBD). */
  @property({ type: Boolean }) tbd = false;

  /**
   * Whether the deadline has passed (the clock decides it, not the inputs: a change of it alone
   * renders the closed state without a new model step).
   * @internal
   */
  @state() protected closed = false;

  protected readonly section = 'dates';

  protected override get liveProperties(): readonly PropertyKey[] {
    return ['closed'];
  }

  /** Where Lit puts the elements a tick writes into. */
  readonly #nums: Ref[] = UNITS.map(() => ({}));
  readonly #names: Ref[] = UNITS.map(() => ({}));
  readonly #words: Ref = {};
  #live: Live | undefined;
  #watch = new ClockWatch(this, (now) => this.#tick(now));
  #onScreen = new OnScreen(this, () => this.#paint(Date.now()));
  /** The instant this countdown was seen open for: only such a deadline fires when it passes. */
  #openFor: number | undefined;
  #firedFor: number | undefined;

  /** Whether the attributes describe a deadline of their own. */
  get #standalone(): boolean {
    return this.due != null || this.tbd;
  }

  /** The deadline shown, as of the last model step. */
  get #deadline(): Deadline | undefined {
    return this.view.kind === 'model' ? this.view.model : undefined;
  }

  protected override modelWithoutFeed(state: FeedState): Deadline | Notice | undefined {
    if (this.#standalone && (!this.deadline || state.status === 'none')) return this.#standaloneDate();
    return undefined;
  }

  protected override computeModel(feed: Feed): Deadline | Notice {
    if (!this.deadline) {
      return new Notice('No deadline: give <esfomo-countdown> a deadline (the id of a date in the feed) or a due date.');
    }
    const date = feed.dates.find((d) => d.id === this.deadline);
    if (!date) {
      const known = feed.dates.map((d) => d.id).filter(Boolean);
      warnOnce(this, `no date with id "${this.deadline}" in the feed (its ids: ${known.join(', ') || 'none'})`);
      return new Notice(`No date "${this.deadline}" in the feed.`);
    }
    return this.#model(date);
  }

  /** The deadline the attributes describe, by the validator's rules for a date of the feed. */
  #standaloneDate(): Deadline | Notice {
    const raw = {
      label: this.label?.trim() || 'Deadline',
      due: this.tbd ? undefined : this.due,
      timezone: this.timezone,
      previous: this.tbd ? [] : (this.previous ?? '').split(/[\s,]+/).filter(Boolean),
      tbd: this.tbd,
    };
    const { date, problems } = validateDate(raw);
    for (const problem of problems) {
      // `previous[1]` names the attribute `previous`, which holds every earlier date.
      const name = problem.path.replace(/\[\d+\]$/, '');
      const text = name === problem.path ? `${name}=${problem.message}` : `${name}="${this.previous}": ${problem.message}`;
      warnOnce(this, text);
      if (problem.severity === 'error') return new Notice(`${text.replace(/ \(skipped\)$/, '')}.`);
    }
    return date ? this.#model(date) : new Notice("The countdown's attributes do not describe a deadline.");
  }

  #model(date: ImportantDate): Deadline {
    const locale = this.locale;
    return {
      date,
      at: date.kind === 'event' ? date.start : date.at,
      due: shownDue(date, locale, this.visitorKnown),
      previous: date.previous.map((p) => formatPrevious(p, date.timezone, locale)),
      minutes: this.#reducedMotion(),
    };
  }

  /** Whether the visitor asks for less motion: read only in the browser, once the visitor is known. */
  #reducedMotion(): boolean {
    if (!this.visitorKnown || isServer || typeof matchMedia !== 'function') return false;
    reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
    return reducedMotion.matches;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const at = this.#deadline?.at;
    this.closed = this.visitorKnown && at !== undefined && Date.now() >= at;
  }

  protected override renderModel(model: Deadline): unknown {
    const { date, at, due } = model;
    const label = date.url ? html`<a href=${date.url}>${date.label}</a>` : date.label;
    const known = this.visitorKnown;
    // Before the visitor is known (and once closed) the numbers keep their place, invisible, and
    // the closed text takes the same place (one grid cell); one template throughout, so the
    // update that brings them only sets a class.
    const open = known && !this.closed;
    const on = (name: string) => (open ? name : nothing);
    return html`<div class="countdown" part="base" role="timer" aria-labelledby="label"><p class="label" part="label" id="label">${label}</p> ${
      at === undefined
        ? html`<p class="state" part="tbd">TBD</p>`
        : html`<p class="remaining ${open ? '' : 'placeholder'}" part=${on('remaining')} aria-hidden="true">${UNITS.map(
            (unit, i) =>
              html`<span class="unit" part=${on('unit')} ?hidden=${model.minutes && unit === 'seconds'}><span class="num" part=${on(unit)} ${ref(this.#nums[i])}>00</span> <span class="name" part=${on('unit-name')} ${ref(this.#names[i])}>&nbsp;</span></span>`,
          )}</p>${open ? html`<p class="visually-hidden words" ${ref(this.#words)}></p>` : nothing}${
            known && this.closed && due
              ? html`<p class="closed" part="closed">${`${date.label} ${date.kind === 'event' ? 'began' : 'closed'} on ${due.text}`}</p>`
              : nothing
          }`
    }${
      due
        ? html`<p class="due"><time part="due" datetime=${due.datetime} title=${due.zone}>${due.text}</time>${
            due.local
              ? html`<span class="local" part="local">your time: ${due.local}</span>`
              : html`<span class="local placeholder" aria-hidden="true">your time</span>`
          }</p>`
        : nothing
    }${
      model.previous.length
        ? html`<p class="previous" part="previous">extended from ${model.previous.map((p, i) => html`${i ? ', ' : ''}<s>${p}</s>`)}</p>`
        : nothing
    }</div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#live = this.#findLive();
    this.#sync();
  }

  /** The text nodes of the numbers, names and words Lit rendered (the same ones while the numbers stay). */
  #findLive(): Live | undefined {
    const words = this.#words.value;
    if (!words?.isConnected) return undefined;
    if (this.#live?.host === words) return this.#live;
    const text = (el: Element | undefined) => {
      const node = el!.firstChild instanceof Text ? el!.firstChild : el!.appendChild(document.createTextNode(''));
      return node as Text;
    };
    const count = this.#deadline?.minutes ? 3 : UNITS.length;
    return {
      host: words,
      nums: this.#nums.slice(0, count).map((r) => text(r.value)),
      names: this.#names.slice(0, count).map((r) => text(r.value)),
      words: text(words),
      shown: [-1, -1, -1, -1],
      wordsFor: -1,
    };
  }

  /** Watches the clock while the deadline is ahead and the element on the page; else not. */
  #sync(): void {
    const at = this.#deadline?.at;
    const now = Date.now();
    if (!this.isConnected || at === undefined || now >= at || !this.#live) return this.#watch.stop();
    this.#openFor = at;
    this.#paint(now);
    this.#watch.start(this.#nextWake(now, at), at);
  }

  /** When the numbers next change: the next second, or with less motion the next minute. */
  #nextWake(now: number, at: number): number {
    return this.#deadline?.minutes ? nextMinute(now, at) : nextSecond(now);
  }

  #tick(now: number): number | undefined {
    const target = this.#deadline;
    if (target?.at === undefined) return undefined;
    if (now < target.at) {
      this.#paint(now);
      return this.#nextWake(now, target.at);
    }
    this.closed = true;
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

  /** Writes the time left at `now`: only the text that changed; the numbers only near the viewport (the words always). */
  #paint(now: number): void {
    const live = this.#live;
    const at = this.#deadline?.at;
    if (!live || at === undefined) return;
    const minutes = this.#deadline!.minutes;
    const left = minutes ? remainingToMinute(at, now) : remaining(at, now);
    for (let i = 0; i < (this.#onScreen.near ? (minutes ? 3 : UNITS.length) : 0); i++) {
      const unit = UNITS[i];
      const n = left[unit];
      const before = live.shown[i];
      if (n === before) continue;
      live.shown[i] = n;
      live.nums[i].data = i === 0 ? String(n) : String(n).padStart(2, '0');
      if (before === -1 || (n === 1) !== (before === 1)) live.names[i].data = unitName(unit, n);
    }
    const whole = Math.floor(left.total / 60);
    if (whole !== live.wordsFor) {
      live.wordsFor = whole;
      live.words.data = remainingWords(left);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-countdown': EsfomoCountdown;
  }
}
