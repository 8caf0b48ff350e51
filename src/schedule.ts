import { css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { EsfomoElement } from './shared/esfomo-element.js';
import type { Feed, Person, Problem, ScheduleDay, ScheduleItem, Workshop } from './feed/types.js';
import { eventUid, offerCalendar, type CalendarEvent } from './calendar/ics.js';
import { eventTitle, workshopName } from './calendar/events.js';
import { absoluteUrl } from './feed/urls.js';
import { formatProblem } from './feed/validate.js';
import { ClockWatch } from './time/watch.js';
import { isCalendarDate, isZoneName, localZoneName } from './time/zones.js';
import {
  clockText,
  dayInstants,
  dayNumber,
  dayText,
  inProgress,
  isoText,
  minutesOf,
  nextBoundary,
  sameClock,
  wallTimes,
  weekdayText,
  zoneText,
} from './time/day.js';

/** Which zone the visitor chose with a schedule's toggle: the schedule's own, or theirs. */
export type TimezoneChoice = 'event' | 'local';

export interface TimezoneChangeDetail {
  /** `local`: the visitor's zone; `event`: the schedule's own (the event's, or the one its `timezone` names). */
  timezone: TimezoneChoice;
  /** The IANA name of the zone now shown by the schedule whose toggle was pressed. */
  zone: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'esfomo-timezone-change': CustomEvent<TimezoneChangeDetail>;
  }
}

/* The visitor's choice lasts for the page visit and holds for every schedule on the page,
   including one made later; shared even by two copies of the library. */
const CHOICE = Symbol.for('esfomo-elements.schedule-timezone');
type WithChoice = typeof globalThis & { [CHOICE]?: { value?: TimezoneChoice; live: Set<{ requestUpdate(): void }> } };
const shared = ((globalThis as WithChoice)[CHOICE] ??= { live: new Set() });

/** Kinds shown quieter than talks. */
const QUIET = new Set(['break', 'remarks', 'awards', 'social']);
/** Kinds shown in bold, as the seed pages do. */
const STRONG = new Set(['session', 'contributed', 'panel', 'poster']);
/** A title that already says it is to be confirmed needs no "TBC" mark after it. */
const SAYS_TBC = /^\s*(tbc|tba|tbd)\.?\s*$/i;

/** One row of the table: an item, with its times in the zone shown. */
export interface Row {
  item: ScheduleItem;
  /** 0 for a day's items, 1 and more for a session's talks. */
  depth: number;
  /** Starts a group: a session row, whose talks follow it. */
  group: boolean;
  start?: number;
  end?: number;
  startText?: string;
  endText?: string;
  startIso?: string;
  endIso?: string;
  /** The weekday, when the start falls on another day than the caption's (a zone far away). */
  shift?: string;
  className: string;
  part: string;
}

/** A day laid out in a zone: computed once per day, zone and language, not on every render. */
export interface Layout {
  day: ScheduleDay;
  zone: string;
  locale: string;
  /** Rows in groups: a session and its talks, or a run of other items. */
  groups: Row[][];
  rows: Row[];
  caption: string;
  zoneLabel: string;
  /** The first and last instants the day shows (its noon when it has no items). */
  first: number;
  last: number;
  /** Midnight of the day in its own zone: from then on the now-marker is watched. */
  today: number;
}

interface Timed {
  item: ScheduleItem;
  depth: number;
  start?: number;
  end?: number;
}

/** Minutes after the day's midnight for each item and its talks; an item without an end ends where the next starts. */
function timeItems(items: ScheduleItem[], depth: number, parentStart: number | undefined, parentEnd: number | undefined, out: Timed[]): void {
  const order = items.map((item, i) => {
    let start = item.start ? minutesOf(item.start) : undefined;
    if (start !== undefined && parentStart !== undefined && start < parentStart) start += 1440;
    return { item, i, start };
  });
  // A day's items all have a start: show them in time order (a stable sort keeps equal times as written).
  if (depth === 0) order.sort((a, b) => a.start! - b.start! || a.i - b.i);
  // Where each item ends when it gives no end: at the next later start among its siblings, else where its parent ends.
  const nextStart: (number | undefined)[] = new Array(order.length);
  let nearest = -1; // the nearest later sibling with a start
  for (let k = order.length - 1; k >= 0; k--) {
    const s = order[k].start;
    if (s === undefined) continue;
    if (nearest < 0) nextStart[k] = parentEnd;
    else nextStart[k] = order[nearest].start! > s ? order[nearest].start : nextStart[nearest];
    nearest = k;
  }
  for (let k = 0; k < order.length; k++) {
    const { item, start } = order[k];
    let end: number | undefined;
    if (start !== undefined) {
      if (item.end) {
        end = minutesOf(item.end) + (start >= 1440 ? 1440 : 0);
        if (end <= start) end += 1440;
      } else {
        end = nextStart[k];
        if (end !== undefined && end <= start) end = undefined;
      }
    }
    out.push({ item, depth, start, end });
    if (item.items.length) timeItems(item.items, depth + 1, start ?? parentStart, end ?? parentEnd, out);
  }
}

export function layOut(day: ScheduleDay, zone: string, locale: string): Layout {
  const timed: Timed[] = [];
  timeItems(day.items, 0, undefined, undefined, timed);
  // Every time of the day in one batch: midnight, then each start and end.
  const minutes: number[] = [0];
  for (const t of timed) {
    if (t.start !== undefined) minutes.push(t.start);
    if (t.end !== undefined) minutes.push(t.end);
  }
  if (timed.length === 0) minutes.push(720);
  const instants = dayInstants(day.date, minutes, day.timezone);
  const { wall, offsets } = wallTimes(instants, zone);
  const firstWall = wall[1];
  const refDay = dayNumber(firstWall);
  let first = Infinity;
  let last = -Infinity;
  let lastStartWall = firstWall;
  let n = 1;
  const rows: Row[] = [];
  const groups: Row[][] = [];
  for (const t of timed) {
    const { item, depth } = t;
    const row: Row = { item, depth, group: depth === 0 && item.items.length > 0, className: '', part: '' };
    if (t.start !== undefined) {
      const i = n++;
      row.start = instants[i];
      row.startText = clockText(wall[i]);
      row.startIso = isoText(wall[i], offsets[i]);
      if (dayNumber(wall[i]) !== refDay) row.shift = weekdayText(wall[i], locale);
      if (wall[i] > lastStartWall) lastStartWall = wall[i];
      first = Math.min(first, row.start);
      last = Math.max(last, row.start);
    }
    if (t.end !== undefined) {
      const i = n++;
      row.end = instants[i];
      row.endText = clockText(wall[i]);
      row.endIso = isoText(wall[i], offsets[i]);
      last = Math.max(last, row.end);
    }
    const kind = item.kind;
    const classes = ['row'];
    const parts = ['row'];
    if (kind) {
      classes.push(kind);
      parts.push(kind);
    }
    if (kind && QUIET.has(kind)) classes.push('quiet');
    if (kind && STRONG.has(kind)) classes.push('strong');
    if (depth > 0) {
      classes.push('in-session');
      parts.push('session-item');
    }
    if (item.tentative) parts.push('tentative');
    row.className = classes.join(' ');
    row.part = parts.join(' ');
    rows.push(row);
    if (row.group || depth === 0 && (groups.length === 0 || groups[groups.length - 1][0].group)) groups.push([row]);
    else groups[groups.length - 1].push(row);
  }
  if (first === Infinity) first = last = instants[1];
  return {
    day,
    zone,
    locale,
    groups,
    rows,
    caption: dayText(dayNumber(firstWall) * 86_400_000, locale, 'long', dayNumber(lastStartWall) * 86_400_000),
    zoneLabel: zoneText(zone, first, last),
    first,
    last,
    today: instants[0],
  };
}

/** `Albert Gu (Carnegie Mellon)`: a person as plain text, for a calendar. */
const personText = (p: Person): string => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name);

/** Who speaks and moderates, one line each (none when nobody). */
function peopleLines(item: ScheduleItem): string[] {
  const lines: string[] = [];
  if (item.speakers.length) lines.push(`${item.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${item.speakers.map(personText).join(', ')}`);
  if (item.moderators.length) lines.push(`${item.moderators.length > 1 ? 'Moderators' : 'Moderator'}: ${item.moderators.map(personText).join(', ')}`);
  return lines;
}

/**
 * A day's items as calendar events, one per item of the day (a session's talks go into its
 * description): the instants the layout computed in the day's own zone, so the file is
 * the same whatever zone the table shows. An item without an end ends where the next
 * starts; the day's last one without an end is an instant at its start, as the table shows it.
 */
export function dayEvents(layout: Layout, workshop: Workshop): CalendarEvent[] {
  const { day } = layout;
  const name = workshopName(workshop);
  const seen = new Map<string, number>();
  const events: CalendarEvent[] = [];
  for (const row of layout.rows) {
    if (row.depth > 0 || row.start === undefined) continue;
    const item = row.item;
    let uid = eventUid(name, [day.date, item.start ?? '', item.title]);
    const n = (seen.get(uid) ?? 0) + 1;
    seen.set(uid, n);
    if (n > 1) uid = uid.replace('@', `-${n}@`);
    const lines = peopleLines(item);
    if (item.tentative) lines.push('To be confirmed.');
    if (item.items.length) {
      const timed = item.items.some((talk) => talk.start);
      lines.push(timed ? `In this session (times in ${zoneText(day.timezone, layout.first, layout.last)}):` : 'In this session:');
      for (const talk of item.items) {
        const who = talk.speakers.length ? ` – ${talk.speakers.map(personText).join(', ')}` : '';
        lines.push(`• ${talk.start ? `${talk.start} ` : ''}${talk.title}${talk.tentative ? ' (to be confirmed)' : ''}${who}`);
      }
    }
    if (name) lines.push(name);
    const url = item.url ?? workshop.url;
    events.push({
      uid,
      title: eventTitle(workshop, item.title),
      start: row.start,
      ...(row.end !== undefined ? { end: row.end } : {}),
      ...(lines.length ? { description: lines.join('\n') } : {}),
      ...(workshop.venue ? { location: workshop.venue } : {}),
      ...(url ? { url: absoluteUrl(url) } : {}),
    });
  }
  return events;
}

/**
 * The day's programme as a table, as the seed pages' "the plan": each item's time, its
 * title and who speaks (with affiliation; moderators marked as such). Sessions are header
 * rows with their talks under them; breaks, remarks, awards and social items are quieter
 * than talks; tentative items are marked TBC.
 *
 * Times are wall-clock times of the day's zone (`timezone="event"`, the default), the
 * visitor's (`local`), or a named IANA zone; the caption says which, with its abbreviation
 * and UTC offset. Where the visitor's zone shows other times, a toggle switches between the
 * schedule's zone and the visitor's; the choice holds for every schedule on the page for
 * the rest of the visit (also over the `timezone` attribute), and a later-made schedule
 * follows it. A schedule of several days has day tabs, unless `day` picks one.
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
 * @cssprop [--esfomo-schedule-now-background=color-mix(in srgb, (the accent) 12%, transparent)] - The background of the item in progress.
 * @cssprop [--esfomo-schedule-now-accent=(the accent)] - The bar beside, and the badge of, the item in progress.
 * @cssprop [--esfomo-schedule-tab-accent=(the accent)] - The line under the selected day tab.
 *
 * @fires esfomo-timezone-change - The visitor pressed the time zone toggle; `detail` has `timezone` (event or local) and `zone` (the IANA name now shown).
 */
@customElement('esfomo-schedule')
export class EsfomoSchedule extends EsfomoElement {
  static override styles = [
    ...EsfomoElement.styles,
    css`
      :host {
        --_time-width: var(--esfomo-schedule-time-width, 7.5em);
        --_cell-padding: var(--esfomo-schedule-cell-padding, 0.45em 0.6em);
        --_row-border: var(--esfomo-schedule-row-border, 1px solid var(--_border));
        --_session-bg: var(--esfomo-schedule-session-background, color-mix(in srgb, currentColor 5%, transparent));
        --_quiet: var(--esfomo-schedule-quiet-color, var(--_muted));
        --_indent: var(--esfomo-schedule-talk-indent, 1.25em);
        --_now-bg: var(--esfomo-schedule-now-background, color-mix(in srgb, var(--_accent) 12%, transparent));
        --_now-accent: var(--esfomo-schedule-now-accent, var(--_accent));
        --_tab-accent: var(--esfomo-schedule-tab-accent, var(--_accent));
      }
      .schedule {
        container: esfomo-schedule / inline-size;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        justify-content: space-between;
        gap: 0.5em 1em;
        margin-block-end: 0.5em;
      }
      .tabs {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
      }
      button {
        font: inherit;
        color: inherit;
        cursor: pointer;
      }
      button:focus-visible,
      .panel:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      .tab {
        background: none;
        border: 0;
        border-block-end: 3px solid transparent;
        padding: 0.3em 0.7em;
      }
      .tab[aria-selected='true'] {
        border-block-end-color: var(--_tab-accent);
        font-weight: bold;
      }
      .toggle {
        margin-inline-start: auto;
        font-size: 0.9em;
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.25em 0.7em;
      }
      .toggle[aria-pressed='true'] {
        border-color: var(--_accent);
        background: color-mix(in srgb, var(--_accent) 10%, transparent);
      }
      .note {
        margin: 0 0 0.5em;
        font-style: italic;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      caption {
        caption-side: top;
        text-align: start;
        padding-block-end: 0.4em;
      }
      .day {
        font-weight: bold;
      }
      .zone {
        display: block;
        font-size: 0.9em;
        color: var(--_muted);
      }
      th,
      td {
        padding: var(--_cell-padding);
        text-align: start;
        vertical-align: top;
        border-block-end: var(--_row-border);
      }
      thead th {
        font-size: 0.85em;
        font-weight: 600;
        color: var(--_muted);
      }
      tbody th {
        font-weight: normal;
      }
      .time-col {
        width: var(--_time-width);
      }
      .time {
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      tr.session {
        background: var(--_session-bg);
      }
      tr.strong th {
        font-weight: bold;
      }
      tr.quiet {
        color: var(--_quiet);
      }
      tr.quiet th {
        font-style: italic;
      }
      tr.in-session th {
        padding-inline-start: calc(0.6em + var(--_indent));
      }
      tr[aria-current] {
        background: var(--_now-bg);
      }
      tr[aria-current] > :first-child {
        box-shadow: inset 0.25em 0 0 var(--_now-accent);
      }
      .now-badge {
        display: inline-block;
        margin-inline-start: 0.2em;
        padding: 0 0.4em;
        border-radius: 1em;
        font-size: 0.75em;
        font-weight: bold;
        color: var(--_now-accent);
        border: 1px solid currentColor;
      }
      .tbc {
        display: inline-block;
        margin-inline-start: 0.2em;
        padding: 0 0.35em;
        border: 1px solid currentColor;
        border-radius: 0.25em;
        font-size: 0.75em;
        font-style: normal;
        font-weight: normal;
        letter-spacing: 0.04em;
      }
      .day-shift {
        font-size: 0.85em;
      }
      .people {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .affiliation {
        font-style: italic;
      }
      .empty {
        margin: 0;
      }
      .add {
        margin: 0.5em 0 0;
        font-size: 0.9em;
      }
      @container esfomo-schedule (max-width: 36rem) {
        table,
        caption,
        tbody,
        tr,
        tbody th,
        td {
          display: block;
        }
        thead {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
          white-space: nowrap;
        }
        tr {
          padding-block: 0.35em;
          border-block-end: var(--_row-border);
        }
        tbody th,
        td {
          width: auto;
          border: 0;
          padding-block: 0.05em;
        }
        td:empty {
          display: none;
        }
        tr.in-session > td {
          padding-inline-start: calc(0.6em + var(--_indent));
        }
        .time {
          font-size: 0.9em;
        }
        tr[aria-current] > :first-child {
          box-shadow: none;
        }
        tr[aria-current] {
          box-shadow: inset 0.25em 0 0 var(--_now-accent);
        }
      }
      @media print {
        /* A plain black-on-white table: no tints, no controls, no now-mark. */
        .schedule,
        .schedule * {
          color: #000 !important;
          background: #fff !important;
          box-shadow: none !important;
        }
        .toolbar,
        .add,
        .now-badge {
          display: none;
        }
        th,
        td {
          border-block-end: 1px solid #000;
        }
        tr {
          break-inside: avoid;
        }
      }
    `,
  ];

  /** The date (`YYYY-MM-DD`) of the schedule's day to show, without day tabs. Default: the first day, with tabs when there are several. */
  @property({ reflect: true }) day?: string;

  /** The zone times are shown in: `event` (the day's own zone, the default), `local` (the visitor's), or an IANA name. */
  @property({ reflect: true }) timezone?: string;

  /** The day a tab selected (when `day` picks none). */
  @state() private selectedDay?: string;

  protected readonly section = 'schedule';

  #layout: Layout | undefined;
  #workshop: Workshop | undefined;
  /** Wakes at the next start or end of the day shown, to move the now-mark (and re-renders when the element comes back). */
  #watch = new ClockWatch(this, (now) => {
    this.requestUpdate();
    return this.#layout ? nextBoundary(this.#layout.rows, now) : undefined;
  });
  #showsLocal = false;
  #warned = new Set<string>();

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

  override connectedCallback(): void {
    super.connectedCallback();
    shared.live.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    shared.live.delete(this);
  }

  #warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`esfomo-elements: <esfomo-schedule>: ${message}`);
  }

  /** The `timezone` attribute, validated: a named zone, `local`, or the event's (also for a bad value). */
  #zoneSetting(): { named?: string; local: boolean } {
    const raw = this.timezone?.trim();
    if (!raw || raw === 'event') return { local: false };
    if (raw === 'local') return { local: true };
    if (isZoneName(raw)) return { named: raw, local: false };
    this.#warn(`timezone="${raw}" is not "event", "local" or a time zone name such as "Europe/Vienna" (the event's zone is shown)`);
    return { local: false };
  }

  /** The day the `day` attribute picks, or `undefined` (with a warning when it names no day of the schedule). */
  #pickedDay(days: ScheduleDay[]): ScheduleDay | undefined {
    const raw = this.day?.trim();
    if (!raw) return undefined;
    if (!isCalendarDate(raw)) {
      this.#warn(`day="${raw}" is not a date (YYYY-MM-DD); the first day is shown`);
      return undefined;
    }
    const found = days.find((d) => d.date === raw);
    if (!found) this.#warn(`day="${raw}" is not a day of the schedule (${days.map((d) => d.date).join(', ')}); the first day is shown`);
    return found;
  }

  #layoutFor(day: ScheduleDay, zone: string, locale: string): Layout {
    const l = this.#layout;
    if (l && l.day === day && l.zone === zone && l.locale === locale) return l;
    return layOut(day, zone, locale);
  }

  protected override renderFeed(feed: Feed, problems: Problem[]): unknown {
    const days = feed.schedule;
    if (days.length === 0) {
      const bad = problems.find((p) => p.severity === 'error' && p.path.startsWith('schedule['));
      return bad ? this.renderMessage(`The schedule could not be shown: ${formatProblem(bad)}.`) : nothing;
    }
    const picked = this.#pickedDay(days);
    const day = picked ?? days.find((d) => d.date === this.selectedDay) ?? days[0];
    const tabs = !picked && days.length > 1;
    const locale = this.locale;
    const setting = this.#zoneSetting();
    const local = localZoneName();
    const ownZone = setting.named ?? day.timezone;
    const showsLocal = shared.value ? shared.value === 'local' : setting.local;
    const zone = showsLocal ? local : ownZone;
    const layout = (this.#layout = this.#layoutFor(day, zone, locale));
    this.#workshop = feed.workshop;
    this.#showsLocal = showsLocal;
    const toggle = !sameClock(ownZone, local, layout.first, layout.last);
    const current = inProgress(layout.rows, Date.now());
    const currentRow = current >= 0 ? layout.rows[current] : undefined;

    const content = html`${day.note ? html`<p class="note" part="note">${day.note}</p>` : nothing}${layout.rows.length
      ? html`${this.#table(layout, showsLocal, setting.named !== undefined, currentRow)}<p class="add">
            <a part="calendar" href="#" @click=${this.#offer}
              >Add this day<span class="visually-hidden"> (${dayText(day.date, locale)})</span> to calendar (.ics)</a
            >
          </p>`
      : html`<p class="empty" part="empty">${dayText(day.date, locale)}: nothing is scheduled yet.</p>`}`;

    return html`<div class="schedule">
      ${tabs || toggle
        ? html`<div class="toolbar" part="toolbar">
            ${tabs ? this.#tabs(days, day, locale) : nothing}
            ${toggle
              ? html`<button type="button" class="toggle" part="zone-toggle" aria-pressed=${showsLocal ? 'true' : 'false'} @click=${this.#toggle}>
                  Show in my time zone (${zoneText(local, layout.first, layout.last)})
                </button>`
              : nothing}
          </div>`
        : nothing}
      ${tabs
        ? html`<div class="panel" part="tab-panel" role="tabpanel" id="day-panel" aria-labelledby="day-tab-${days.indexOf(day)}" tabindex="0">${content}</div>`
        : content}
    </div>`;
  }

  /** The calendar link's click: the day shown as one `.ics` file. */
  #offer = (event: Event): void => {
    const layout = this.#layout;
    const workshop = this.#workshop;
    if (!layout || !workshop) return;
    offerCalendar(event, dayEvents(layout, workshop), eventTitle(workshop, dayText(layout.day.date, layout.locale)), eventTitle(workshop, layout.day.date));
  };

  #tabs(days: ScheduleDay[], selected: ScheduleDay, locale: string): TemplateResult {
    return html`<div class="tabs" part="tabs" role="tablist" aria-label="Days" @keydown=${this.#onTabKey}>
      ${days.map((d, i) => {
        const on = d === selected;
        return html`<button
          type="button"
          class="tab"
          part=${on ? 'tab tab-selected' : 'tab'}
          role="tab"
          id="day-tab-${i}"
          aria-selected=${on ? 'true' : 'false'}
          aria-controls="day-panel"
          tabindex=${on ? 0 : -1}
          data-date=${d.date}
          @click=${() => this.#select(d.date)}
        >${dayText(d.date, locale, 'short')}</button>`;
      })}
    </div>`;
  }

  #select(date: string, focus = false): void {
    this.selectedDay = date;
    if (focus) {
      this.updateComplete.then(() => {
        this.shadowRoot?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
      });
    }
  }

  #onTabKey = (event: KeyboardEvent): void => {
    const tabs = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const at = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
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
    const date = tabs[to]?.dataset.date;
    if (date) this.#select(date, true);
  };

  #toggle = (): void => {
    const next: TimezoneChoice = this.#showsLocal ? 'event' : 'local';
    EsfomoSchedule.timezoneChoice = next;
    this.updateComplete.then(() => {
      this.dispatchEvent(
        new CustomEvent<TimezoneChangeDetail>('esfomo-timezone-change', {
          bubbles: true,
          composed: true,
          detail: { timezone: next, zone: this.#layout?.zone ?? '' },
        }),
      );
    });
  };

  #table(layout: Layout, local: boolean, named: boolean, current: Row | undefined): TemplateResult {
    const whose = local ? ' (your time zone)' : named ? '' : ' (the event’s time zone)';
    return html`<table part="table">
      <caption part="caption"><span class="day" part="day">${layout.caption}</span><span class="visually-hidden">. </span><span class="zone" part="zone">Times in ${layout.zoneLabel}${whose}</span></caption>
      <colgroup><col class="time-col" /><col /><col /></colgroup>
      <thead part="head"><tr><th scope="col" class="time">Time</th><th scope="col">Topic</th><th scope="col">Speakers</th></tr></thead>
      ${layout.groups.map((rows) => html`<tbody part="group">${rows.map((row) => guard([row, row === current], () => this.#row(row, row === current)))}</tbody>`)}
    </table>`;
  }

  /*
   * A table of thousands of rows: every nested template, every binding and every list costs
   * DOM nodes (lit marks each with a comment) and time on first render. So each cell has one
   * binding, the common cases (a start and an end, a title, one person) are single templates,
   * and one person is not a list of one.
   */
  #row(row: Row, now: boolean): TemplateResult {
    const item = row.item;
    const people = item.speakers.length + item.moderators.length;
    return html`<tr class=${row.className} part=${now ? `${row.part} now` : row.part} aria-current=${now ? 'time' : nothing}><td class="time" part="time">${this.#time(row, now)}</td><th scope=${row.group ? 'rowgroup' : 'row'} part="title">${this.#title(item)}</th><td part="speakers">${people === 0
        ? nothing
        : people === 1
          ? item.speakers.length ? this.#person(item.speakers[0], false) : this.#person(item.moderators[0], true)
          : html`<ul class="people">${item.speakers.map((p) => this.#person(p, false, true))}${item.moderators.map((p) => this.#person(p, true, true))}</ul>`}</td></tr>`;
  }

  #time(row: Row, now: boolean): unknown {
    const clock = row.startText === undefined
      ? nothing
      : row.endText === undefined
        ? html`<time datetime=${row.startIso!}>${row.startText}</time>`
        : html`<time datetime=${row.startIso!}>${row.startText}</time>–<time datetime=${row.endIso!}>${row.endText}</time>`;
    if (!row.shift && !now) return clock;
    return html`${row.shift ? html`<span class="day-shift" part="day-shift">${row.shift}</span> ` : nothing}${clock}${now
      ? html` <span class="now-badge" part="now-badge">now</span>`
      : nothing}`;
  }

  #title(item: ScheduleItem): unknown {
    const tbc = item.tentative && !SAYS_TBC.test(item.title);
    if (item.url) {
      return tbc
        ? html`<a href=${item.url}>${item.title}</a> <span class="tbc" part="tbc" title="to be confirmed">TBC</span>`
        : html`<a href=${item.url}>${item.title}</a>`;
    }
    return tbc ? html`${item.title} <span class="tbc" part="tbc" title="to be confirmed">TBC</span>` : item.title;
  }

  /** A speaker or moderator: an item of the cell's list when there are several, else the cell's one block. */
  #person(p: Person, moderator: boolean, listed = false): TemplateResult {
    const part = moderator ? 'person moderator' : 'person';
    const name = p.url ? html`<a href=${p.url}>${p.name}</a>` : p.name;
    const affiliation = p.affiliation ? ` (${p.affiliation})` : '';
    if (moderator) {
      return listed
        ? html`<li part=${part}><span part="role">Moderator:</span> <span part="name">${name}</span><span class="affiliation" part="affiliation">${affiliation}</span></li>`
        : html`<div part=${part}><span part="role">Moderator:</span> <span part="name">${name}</span><span class="affiliation" part="affiliation">${affiliation}</span></div>`;
    }
    return listed
      ? html`<li part=${part}><span part="name">${name}</span><span class="affiliation" part="affiliation">${affiliation}</span></li>`
      : html`<div part=${part}><span part="name">${name}</span><span class="affiliation" part="affiliation">${affiliation}</span></div>`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.#watchClock();
  }

  /** Watches the shared clock while the day shown is today (in its zone) and something is still to start or end. */
  #watchClock(): void {
    const layout = this.#layout;
    const now = Date.now();
    this.#watch.follow(layout && this.isConnected && now >= layout.today ? nextBoundary(layout.rows, now) : undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-schedule': EsfomoSchedule;
  }
}
