import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EsfomoElement } from './shared/esfomo-element.js';
import type { Feed, ImportantDate } from './feed/types.js';
import { ClockWatch } from './time/watch.js';
import { dueMillis, dueZoneLabel, formatDue, formatPrevious } from './time/deadline.js';
import { deadlineEvent, workshopName } from './calendar/events.js';
import { offerCalendar, type CalendarEvent } from './calendar/ics.js';

/**
 * The important dates of a call for papers, as a list: each label with its date in its own
 * zone (the zone named), TBD for dates not yet set, earlier dates struck through, passed
 * dates muted, and the next one to come marked. Each dated entry offers an iCalendar file
 * (made in the browser, times in UTC), and the list offers one file with all of them.
 *
 * The mark moves on by itself when a date passes while the page is open (one wake of the
 * shared clock per date, not a tick).
 *
 * @summary The list of important dates, the next one marked.
 *
 * @csspart list - The list (`ul`).
 * @csspart date - Every entry (`li`); also `passed`, `next` or `tbd` where that applies.
 * @csspart passed - An entry whose date has passed.
 * @csspart next - The next date to come (it also has `aria-current="date"`).
 * @csspart tbd - An entry whose date is not set yet.
 * @csspart label - An entry's label.
 * @csspart due - An entry's date, in its own zone.
 * @csspart tbd-text - The TBD shown instead of a date.
 * @csspart previous - An earlier date, struck through.
 * @csspart calendar - An entry's "Add to calendar" link (an `.ics` file).
 * @csspart calendar-all - The link to one `.ics` file with every date.
 *
 * @cssprop [--esfomo-dates-gap=0.35em] - The space between entries.
 * @cssprop [--esfomo-dates-marker=disc] - The marker of the entries (`list-style-type`).
 * @cssprop [--esfomo-dates-next-weight=bold] - The weight of the next date.
 */
@customElement('esfomo-dates')
export class EsfomoDates extends EsfomoElement {
  static override styles = [
    ...EsfomoElement.styles,
    css`
      :host {
        --_item-gap: var(--esfomo-dates-gap, 0.35em);
        --_marker: var(--esfomo-dates-marker, disc);
        --_next-weight: var(--esfomo-dates-next-weight, bold);
      }
      ul {
        margin: 0;
        padding-inline-start: 1.5em;
        list-style-type: var(--_marker);
      }
      li + li {
        margin-block-start: var(--_item-gap);
      }
      .passed {
        color: var(--_muted);
      }
      .next .due {
        font-weight: var(--_next-weight);
      }
      .calendar {
        font-size: 0.85em;
        margin-inline-start: 0.5em;
        white-space: nowrap;
      }
      .all {
        margin: 0.75em 0 0;
        font-size: 0.9em;
      }
    `,
  ];

  protected readonly section = 'dates';

  #feed: Feed | undefined;
  /** Wakes when the next date passes, to move the mark. */
  #watch = new ClockWatch(this, (now) => {
    this.requestUpdate();
    return this.#nextAfter(now);
  });

  protected override renderFeed(feed: Feed): unknown {
    this.#feed = feed;
    if (feed.dates.length === 0) return nothing;
    const locale = this.locale;
    const now = Date.now();
    const next = this.#nextAfter(now);
    const dated = feed.dates.filter((d) => dueMillis(d) !== undefined);
    return html`<ul part="list">
        ${feed.dates.map((date) => {
          const at = dueMillis(date);
          const passed = at !== undefined && at <= now;
          const isNext = at !== undefined && at === next;
          const state = at === undefined ? 'tbd' : passed ? 'passed' : isNext ? 'next' : '';
          const label = date.url ? html`<a href=${date.url}>${date.label}</a>` : date.label;
          return html`<li part="date ${state}" class=${state} aria-current=${isNext ? 'date' : nothing}>
            <span part="label">${label}</span>:
            ${at === undefined || !date.due
              ? html`<strong part="tbd-text">TBD</strong>`
              : html`${date.previous.map((p) => html`<s part="previous">${formatPrevious(p, date.timezone, locale)}</s> `)}<time
                    class="due"
                    part="due"
                    datetime=${new Date(at).toISOString()}
                    title=${dueZoneLabel(date.due, date.timezone)}
                    >${formatDue(date.due, date.timezone, locale)}</time
                  >${passed ? html`<span class="visually-hidden"> (passed)</span>` : nothing}
                  <a class="calendar" part="calendar" href="#" @click=${(e: Event) => this.#offer(e, [date])}
                    >Add<span class="visually-hidden"> “${date.label}”</span> to calendar</a
                  >`}
          </li>`;
        })}
      </ul>
      ${dated.length
        ? html`<p class="all"><a part="calendar-all" href="#" @click=${(e: Event) => this.#offer(e, dated)}>Add all dates to calendar (.ics)</a></p>`
        : nothing}`;
  }

  /** The first instant after `now` at which a date of the feed falls due. */
  #nextAfter(now: number): number | undefined {
    let next: number | undefined;
    for (const date of this.#feed?.dates ?? []) {
      const at = dueMillis(date);
      if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
    }
    return next;
  }

  #offer(event: Event, dates: ImportantDate[]): void {
    const feed = this.#feed;
    if (!feed) return;
    const locale = this.locale;
    const events = dates.map((d) => deadlineEvent(d, feed.workshop, locale)).filter((e): e is CalendarEvent => !!e);
    const name = workshopName(feed.workshop);
    const one = dates.length === 1 && this.#feed!.dates.length > 1;
    const title = one ? [feed.workshop.name, feed.workshop.edition, dates[0].label].filter(Boolean).join(' ') : `${name || 'Important'} dates`;
    offerCalendar(event, events, `${name || 'Important'} dates`, title);
  }

  protected override updated(): void {
    this.#sync();
  }

  /** Wakes when the next date passes (to move the mark), while on the page. */
  #sync(): void {
    const state = this.feedState;
    this.#watch.follow(this.isConnected && state.status === 'ready' ? this.#nextAfter(Date.now()) : undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-dates': EsfomoDates;
  }
}
