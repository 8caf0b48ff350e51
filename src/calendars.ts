/**
 * The feed's calendar files without a page: every schedule day's programme, every date and
 * each date, as the elements' "Add to calendar" links make them (the build-time rendering
 * writes them beside the page).
 */
export { dayCalendar, datesCalendar, datedDates, calendarText } from './calendar/files.js';
export type { CalendarFile } from './calendar/files.js';
export { icsCalendar, icsFileName } from './calendar/ics.js';
export type { CalendarEvent, CalendarOptions } from './calendar/ics.js';
export { layOut } from './schedule/layout.js';
