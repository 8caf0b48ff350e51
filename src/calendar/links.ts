/**
 * "Add to Google Calendar" and "Add to Outlook" links: the same event an `.ics` file holds,
 * as the web calendars' own compose addresses. A deadline (an instant) starts and ends at once.
 */
import { icsDateTime, isoSeconds as iso, type CalendarEvent } from './ics.js';

/** The event's text for a web calendar: its description, and its address after it. */
function details(event: CalendarEvent): string {
  return [event.description, event.url].filter(Boolean).join('\n');
}

const endOf = (event: CalendarEvent) => (event.end !== undefined && event.end > event.start ? event.end : event.start);

/** `https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=START/END` (UTC, `YYYYMMDDTHHMMSSZ`). */
export function googleCalendarUrl(event: CalendarEvent): string {
  const query = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${icsDateTime(event.start)}/${icsDateTime(endOf(event))}`,
  });
  const text = details(event);
  if (text) query.set('details', text);
  if (event.location) query.set('location', event.location);
  return `https://calendar.google.com/calendar/render?${query}`;
}

/** Outlook on the web's compose link (`outlook.live.com`), times in UTC (ISO 8601). */
export function outlookCalendarUrl(event: CalendarEvent): string {
  const query = new URLSearchParams({ subject: event.title, startdt: iso(event.start), enddt: iso(endOf(event)) });
  const text = details(event);
  if (text) query.set('body', text);
  if (event.location) query.set('location', event.location);
  query.set('path', '/calendar/action/compose');
  query.set('rru', 'addevent');
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query}`;
}
