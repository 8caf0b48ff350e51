/**
 * A day of the schedule as calendar events: what the schedule's "Add this day to calendar"
 * link offers. The times are the instants the schedule's layout computed.
 */
import type { Person, ScheduleDay, ScheduleItem, Workshop } from '../feed/types.js';
import { absoluteUrl } from '../feed/urls.js';
import { zoneText } from '../time/day.js';
import { eventTitle, workshopName } from './events.js';
import { eventUid, type CalendarEvent } from './ics.js';

/** What a day's events are made from: the day, and each row of it with its instants (a layout's). */
export interface TimedDay {
  day: ScheduleDay;
  rows: readonly { item: ScheduleItem; depth: number; start?: number; end?: number }[];
  /** The first and last instants the day shows. */
  first: number;
  last: number;
}

/** `Albert Gu (Carnegie Mellon)`: a person as plain text, for a calendar. */
const personText = (p: Person): string => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name);

/** Who speaks and moderates, one line each (none when nobody). */
function peopleLines(item: ScheduleItem): string[] {
  const lines: string[] = [];
  if (item.speakers.length) lines.push(`${item.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${item.speakers.map(personText).join(', ')}`);
  if (item.moderators.length)
    lines.push(`${item.moderators.length > 1 ? 'Moderators' : 'Moderator'}: ${item.moderators.map(personText).join(', ')}`);
  return lines;
}

/**
 * A day's items as calendar events, one per item of the day (a session's talks go into its
 * description): the instants the layout computed in the day's own zone, so the file is
 * the same whatever zone the table shows. An item without an end ends where the next
 * starts; the day's last one without an end is an instant at its start, as the table shows it.
 */
export function dayEvents(layout: TimedDay, workshop: Workshop): CalendarEvent[] {
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
