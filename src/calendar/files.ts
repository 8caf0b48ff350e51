/**
 * The calendar files of a feed, whole: the same events, calendar names and file names as the
 * elements' "Add to calendar" links offer, made without a page (at build time, in Node).
 */
import type { Feed, ImportantDate, ScheduleDay } from '../feed/types.js';
import { dayText } from '../time/day.js';
import { layOut } from '../schedule/layout.js';
import { dayEvents } from './day-events.js';
import { deadlineEvent, eventTitle, shortName, workshopName } from './events.js';
import { icsCalendar, icsFileName, type CalendarEvent, type CalendarOptions } from './ics.js';

/** One `.ics` file: its name, the calendar's name, its events. */
export interface CalendarFile {
  fileName: string;
  name: string;
  events: CalendarEvent[];
}

/** A schedule day's programme: what `<esfomo-schedule>` offers for that day. */
export function dayCalendar(feed: Feed, day: ScheduleDay, locale: string): CalendarFile {
  const { workshop } = feed;
  return {
    fileName: icsFileName(eventTitle(workshop, day.date)),
    name: eventTitle(workshop, dayText(day.date, locale)),
    events: dayEvents(layOut(day, day.timezone, locale), workshop),
  };
}

/** Some of the feed's dates (one, or every dated one): what `<esfomo-dates>` offers. Undefined when none has an instant. */
export function datesCalendar(feed: Feed, dates: ImportantDate[], locale: string): CalendarFile | undefined {
  const { workshop } = feed;
  const events = dates.map((d) => deadlineEvent(d, workshop, locale)).filter((e): e is CalendarEvent => !!e);
  if (!events.length) return undefined;
  const name = `${workshopName(workshop) || 'Important'} dates`;
  const one = dates.length === 1 && feed.dates.length > 1;
  const title = one ? [shortName(workshop), dates[0].label].filter(Boolean).join(' ') : name;
  return { fileName: icsFileName(title), name, events };
}

/** The dates that get an "Add to calendar" link: those with an instant, in the feed's order. */
export function datedDates(feed: Feed): ImportantDate[] {
  return feed.dates.filter((d) => deadlineEvent(d, feed.workshop, 'en') !== undefined);
}

/** A calendar file's text. */
export function calendarText(file: CalendarFile, options: Omit<CalendarOptions, 'name'> = {}): string {
  return icsCalendar(file.events, { ...options, name: file.name });
}
