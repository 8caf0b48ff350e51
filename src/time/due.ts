/**
 * A date of the feed as `<esfomo-countdown>` and `<esfomo-dates>` both show it: in its own zone
 * (an event's as a day), the zone named in full for a tooltip, and, once the visitor is known,
 * in the visitor's zone where their clock reads otherwise.
 */
import type { ImportantDate } from '../feed/types.js';
import { dueZoneLabel, formatDue, formatDueLocal, formatEventDay } from './deadline.js';

export interface ShownDue {
  text: string;
  /** For `<time datetime>`: the instant (UTC), or an event's day. */
  datetime: string;
  zone: string;
  local?: string;
}

/** How `date` reads, or `undefined` when it is TBD. `visitorKnown` false leaves out the visitor's zone (the first render is the same for everyone). */
export function shownDue(date: ImportantDate, locale: string, visitorKnown: boolean): ShownDue | undefined {
  const { due, timezone, at } = date;
  if (!due || at === undefined) return undefined;
  const event = date.kind === 'event';
  return {
    text: event ? formatEventDay(due, timezone, locale) : formatDue(due, timezone, locale),
    datetime: event ? due.slice(0, 10) : new Date(at).toISOString(),
    zone: dueZoneLabel(due, timezone),
    local: event || !visitorKnown ? undefined : formatDueLocal(due, timezone, locale),
  };
}
