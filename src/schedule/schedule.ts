import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EsfomoElement } from '../shared/esfomo-element.js';
import type { Feed } from '../feed/types.js';
import { offerCalendar } from '../calendar/ics.js';
import { eventTitle } from '../calendar/events.js';
import { dayEvents } from '../calendar/day-events.js';
import { googleCalendarUrl, outlookCalendarUrl } from '../calendar/links.js';
import { parseCalendarDate, parseEnum, warnOnce, type Parsed } from '../shared/attributes.js';
import { ClockWatch } from '../time/watch.js';
import { localZoneName } from '../time/zones.js';
import { dayText, sameClock, zoneText } from '../time/day.js';
import { layoutFor, nextChange, nowRow } from './layout.js';
import { table } from './rows.js';
import type { ScheduleModel, Tab } from './model.js';
import { scheduleStyles } from './styles.js';
import { parseShownZone, shared, type TimezoneChangeDetail, type TimezoneChoice, type ZoneSetting } from './zone.js';

export type { TimezoneChangeDetail, TimezoneChoice };

const TABS = ['auto', 'shown', 'hidden'] as const;
type Tabs = (typeof TABS)[number];

/**
 * The day's programme as a table, as the seed pages' "the plan": each item's time, its
 * title and who speaks (with affiliation; moderators marked as such). Sessions are header
 * rows with their talks under them; breaks, remarks, awards and social items are quieter
 * than talks; tentative items are marked TBC.
 *
 * `timezone` is the zone the times are **shown** in (the feed says, per day, which zone they
 * are written in): wall-clock times of the day's own zone (`timezone="event"`, the default),
 * of the visitor's (`local`), or of a named IANA zone. (On `<esfomo-countdown>`, `timezone`
 * is instead the zone its `due` is written in.) The caption says which zone, with its
 * abbreviation and UTC offset. Where the visitor's zone shows other times, a toggle switches
 * between the schedule's zone and the visitor's; the choice holds for every schedule on the
 * page for the rest of the visit (also over the `timezone` attribute), and a later-made
 * schedule follows it.
 *
 * Days: `day` is the date of the day shown, and a day tab writes the day it selects to
 * `day` (and so to the attribute). `tabs` decides the tabs of a schedule of several days:
 * `auto` (the default) shows them unless the page sets `day` itself (in the markup or from
 * script), which shows that day alone, without tabs; `shown` always shows them (`day` then
 * only selects one); `hidden` never does. A `day` that is not a day of the schedule shows
 * the first day (with its tabs under `auto`) and a console warning. Two days of the same
 * date are one slip: the first is shown, the second skipped, and the console names it.
 *
 * While the day runs, the item in progress has `aria-current="time"` and part `now`; the
 * mark moves on at each start and end by the page's one shared clock. Under a width of
 * 36rem (of the element, not the window) each row stacks; printed, it is a plain
 * black-on-white table.
 *
 * Under the table, a link offers the day as an iCalendar file made in the browser: one
 * event per item of the day, in UTC (the same instants whatever zone the table shows),
 * titled with the workshop's name, a session's talks and everyone's names in its
 * description, the workshop's venue as its location. An item without an end ends where
 * the next starts; the day's last item without an end is an instant at its start.
 *
 * @summary The day's programme as a table.
 *
 * @csspart toolbar - The row above the table that holds the day tabs and the time zone toggle.
 * @csspart tabs - The day tabs' list (`role="tablist"`).
 * @csspart tab - Each day tab (a button with `role="tab"`).
 * @csspart tab-selected - The tab of the day shown (also has part `tab`).
 * @csspart tab-panel - What a day tab shows (`role="tabpanel"`): the note and the table.
 * @csspart zone-toggle - The button that switches between the schedule's zone and the visitor's.
 * @csspart note - The day's note from the feed, above the table.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart day - The caption's day, such as Friday 26 July 2024.
 * @csspart zone - The caption's time zone line, such as Times in CEST, UTC+2.
 * @csspart head - The table's header row group (`thead`).
 * @csspart group - Each row group (`tbody`): a session and its talks, or a run of other items.
 * @csspart row - Every row of an item; it also has the item's kind as a part (session, talk, contributed, panel, poster, break, remarks, awards, social).
 * @csspart session - A session's header row (also has part `row`).
 * @csspart session-item - A row of an item inside a session (also has part `row`).
 * @csspart tentative - The row of a tentative item.
 * @csspart now - The row of the item in progress (also `aria-current="time"`).
 * @csspart time - The time cell.
 * @csspart day-shift - The weekday before a time that falls on another day than the caption's.
 * @csspart now-badge - The small now label in the time cell of the item in progress.
 * @csspart title - The title cell (a row header).
 * @csspart tbc - The TBC mark after a tentative item's title.
 * @csspart label - The page's word for an item's kind (`Invited Talk`, `Oral`), small, before its title.
 * @csspart paper - Each paper an item presents (its `papers`), a line under the item's title.
 * @csspart paper-title - A paper's title (holding a link when the feed gives its url).
 * @csspart paper-authors - A paper's authors, each with their affiliation.
 * @csspart speakers - The cell of speakers and moderators.
 * @csspart person - Each speaker or moderator.
 * @csspart moderator - A moderator (also has part `person`).
 * @csspart role - The Moderator label before a moderator.
 * @csspart name - A person's name (holding a link when the feed gives their url).
 * @csspart affiliation - A person's affiliation, in parentheses (empty when the feed gives none).
 * @csspart calendar - The link under the table that offers the day as an `.ics` file (hidden in print).
 * @csspart empty - The line shown for a day with no items.
 *
 * @cssprop [--esfomo-schedule-time-width=7.5em] - The width of the time column.
 * @cssprop [--esfomo-schedule-cell-padding=0.45em 0.6em] - The padding of every cell.
 * @cssprop [--esfomo-schedule-row-border=1px solid (the border colour)] - The line under each row.
 * @cssprop [--esfomo-schedule-session-background=color-mix(in srgb, currentColor 5%, transparent)] - The background of session rows.
 * @cssprop [--esfomo-schedule-quiet-color=(the muted colour)] - The colour of breaks, remarks, awards and social items.
 * @cssprop [--esfomo-schedule-talk-indent=1.25em] - How far a session's talks are indented.
 * @cssprop [--esfomo-schedule-now-background=color-mix(in srgb, (the accent) 8%, transparent)] - The background of the item in progress.
 * @cssprop [--esfomo-schedule-now-accent=(the accent)] - The bar beside, and the badge of, the item in progress.
 * @cssprop [--esfomo-schedule-tab-accent=(the accent)] - The line under the selected day tab.
 *
 * @fires esfomo-timezone-change - The visitor pressed the time zone toggle; `detail` has `timezone` (event or local) and `zone` (the IANA name now shown).
 */
@customElement('esfomo-schedule')
export class EsfomoSchedule extends EsfomoElement<ScheduleModel | null> {
  static override styles = [...EsfomoElement.styles, scheduleStyles];

  /**
   * The date (`YYYY-MM-DD`) of the day shown; a day tab sets it. Set by the page, it shows
   * that day alone, without tabs (unless `tabs="shown"`). Default: the first day.
   */
  @property({ reflect: true }) day?: string;

  /** Whether a schedule of several days has day tabs: `auto` (the default: unless the page sets `day`), `shown`, or `hidden`. */
  @property({ reflect: true }) tabs?: 'auto' | 'shown' | 'hidden';

  /**
   * The zone the times are shown in: `event` (the day's own zone, the default), `local` (the
   * visitor's), or an IANA name. Not the zone they are written in (the feed's, per day).
   */
  @property({ reflect: true }) timezone?: string;

  /**
   * The instant the now-marker is drawn for: set by the clock at each start and end of the
   * day shown, and when the element connects or its model changes. It never redoes the model.
   * @internal
   */
  @state() now = Date.now();

  /**
   * The visitor's choice of zone, as this schedule last heard it.
   * @internal
   */
  @state() protected choice?: TimezoneChoice;

  protected readonly section = 'schedule';

  /** The attributes, read when they change. */
  #zone: ZoneSetting = { local: false };
  #date: string | undefined;
  #tabs: Tabs = 'auto';
  /** The date the last tab chosen wrote to `day` (until the page writes another). */
  #tabDate: string | undefined;

  /** Wakes at the next start or end of the day shown, to move the now-mark (and re-renders when the element comes back). */
  #watch = new ClockWatch(this, (now) => {
    this.now = now;
    const model = this.#model;
    return model ? nextChange(model.layout, now) : undefined;
  });
  /** What the shared choice calls when it changes (a copy of the library calls it too). */
  #follower = { requestUpdate: () => void (this.choice = shared.value) };

  /**
   * The visitor's choice of zone for this page visit, made with any schedule's toggle:
   * `local`, `event`, or `undefined` (none yet: each schedule follows its `timezone`).
   * Setting it updates every schedule on the page.
   */
  static get timezoneChoice(): TimezoneChoice | undefined {
    return shared.value;
  }
  static set timezoneChoice(value: TimezoneChoice | undefined) {
    shared.value = value === 'local' || value === 'event' ? value : undefined;
    for (const el of shared.live) el.requestUpdate();
  }

  protected override get liveProperties(): readonly PropertyKey[] {
    return ['now'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    shared.live.add(this.#follower);
    this.choice = shared.value;
    this.now = Date.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    shared.live.delete(this.#follower);
  }

  /** The model shown, as of the last model step (what handlers read). */
  get #model(): ScheduleModel | undefined {
    return this.view.kind === 'model' ? (this.view.model ?? undefined) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timezone')) this.#zone = this.#read(parseShownZone(this.timezone));
    if (changed.has('tabs')) this.#tabs = this.#read(parseEnum('tabs', this.tabs, TABS, 'auto'));
    if (changed.has('day')) {
      if (this.day !== this.#tabDate) this.#tabDate = undefined;
      const date = parseCalendarDate('day', this.day);
      if (date.problem) date.problem += '; the first day is shown';
      this.#date = this.#read(date);
    }
    const before = this.view;
    super.willUpdate(changed);
    // A new model may show another day: mark what is in progress now, not at the last wake.
    if (this.view !== before) this.now = Date.now();
  }

  #read<T>(parsed: Parsed<T>): T {
    if (parsed.problem) warnOnce(this, parsed.problem);
    return parsed.value;
  }

  protected override computeModel(feed: Feed): ScheduleModel | null {
    const days = feed.schedule;
    if (days.length === 0) return null;
    const wanted = this.#date;
    const found = wanted === undefined ? undefined : days.find((d) => d.date === wanted);
    if (wanted !== undefined && !found) {
      warnOnce(this, `day="${wanted}" is not a day of the schedule (${days.map((d) => d.date).join(', ')}); the first day is shown`);
    }
    const day = found ?? days[0];
    const byPage = found !== undefined && this.#tabDate === undefined;
    const tabs = days.length > 1 && (this.#tabs === 'shown' || (this.#tabs === 'auto' && !byPage));
    const locale = this.locale;
    const setting = this.#zone;
    const local = localZoneName();
    const ownZone = setting.named ?? day.timezone;
    const showsLocal = this.choice ? this.choice === 'local' : setting.local;
    const layout = layoutFor(day, showsLocal ? local : ownZone, locale);
    const workshop = feed.workshop;
    const dayLabel = dayText(day.date, locale);
    const whole = {
      uid: '',
      title: eventTitle(workshop, dayLabel),
      start: layout.first,
      end: layout.last,
      ...(workshop.venue ? { location: workshop.venue } : {}),
      ...(workshop.url ? { url: workshop.url } : {}),
    };
    return {
      layout,
      ...(tabs ? { tabs: days.map((d) => ({ date: d.date, label: dayText(d.date, locale, 'short') })) } : {}),
      selected: days.indexOf(day),
      showsLocal,
      whose: showsLocal ? ' (your time zone)' : setting.named !== undefined ? '' : ' (the event’s time zone)',
      ...(sameClock(ownZone, local, layout.first, layout.last)
        ? {}
        : { toggle: `Show in my time zone (${zoneText(local, layout.first, layout.last)})` }),
      dayLabel,
      workshop,
      calendarName: eventTitle(workshop, dayLabel),
      calendarFile: eventTitle(workshop, day.date),
      web: { google: googleCalendarUrl(whole), outlook: outlookCalendarUrl(whole) },
    };
  }

  protected override renderModel(model: ScheduleModel | null): unknown {
    if (!model) return nothing;
    const { layout, tabs, toggle } = model;
    const day = layout.day;
    const content = html`${day.note ? html`<p class="note" part="note">${day.note}</p>` : nothing}${
      layout.rows.length
        ? html`${table(layout, model.whose, nowRow(layout, this.now))}<p class="add">
            <a part="calendar" href="#" @click=${this.#offer}
              >Add this day<span class="visually-hidden"> (${model.dayLabel})</span> to calendar (.ics)</a
            >
            · <a part="calendar-google" href=${model.web.google} target="_blank" rel="noopener">Google Calendar<span class="visually-hidden"> (${model.dayLabel})</span></a>
            · <a part="calendar-outlook" href=${model.web.outlook} target="_blank" rel="noopener">Outlook<span class="visually-hidden"> (${model.dayLabel})</span></a>
          </p>`
        : html`<p class="empty" part="empty">${model.dayLabel}: nothing is scheduled yet.</p>`
    }`;

    return html`<div class="schedule">
      ${
        tabs || toggle
          ? html`<div class="toolbar" part="toolbar">
            ${tabs ? this.#tabList(tabs, model.selected) : nothing}
            ${
              toggle
                ? html`<button type="button" class="toggle" part="zone-toggle" aria-pressed=${model.showsLocal ? 'true' : 'false'} @click=${this.#toggle}>
                  ${toggle}
                </button>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${
        tabs
          ? html`<div class="panel" part="tab-panel" role="tabpanel" id="day-panel" aria-labelledby="day-tab-${model.selected}" tabindex="0">${content}</div>`
          : content
      }
    </div>`;
  }

  #tabList(tabs: Tab[], selected: number): TemplateResult {
    return html`<div class="tabs" part="tabs" role="tablist" aria-label="Days" @keydown=${this.#onTabKey}>
      ${tabs.map((tab, i) => {
        const on = i === selected;
        return html`<button
          type="button"
          class="tab"
          part=${on ? 'tab tab-selected' : 'tab'}
          role="tab"
          id="day-tab-${i}"
          aria-selected=${on ? 'true' : 'false'}
          aria-controls="day-panel"
          tabindex=${on ? 0 : -1}
          data-date=${tab.date}
          @click=${this.#onTabClick}
        >${tab.label}</button>`;
      })}
    </div>`;
  }

  /** The calendar link's click: the day shown as one `.ics` file. */
  #offer = (event: Event): void => {
    const model = this.#model;
    if (!model) return;
    offerCalendar(event, dayEvents(model.layout, model.workshop), model.calendarName, model.calendarFile);
  };

  #onTabClick = (event: Event): void => {
    const date = (event.currentTarget as HTMLElement).dataset.date;
    if (date) this.#select(date);
  };

  /** Shows the day of a tab: it becomes `day` (and the attribute), and the tabs stay. */
  #select(date: string, focus = false): void {
    this.#tabDate = date;
    this.day = date;
    if (focus) {
      this.updateComplete.then(() => {
        this.shadowRoot?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
      });
    }
  }

  #onTabKey = (event: KeyboardEvent): void => {
    const tabs = this.#model?.tabs;
    if (!tabs) return;
    const at = this.#model!.selected;
    let to: number;
    switch (event.key) {
      case 'ArrowRight':
        to = (at + 1) % tabs.length;
        break;
      case 'ArrowLeft':
        to = (at - 1 + tabs.length) % tabs.length;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = tabs.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#select(tabs[to].date, true);
  };

  #toggle = (): void => {
    const next: TimezoneChoice = this.#model?.showsLocal ? 'event' : 'local';
    EsfomoSchedule.timezoneChoice = next;
    this.updateComplete.then(() => {
      this.dispatchEvent(
        new CustomEvent<TimezoneChangeDetail>('esfomo-timezone-change', {
          bubbles: true,
          composed: true,
          detail: { timezone: next, zone: this.#model?.layout.zone ?? '' },
        }),
      );
    });
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Watches the shared clock while the day shown is today (in its zone) and something is still to start or end.
    const model = this.#model;
    this.#watch.follow(model && this.isConnected ? nextChange(model.layout, Date.now()) : undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-schedule': EsfomoSchedule;
  }
}
