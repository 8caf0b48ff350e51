/**
 * The schedule's calendar links: the line under the table (the day as a file, in Google
 * Calendar and Outlook), and each timed item's own links, from its row: a small button in the title cell (its
 * face drawn by CSS, its name in `aria-label`, so the cell's text stays the title), and, for
 * the one row whose button was pressed, a `.ics` file, Google Calendar and Outlook. The links
 * are made only for that row, when it is opened: a day of many rows costs one button a row.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Workshop } from '../feed/types.js';
import { dayEvents } from '../calendar/day-events.js';
import { eventTitle } from '../calendar/events.js';
import { offerCalendar, type CalendarEvent } from '../calendar/ics.js';
import { googleCalendarUrl, outlookCalendarUrl } from '../calendar/links.js';
import type { Layout, Row } from './layout.js';

/** The open row's links (its anchor names it). */
export interface RowMenu {
  anchor: string;
  event: CalendarEvent;
  google: string;
  outlook: string;
  /** The `.ics` link's click: the item as a file. */
  ics: (event: Event) => void;
}

/** Rows with their own links: an item with a start that is not a break, remarks, awards or social. */
const offers = (row: Row): boolean => row.start !== undefined && !row.className.includes('quiet');

/** The links of the row `anchor` names in a day laid out, or none when no such row offers them. */
export function rowMenu(layout: Layout, workshop: Workshop, anchor: string | undefined): RowMenu | undefined {
  const row = anchor === undefined ? undefined : layout.rows.find((r) => r.anchor === anchor);
  if (!row || !offers(row)) return undefined;
  // The day's events of this one row (a talk of a session as one of the day's items).
  const [event] = dayEvents({ ...layout, rows: [{ ...row, depth: 0 }] }, workshop);
  const title = eventTitle(workshop, row.item.title);
  return {
    anchor: row.anchor,
    event,
    google: googleCalendarUrl(event),
    outlook: outlookCalendarUrl(event),
    ics: (click) => offerCalendar(click, [event], title, title),
  };
}

/** The day shown as one event (its first to its last instant) in Google Calendar and Outlook. */
export function dayLinks(layout: Layout, workshop: Workshop, dayLabel: string): { google: string; outlook: string } {
  const whole: CalendarEvent = {
    uid: '',
    title: eventTitle(workshop, dayLabel),
    start: layout.first,
    end: layout.last,
    ...(workshop.venue ? { location: workshop.venue } : {}),
    ...(workshop.url ? { url: workshop.url } : {}),
  };
  return { google: googleCalendarUrl(whole), outlook: outlookCalendarUrl(whole) };
}

/** The line under the table: the day as an `.ics` file (`offer` makes it), in Google Calendar and in Outlook. */
export function dayLine(web: { google: string; outlook: string }, dayLabel: string, offer: (event: Event) => void): TemplateResult {
  return html`<p class="add">
    <a part="calendar" href="#" @click=${offer}>Add this day<span class="visually-hidden"> (${dayLabel})</span> to calendar (.ics)</a>
    · <a part="calendar-google" href=${web.google} target="_blank" rel="noopener">Google Calendar<span class="visually-hidden"> (${dayLabel})</span></a>
    · <a part="calendar-outlook" href=${web.outlook} target="_blank" rel="noopener">Outlook<span class="visually-hidden"> (${dayLabel})</span></a>
  </p>`;
}

/** The row's button (the same element open and closed: it keeps its focus), and its links when it is the open one. */
export function rowLinks(row: Row, menu: RowMenu | undefined): unknown {
  if (!offers(row)) return nothing;
  const open = menu?.anchor === row.anchor;
  return html` <button type="button" class="item-add" part="item-calendar-toggle" aria-expanded=${open ? 'true' : 'false'} aria-label="Add “${row.item.title}” to calendar"></button>${
    open ? links(menu!) : nothing
  }`;
}

function links(m: RowMenu): TemplateResult {
  return html`<span class="item-links" part="item-calendar"
    ><a href="#" @click=${m.ics}>Calendar file (.ics)</a> · <a href=${m.google} target="_blank" rel="noopener">Google Calendar</a> ·
    <a href=${m.outlook} target="_blank" rel="noopener">Outlook</a></span
  >`;
}
