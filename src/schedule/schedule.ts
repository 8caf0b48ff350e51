import { html, isServer, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EsfomoElement } from '../shared/esfomo-element.js';
import type { Feed } from '../feed/types.js';
import { offerCalendar } from '../calendar/ics.js';
import { eventTitle } from '../calendar/events.js';
import { dayEvents } from '../calendar/day-events.js';
import { parseCalendarDate, parseEnum, warnOnce, type Parsed } from '../shared/attributes.js';
import { ClockWatch } from '../time/watch.js';
import { localZoneName } from '../time/zones.js';
import { dayText } from '../time/day.js';
import { layoutFor, nextChange, nowRow } from './layout.js';
import { table } from './rows.js';
import { dayLine, dayLinks, rowMenu, type RowMenu } from './calendar-links.js';
import { scheduleStyles } from './styles.js';
import { controlFor, toolbar, tabKeyTarget, type ToolbarHandlers } from './toolbar.js';
import { linkTarget, openRow, writeHash } from './deep-link.js';
import type { ScheduleModel } from './model.js';
import {
  choiceOf,
  choose,
  parseShownZone,
  pickerZones,
  remembered,
  shared,
  type Choice,
  type TimezoneChangeDetail,
  type TimezoneChoice,
  type ZoneSetting,
} from './zone.js';

export type { TimezoneChangeDetail, TimezoneChoice };

const TABS = ['auto', 'shown', 'hidden'] as const;
type Tabs = (typeof TABS)[number];
const ZONES = ['toggle', 'picker'] as const;

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
 * abbreviation and UTC offset. Where the visitor's zone shows other times, a toggle says what
 * is shown and switches between the schedule's zone and the visitor's ("Times in CEST (event)
 * · Show in my time (JST)", pressed: "Times in JST (yours) · Show event time"). With
 * `zones="picker"`, a labelled list of every IANA zone (the visitor's and the event's first)
 * shows the schedule in any zone. The choice holds for every schedule on the page (also over
 * the `timezone` attribute), a later-made schedule follows it, and it is remembered across
 * reloads and the site's pages (`localStorage`, key `esfomo-elements:timezone`; where storage
 * is blocked, for the page visit only).
 *
 * The first render (on a server, and the browser's first, hydrating render) is the same for
 * every visitor: the times in the schedule's zone, no now-mark, the toggle disabled with only
 * its event half. The update right after it brings the visitor's zone, their remembered
 * choice and the now-mark, in space the toolbar already holds. Until the element is defined
 * (a page rendered at build time, read without JavaScript or before the script has come),
 * the rows' calendar buttons, which need the script, are hidden in the room they keep.
 *
 * Deep links: each row has an anchor id `<date>-<title slug>` (unique within the day). The
 * schedule reads the page's hash (on load and on `hashchange`): `#2024-07-26` selects that day,
 * `#2024-07-26-keynote` also scrolls that row into view and marks it for a moment (part
 * `targeted`). A day tab writes `#<date>` (`history.replaceState`: no scroll, no new entry).
 * With an `id` on the element the hash is `#<id>-<date>`; without one, only a page's single
 * schedule reads and writes it.
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
 * Under the table, links offer the day as an iCalendar file made in the browser (one event
 * per item, in UTC, a session's talks and everyone's names in its description) and as one
 * event in Google Calendar and Outlook. Each timed item's row has a small button that opens
 * the item's own three links (a file, Google Calendar, Outlook: new tab, `noopener`).
 *
 * @summary The day's programme as a table.
 *
 * @csspart toolbar - The row above the table that holds the day tabs and the time zone toggle.
 * @csspart tabs - The day tabs' list (`role="tablist"`).
 * @csspart tab - Each day tab (a button with `role="tab"`).
 * @csspart tab-selected - The tab of the day shown (also has part `tab`).
 * @csspart tab-panel - What a day tab shows (`role="tabpanel"`): the note and the table.
 * @csspart zone-toggle - The button that says which zone is shown and switches between the schedule's zone and the visitor's.
 * @csspart zone-status - Instead of the toggle, where the visitor's zone shows the same times: the line saying so.
 * @csspart zone-picker - The zone picker's label, holding its list (`zones="picker"`).
 * @csspart zone-select - The zone picker's list (a `select`).
 * @csspart targeted - The row a deep link opened, for a moment (also has part `row`).
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
 * @csspart person - Each speaker or moderator: an item of the cell's list, or, alone in its row, the cell itself (also part `speakers`).
 * @csspart moderator - A moderator (also has part `person`).
 * @csspart role - The Moderator label before a moderator.
 * @csspart name - A person's name: the link to their page when the feed gives their url.
 * @csspart affiliation - A person's affiliation, in parentheses (only where the feed gives one).
 * @csspart calendar - The link under the table that offers the day as an `.ics` file (hidden in print).
 * @csspart item-calendar-toggle - A row's button that opens its calendar links (`aria-expanded`).
 * @csspart item-calendar - The open row's links: `.ics`, Google Calendar, Outlook.
 * @csspart empty - The line shown for a day with no items.
 *
 * @cssprop [--esfomo-schedule-time-width=7.5em] - The width of the time column (by default 12em on a day whose times are longer than `10:30–11:00`, as a 12-hour clock's are). The speakers' column is 30 % of the table, the title's the rest.
 * @cssprop [--esfomo-schedule-cell-padding=0.45em 0.6em] - The padding of every cell.
 * @cssprop [--esfomo-schedule-row-border=1px solid (the border colour)] - The line under each row.
 * @cssprop [--esfomo-schedule-session-background=color-mix(in srgb, currentColor 5%, transparent)] - The background of session rows.
 * @cssprop [--esfomo-schedule-quiet-color=(the muted colour)] - The colour of breaks, remarks, awards and social items.
 * @cssprop [--esfomo-schedule-talk-indent=1.25em] - How far a session's talks are indented.
 * @cssprop [--esfomo-schedule-now-background=color-mix(in srgb, (the accent) 8%, transparent)] - The background of the item in progress.
 * @cssprop [--esfomo-schedule-now-accent=(the accent)] - The bar beside, and the badge of, the item in progress.
 * @cssprop [--esfomo-schedule-tab-accent=(the accent)] - The line under the selected day tab.
 * @cssprop [--esfomo-schedule-speaker-color=color-mix(in srgb, currentColor 85%, transparent)] - The colour of the speakers' cell, set apart from the title (keeping 4.5:1 on light and dark pages, in a tinted row too).
 * @cssprop [--esfomo-schedule-speaker-size=0.9em] - The size of the speakers' cell.
 * @cssprop [--esfomo-schedule-target-background=color-mix(in srgb, (the accent) 18%, transparent)] - The highlight of a row a deep link opened, fading out.
 *
 * @fires esfomo-timezone-change - The visitor pressed the time zone toggle or picked a zone; `detail` has `timezone` (event, local, or zone for one picked) and `zone` (the IANA name now shown).
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

  /** `picker` adds a list of every time zone beside the toggle; `toggle` (the default) is the toggle alone. */
  @property({ reflect: true }) zones?: 'toggle' | 'picker';

  /** The instant the now-marker is drawn for (set by the clock at each start and end; never redoes the model). @internal */
  @state() now = Date.now();
  /** The anchor of the row whose calendar links are open (a live property: no model step). @internal */
  @state() protected opened?: string;
  /** The visitor's choice of zone, as this schedule last heard it. @internal */
  @state() protected choice?: Choice;

  protected readonly section = 'schedule';

  /** The attributes, read when they change. */
  #zone: ZoneSetting = { local: false };
  #date: string | undefined;
  #tabs: Tabs = 'auto';
  #picker = false;
  /** The date the last tab chosen (or link opened) wrote to `day` (until the page writes another). */
  #tabDate: string | undefined;
  /** The row a deep link asks for, scrolled to once it is rendered. */
  #anchor: string | undefined;
  /** The open row's calendar links, made when `opened` or the model changes. */
  #menu: RowMenu | undefined;

  /** Wakes at the next start or end of the day shown, to move the now-mark (and re-renders when the element comes back). */
  #watch = new ClockWatch(this, (now) => {
    this.now = now;
    const model = this.#model;
    return model ? nextChange(model.layout, now) : undefined;
  });
  /** What the shared choice calls when it changes (a copy of the library calls it too). */
  #follower = { requestUpdate: () => void (this.choice = this.visitorKnown ? remembered() : undefined) };

  /**
   * The visitor's choice of zone, made with any schedule's toggle: `local`, `event`, `zone` (one picked from a list), or `undefined`
   * (none yet: each schedule follows its `timezone`). Setting it (those, or an IANA name) updates every schedule and is remembered.
   */
  static get timezoneChoice(): TimezoneChoice | undefined {
    return shared.value;
  }
  static set timezoneChoice(value: string | undefined) {
    choose(choiceOf(value));
  }

  protected override get liveProperties(): readonly PropertyKey[] {
    return ['now', 'opened'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    shared.live.add(this.#follower);
    if (this.visitorKnown) this.#follower.requestUpdate();
    this.now = Date.now();
    if (!isServer) window.addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    shared.live.delete(this.#follower);
    if (!isServer) window.removeEventListener('hashchange', this.#onHash);
  }

  /** The model shown, as of the last model step (what handlers read). */
  get #model(): ScheduleModel | undefined {
    return this.view.kind === 'model' ? (this.view.model ?? undefined) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timezone')) this.#zone = this.#read(parseShownZone(this.timezone));
    if (changed.has('tabs')) this.#tabs = this.#read(parseEnum('tabs', this.tabs, TABS, 'auto'));
    if (changed.has('zones')) this.#picker = this.#read(parseEnum('zones', this.zones, ZONES, 'toggle')) === 'picker';
    // The visitor is known from the update after the first render: their remembered choice now.
    if ((changed as PropertyValues).has('visitorKnown') && this.visitorKnown) this.choice = remembered();
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
    const model = this.#model;
    if (this.view !== before || (changed as PropertyValues).has('opened'))
      this.#menu = model && rowMenu(model.layout, model.workshop, this.opened);
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
    // Before the visitor is known (the first render, everywhere the same), nothing of theirs:
    // not their zone, nor their choice (timezone="local" shows the event's zone until then).
    const known = this.visitorKnown;
    const local = known ? localZoneName() : undefined;
    const ownZone = setting.named ?? day.timezone;
    const choice = known ? this.choice : undefined;
    const picked = choice?.value === 'zone' ? choice.zone : undefined;
    const showsLocal = local !== undefined && !picked && (choice ? choice.value === 'local' : setting.local);
    const shownZone = picked ?? (showsLocal ? local! : ownZone);
    const layout = layoutFor(day, shownZone, locale);
    const workshop = feed.workshop;
    const dayLabel = dayText(day.date, locale);
    const control = controlFor(ownZone, setting.named !== undefined, local, picked, showsLocal, layout.first, layout.last);
    return {
      layout,
      ...(tabs ? { tabs: days.map((d) => ({ date: d.date, label: dayText(d.date, locale, 'short') })) } : {}),
      selected: days.indexOf(day),
      whose: showsLocal ? ' (your time zone)' : setting.named !== undefined || picked ? '' : ' (the event’s time zone)',
      control,
      ...(this.#picker ? { picker: { zones: local ? pickerZones([local, ownZone, shownZone]) : [ownZone], selected: shownZone } } : {}),
      known,
      dayLabel,
      workshop,
      calendarName: eventTitle(workshop, dayLabel),
      calendarFile: eventTitle(workshop, day.date),
      web: dayLinks(layout, workshop, dayLabel),
    };
  }

  protected override renderModel(model: ScheduleModel | null): unknown {
    if (!model) return nothing;
    const { layout, tabs } = model;
    const day = layout.day;
    const content = html`${day.note ? html`<p class="note" part="note">${day.note}</p>` : nothing}${
      layout.rows.length
        ? html`${table(layout, `Times in ${layout.zoneLabel}${model.whose}`, model.known ? nowRow(layout, this.now) : undefined, this.#menu, this.#handlers.rowClick)}${dayLine(model.web, model.dayLabel, this.#offer)}`
        : html`<p class="empty" part="empty">${model.dayLabel}: nothing is scheduled yet.</p>`
    }`;

    return html`<div class="schedule">
      ${toolbar(tabs, model.selected, model.control, model.picker, model.known, this.#handlers)}
      ${
        tabs
          ? html`<div class="panel" part="tab-panel" role="tabpanel" id="day-panel" aria-labelledby="day-tab-${model.selected}" tabindex="0">${content}</div>`
          : content
      }
    </div>`;
  }

  /** The calendar link's click: the day shown as one `.ics` file. */
  #offer = (event: Event): void => {
    const model = this.#model;
    if (!model) return;
    offerCalendar(event, dayEvents(model.layout, model.workshop), model.calendarName, model.calendarFile);
  };

  #handlers: ToolbarHandlers & { rowClick: (event: Event) => void } = {
    rowClick: (event) => {
      // A row's button opens its row's links (the row's id is its anchor).
      const anchor = (event.target as Element).closest('.item-add')?.closest('tr')?.id;
      if (anchor) this.opened = this.opened === anchor ? undefined : anchor;
    },
    tabClick: (event) => {
      const date = (event.currentTarget as HTMLElement).dataset.date;
      if (!date) return;
      this.#select(date);
      writeHash(this, date);
    },
    tabKey: (event) => {
      const model = this.#model;
      const to = model?.tabs ? tabKeyTarget(event.key, model.selected, model.tabs.length) : undefined;
      if (to === undefined) return;
      event.preventDefault();
      const date = model!.tabs![to].date;
      this.#select(date, true);
      writeHash(this, date);
    },
    toggle: () => this.#choose({ value: this.#model?.control.pressed ? 'event' : 'local' }),
    pick: (event) => {
      const zone = (event.currentTarget as HTMLSelectElement).value;
      const model = this.#model;
      if (!model || zone === model.layout.zone) return;
      // The event's zone or the visitor's are those choices (the toggle then reads right).
      const ownZone = this.#zone.named ?? model.layout.day.timezone;
      this.#choose(zone === ownZone ? { value: 'event' } : zone === localZoneName() ? { value: 'local' } : { value: 'zone', zone });
    },
  };

  /** Makes the visitor's choice every schedule's, then tells the page what this one shows. */
  #choose(choice: Choice): void {
    choose(choice);
    this.updateComplete.then(() => {
      const detail: TimezoneChangeDetail = { timezone: choice.value, zone: this.#model?.layout.zone ?? '' };
      this.dispatchEvent(new CustomEvent('esfomo-timezone-change', { bubbles: true, composed: true, detail }));
    });
  }

  /** Shows the day of a tab: it becomes `day` (and the attribute), and the tabs stay. */
  #select(date: string, focus = false): void {
    this.#tabDate = date;
    this.day = date;
    if (focus) this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
  }

  /** Opens what the page's hash points at in this schedule: its day, and its row. */
  #onHash = (): void => {
    const target = linkTarget(this, this.feedState.status === 'ready' ? this.feedState.feed.schedule : []);
    if (!target) return;
    this.#anchor = target.anchor;
    if (this.#model?.layout.day.date !== target.date) this.#select(target.date);
    else this.requestUpdate();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('visitorKnown') && this.visitorKnown) this.#onHash();
    // Watches the shared clock while the day shown is today (in its zone) and something is still to start or end.
    const model = this.#model;
    this.#watch.follow(model && this.isConnected ? nextChange(model.layout, Date.now()) : undefined);
    if (this.#anchor && model && openRow(this.renderRoot, this.#anchor)) this.#anchor = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-schedule': EsfomoSchedule;
  }
}
