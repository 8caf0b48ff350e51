import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { EsfomoElement } from './shared/esfomo-element.js';
import type { Feed, ImportantDate, Workshop } from './feed/types.js';
import { ClockWatch } from './time/watch.js';
import { formatPrevious } from './time/deadline.js';
import { shownDue, type ShownDue } from './time/due.js';
import { deadlineEvent, shortName, workshopName } from './calendar/events.js';
import { offerCalendar, type CalendarEvent } from './calendar/ics.js';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar/links.js';

/** One entry of the list, as shown: worked out once per feed and language. */
interface Entry {
  date: ImportantDate;
  /** Its instant (ms since the epoch), from the validated date; undefined when TBD. */
  at?: number;
  /** The date in its own zone, for a dated entry. */
  due?: ShownDue;
  /** The earlier dates, as shown. */
  previous: string[];
  /** The name of the file its "Add to calendar" link offers. */
  calendarTitle: string;
  /** Its Google Calendar and Outlook links, for a dated entry. */
  web?: { google: string; outlook: string };
}

/** What the list shows: everything but what the clock decides (passed, next). */
interface DatesModel {
  entries: Entry[];
  /** The dated entries' dates: what "Add all dates" puts in one file. */
  dated: ImportantDate[];
  /** The name of the file with all of them. */
  allTitle: string;
  /** The calendar events' inputs. */
  workshop: Workshop;
  locale: string;
  /** `ES-FoMo III, ICML 2025 dates`: the calendar's name. */
  calendarName: string;
}

/**
 * The important dates of a call for papers, as a list: each label with its date in its own
 * zone (the zone named), TBD for dates not yet set, earlier dates struck through, passed
 * dates muted, and the next one to come marked. A date's note follows it; an event (the
 * workshop's day) is shown as a day, passed only once that day has ended in its zone, and is
 * an all-day event in calendars. Each dated entry offers an iCalendar file
 * (made in the browser, times in UTC), and the list offers one file with all of them.
 *
 * The mark moves on by itself when a date passes while the page is open (one wake of the
 * shared clock per date, not a tick). Passed and next are said in words (`✓ passed`, `Next`),
 * not by colour alone; a passed date offers no calendar links. Where the visitor's clock reads
 * otherwise, each date also shows in their zone (`your time: …`). Each date to come offers an
 * `.ics` file, a Google Calendar link and an Outlook (web) link, made from the same event.
 *
 * The first render (on a server, and the browser's first) knows nothing of the visitor: no
 * passed or next, no visitor's zone; those come with the update right after it.
 *
 * @summary The list of important dates, the next one marked.
 *
 * @csspart list - The list (`ul`).
 * @csspart date - Every entry (`li`); also `passed`, `next` or `tbd` where that applies.
 * @csspart passed - An entry whose date has passed.
 * @csspart next - The next date to come (it also has `aria-current="date"`).
 * @csspart tbd - An entry whose date is not set yet.
 * @csspart label - An entry's label.
 * @csspart due - An entry's date, in its own zone (an event's, a day: `26 Jul 2024`).
 * @csspart note - The note shown with a date (`one-day extension for US Memorial Day`).
 * @csspart event - An entry that is a day on which something happens (the workshop itself), not a deadline.
 * @csspart tbd-text - The TBD shown instead of a date.
 * @csspart previous - An earlier date, struck through.
 * @csspart calendar - An entry's "Add to calendar" link (an `.ics` file).
 * @csspart calendar-google - An entry's Google Calendar link (opens in a new tab).
 * @csspart calendar-outlook - An entry's Outlook on the web link (opens in a new tab).
 * @csspart badge - The words `Next` or `✓ passed` beside an entry's date.
 * @csspart local - An entry's date in the visitor's zone (absent when it reads the same).
 * @csspart calendar-all - The link to one `.ics` file with every date.
 *
 * @cssprop [--esfomo-dates-gap=0.35em] - The space between entries.
 * @cssprop [--esfomo-dates-marker=disc] - The marker of the entries (`list-style-type`).
 * @cssprop [--esfomo-dates-next-weight=bold] - The weight of the next date.
 */
@customElement('esfomo-dates')
export class EsfomoDates extends EsfomoElement<DatesModel> {
  static override styles = [
    ...EsfomoElement.styles,
    css`
      ul {
        margin: 0;
        padding-inline-start: 1.5em;
        list-style-type: var(--esfomo-dates-marker, disc);
      }
      li + li {
        margin-block-start: var(--esfomo-dates-gap, 0.35em);
      }
      .passed {
        color: var(--_muted);
      }
      .next .due {
        font-weight: var(--esfomo-dates-next-weight, bold);
      }
      .note {
        font-style: italic;
      }
      .calendar {
        font-size: 0.85em;
        margin-inline-start: 0.5em;
        white-space: nowrap;
      }
      .badge {
        margin-inline-start: 0.4em;
        padding: 0 0.35em;
        border: 1px solid currentColor;
        border-radius: var(--_radius);
        font-size: 0.8em;
        font-weight: normal;
      }
      .next .badge {
        /* Small text: the text colour (4.5:1 wherever the page's text has it), framed in the accent. */
        border-color: var(--_accent);
        font-weight: bold;
      }
      .local {
        font-size: 0.85em;
        margin-inline-start: 0.4em;
      }
      .all {
        margin: 0.75em 0 0;
        font-size: 0.9em;
      }
      @media print {
        .calendar,
        .all {
          display: none;
        }
        li {
          break-inside: avoid;
        }
      }
    `,
  ];

  protected readonly section = 'dates';

  /**
   * The time the passed and next marks are worked out for (ms): the clock moves it, when a date
   * falls due, without a new model step.
   * @internal
   */
  @state() protected now = Date.now();

  protected override get liveProperties(): readonly PropertyKey[] {
    return ['now'];
  }

  /** Wakes when the next date passes, to move the mark. */
  #watch = new ClockWatch(this, (now) => {
    this.now = now;
    return this.#nextAfter(now);
  });

  get #model(): DatesModel | undefined {
    return this.view.kind === 'model' ? this.view.model : undefined;
  }

  protected override computeModel(feed: Feed): DatesModel {
    const locale = this.locale;
    const name = workshopName(feed.workshop);
    const calendarName = `${name || 'Important'} dates`;
    // One date's own file is named after it (`ES-FoMo III Submission deadline`), unless it is the only one.
    const titleOf = (dates: ImportantDate[]) =>
      dates.length === 1 && feed.dates.length > 1 ? [shortName(feed.workshop), dates[0].label].filter(Boolean).join(' ') : calendarName;
    const entries = feed.dates.map((date): Entry => {
      const { at } = date;
      const event = deadlineEvent(date, feed.workshop, locale);
      return {
        date,
        at,
        due: shownDue(date, locale, this.visitorKnown),
        previous: date.previous.map((p) => formatPrevious(p, date.timezone, locale)),
        calendarTitle: titleOf([date]),
        web: event ? { google: googleCalendarUrl(event), outlook: outlookCalendarUrl(event) } : undefined,
      };
    });
    const dated = entries.filter((e) => e.at !== undefined).map((e) => e.date);
    return { entries, dated, allTitle: titleOf(dated), workshop: feed.workshop, locale, calendarName };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Time went on since the last update (the element was away, or the feed just came).
    if (!changed.has('now')) this.now = Date.now();
  }

  protected override renderModel(model: DatesModel): unknown {
    if (model.entries.length === 0) return nothing;
    // No "now" before the visitor is known: nothing passed, nothing next.
    const now = this.visitorKnown ? this.now : -Infinity;
    const next = this.visitorKnown ? this.#nextAfter(now) : undefined;
    return html`<ul part="list">${model.entries.map((entry) => {
      const { date, at, due } = entry;
      const passed = at !== undefined && at <= now;
      const isNext = at !== undefined && at === next;
      const state = at === undefined ? 'tbd' : passed ? 'passed' : isNext ? 'next' : '';
      const label = date.url ? html`<a href=${date.url}>${date.label}</a>` : date.label;
      const note = date.note ? html` <span class="note" part="note">(${date.note})</span>` : nothing;
      return html`<li part=${`date ${state}${date.kind === 'event' ? ' event' : ''}`} class=${state} aria-current=${isNext ? 'date' : nothing}><span part="label">${label}</span>: ${
        due
          ? html`${entry.previous.map((p) => html`<s part="previous">${p}</s> `)}<time class="due" part="due" datetime=${due.datetime} title=${due.zone}>${due.text}</time>${note}${
              due.local ? html`<span class="local" part="local">(your time: ${due.local})</span>` : nothing
            }${passed || isNext ? html`<span class="badge" part="badge">${passed ? '✓ passed' : 'Next'}</span>` : nothing} ${
              passed ? nothing : this.#calendarLinks(model, entry)
            }`
          : html`<strong part="tbd-text">TBD</strong>${note}`
      }</li> `;
    })}</ul>${
      model.dated.length
        ? html`<p class="all"><a part="calendar-all" href="#" @click=${(e: Event) => this.#offer(e, model, model.dated, model.allTitle)}>Add all dates to calendar (.ics)</a></p>`
        : nothing
    }`;
  }

  /** A date's three calendar links: the `.ics` file, Google Calendar and Outlook, in new tabs. */
  #calendarLinks(model: DatesModel, entry: Entry): unknown {
    const { date, web } = entry;
    const name = ` “${date.label}”`;
    return html`<span class="calendar"><a part="calendar" href="#" @click=${(e: Event) => this.#offer(e, model, [date], entry.calendarTitle)}>Add<span class="visually-hidden">${name}</span> to calendar</a>${
      web
        ? html` · <a part="calendar-google" href=${web.google} target="_blank" rel="noopener">Google<span class="visually-hidden"> Calendar:${name}</span></a> · <a part="calendar-outlook" href=${web.outlook} target="_blank" rel="noopener">Outlook<span class="visually-hidden">:${name}</span></a>`
        : nothing
    }</span>`;
  }

  /** The first instant after `now` at which a date of the feed falls due. */
  #nextAfter(now: number): number | undefined {
    let next: number | undefined;
    for (const { at } of this.#model?.entries ?? []) {
      if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
    }
    return next;
  }

  #offer(event: Event, model: DatesModel, dates: ImportantDate[], title: string): void {
    const events = dates.map((d) => deadlineEvent(d, model.workshop, model.locale)).filter((e): e is CalendarEvent => !!e);
    offerCalendar(event, events, model.calendarName, title);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#sync();
  }

  /** Wakes when the next date passes (to move the mark), while on the page. */
  #sync(): void {
    this.#watch.follow(this.isConnected && this.#model ? this.#nextAfter(Date.now()) : undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-dates': EsfomoDates;
  }
}
