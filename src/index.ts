/**
 * esfomo-elements: every element, registered on import.
 * Import one element alone with `esfomo-elements/<name>.js`.
 */
export { EsfomoFeed } from './feed.js';
export { EsfomoTopics } from './topics.js';
export { EsfomoPeople } from './people.js';
export { EsfomoSchedule } from './schedule.js';
export { EsfomoCountdown } from './countdown.js';
export { EsfomoDates } from './dates.js';
export { EsfomoPapers } from './papers.js';
export { EsfomoElement, FeedElement, Notice } from './shared/esfomo-element.js';
export { validateFeed, FeedError, formatProblem } from './feed/validate.js';
export { clearFeedCache } from './feed/load.js';
export { feedContext } from './feed/context.js';
export { clock } from './time/clock.js';
export { icsCalendar, offerDownload } from './calendar/ics.js';
export type { CalendarEvent, CalendarOptions } from './calendar/ics.js';
export type { DeadlineDetail } from './countdown.js';
export type * from './feed/types.js';
export type { FeedState } from './feed/load.js';
export type { FeedLoadDetail, FeedErrorDetail } from './feed/controller.js';
export type { TimezoneChoice, TimezoneChangeDetail } from './schedule.js';
