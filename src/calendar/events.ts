/**
 * What the elements put in calendars: a workshop's name and an event's title as calendars
 * show them, and a date of the feed as a calendar event. The file format is in `ics.ts`.
 */
import type { ImportantDate, Workshop } from '../feed/types.js';
import { absoluteUrl } from '../feed/urls.js';
import { dueZoneLabel, formatDue, formatPrevious } from '../time/deadline.js';
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
 * A deadline as a calendar event: an instant (no DTEND) at the deadline (the date's `at`, set by the validator), its label as the
 * title (after the workshop's name), the zone it was given in and any earlier dates in the
 * description. The UID is stable per workshop and date, and each extension raises SEQUENCE,
 * so importing the file again moves the event instead of adding another.
 */
export function deadlineEvent(
  date: ImportantDate,
  workshop: Pick<Workshop, 'name' | 'edition' | 'venue' | 'url'> | undefined,
  locale: string,
): CalendarEvent | undefined {
  const start = date.at;
  if (start === undefined || !date.due) return undefined;
  const lines = [`Due ${formatDue(date.due, date.timezone, locale)} (${dueZoneLabel(date.due, date.timezone)}).`];
  if (date.previous.length) {
    lines.push(`Extended from ${date.previous.map((p) => formatPrevious(p, date.timezone, locale)).join(', ')}.`);
  }
  const name = workshopName(workshop);
  if (name) lines.push(name);
  const url = date.url ?? workshop?.url;
  return {
    uid: eventUid(name, [date.id ?? date.label], 'date'),
    title: eventTitle(workshop, date.label),
    start,
    description: lines.join('\n'),
    ...(url ? { url: absoluteUrl(url) } : {}),
    sequence: date.previous.length,
  };
}
