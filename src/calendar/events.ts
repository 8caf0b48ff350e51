/**
 * What the elements put in calendars: a workshop's name and an event's title as calendars
 * show them, and a date of the feed as a calendar event. The file format is in `ics.ts`.
 */
import type { ImportantDate, Workshop } from '../feed/types.js';
import { absoluteUrl } from '../feed/urls.js';
import { dueZoneLabel, formatDue, formatEventDay, formatPrevious } from '../time/deadline.js';
import { utcMidnight } from '../time/day.js';
import { eventUid, type CalendarEvent } from './ics.js';

/** `ES-FoMo III`: a workshop's name and edition. */
export function shortName(workshop: Pick<Workshop, 'name' | 'edition'> | undefined): string {
  return [workshop?.name, workshop?.edition].filter(Boolean).join(' ');
}

/** `ES-FoMo III, ICML 2025`: what names a workshop in a calendar. */
export function workshopName(workshop: Pick<Workshop, 'name' | 'edition' | 'venue'> | undefined): string {
  if (!workshop) return '';
  return [shortName(workshop), workshop.venue].filter(Boolean).join(', ');
}

/** `WANT: Author notification`: an event's title in a calendar, after the workshop's short name (name and edition). */
export function eventTitle(workshop: Pick<Workshop, 'name' | 'edition'> | undefined, title: string): string {
  const short = shortName(workshop);
  return short ? `${short}: ${title}` : title;
}

/**
 * A date of the feed as a calendar event. A deadline is an instant (no DTEND) at the deadline (the date's `at`, set by the validator), its label as the
 * title (after the workshop's name), the zone it was given in and any earlier dates in the
 * description. The UID is stable per workshop and date, and each extension raises SEQUENCE,
 * so importing the file again moves the event instead of adding another. An event date (the
 * workshop's day) is an all-day event on its day. A date's note goes into the description.
 */
export function deadlineEvent(
  date: ImportantDate,
  workshop: Pick<Workshop, 'name' | 'edition' | 'venue' | 'url'> | undefined,
  locale: string,
): CalendarEvent | undefined {
  const start = date.at;
  if (start === undefined || !date.due) return undefined;
  const event = date.kind === 'event';
  const lines = [
    event
      ? `${formatEventDay(date.due, date.timezone, locale)}.`
      : `Due ${formatDue(date.due, date.timezone, locale)} (${dueZoneLabel(date.due, date.timezone)}).`,
  ];
  if (date.note) lines.push(date.note);
  if (date.previous.length) {
    lines.push(`Extended from ${date.previous.map((p) => formatPrevious(p, date.timezone, locale)).join(', ')}.`);
  }
  const name = workshopName(workshop);
  if (name) lines.push(name);
  const url = date.url ?? workshop?.url;
  return {
    uid: eventUid(name, [date.id ?? date.label], 'date'),
    title: eventTitle(workshop, date.label),
    ...(event ? { start: utcMidnight(date.due.slice(0, 10)), allDay: true } : { start }),
    description: lines.join('\n'),
    ...(url ? { url: absoluteUrl(url) } : {}),
    sequence: date.previous.length,
  };
}
