/**
 * The page's calendar files, written beside it at build time with the library's own calendar
 * code (src/calendar/): each schedule day's programme, every date, each date. The rendered
 * "Add to calendar" links point at them, so they work before (and without) the script.
 */
import type { Feed } from '../../feed/types.js';
import type { Library } from './library.js';

/** A rendered element that offers calendar files. */
export interface CalendarWant {
  tag: string;
  feed: Feed;
  locale: string;
  /** The schedule's `day` attribute. */
  day?: string;
}

/** The files an element's links point to: `each` in the order of its `part="calendar"` links, `all` for `part="calendar-all"`. */
export interface CalendarLinks {
  each: string[];
  all?: string;
}

export function calendarLinks({ calendars }: Library, want: CalendarWant): CalendarLinks {
  const { feed, locale } = want;
  if (want.tag === 'esfomo-schedule') {
    // The day the element shows first: the one `day` names, else the first (as the element picks it).
    const day = feed.schedule.find((d) => d.date === want.day) ?? feed.schedule[0];
    return { each: day ? [calendars.dayCalendar(feed, day, locale).fileName] : [] };
  }
  const dated = calendars.datedDates(feed);
  return {
    each: dated.map((d) => calendars.datesCalendar(feed, [d], locale)?.fileName ?? ''),
    all: calendars.datesCalendar(feed, dated, locale)?.fileName,
  };
}

/** Every file the wanted elements offer, once each (the first element to name a file wins). */
export function calendarFiles({ calendars }: Library, wants: CalendarWant[], stamp: number): { path: string; text: string }[] {
  const files = new Map<string, string>();
  const add = (file: ReturnType<typeof calendars.dayCalendar> | undefined) => {
    if (file && file.events.length && !files.has(file.fileName)) files.set(file.fileName, calendars.calendarText(file, { stamp }));
  };
  for (const { tag, feed, locale } of wants) {
    if (tag === 'esfomo-schedule') {
      for (const day of feed.schedule) add(calendars.dayCalendar(feed, day, locale));
    } else {
      const dated = calendars.datedDates(feed);
      add(calendars.datesCalendar(feed, dated, locale));
      for (const date of dated) add(calendars.datesCalendar(feed, [date], locale));
    }
  }
  return [...files].map(([path, text]) => ({ path, text }));
}
