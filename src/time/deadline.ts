/**
 * Deadlines: the time left until one, and how it is written, in its own zone and in the
 * visitor's. Everything is computed from the absolute instant and the current time, never
 * by counting ticks, so the answer is exact to the second wherever the visitor is.
 */
import type { ImportantDate } from '../feed/types.js';
import { timeOfDay } from './format.js';
import { dateTimeFormat } from './intl.js';
import { dueInstant, intlZone, isDateOnly, localZoneName, wallClock, zoneAbbreviation, zoneFor, zoneLabel, type Instant } from './zones.js';

/** The time left, in whole seconds (rounded up: it reads 0 only once the deadline has passed). */
export interface Remaining {
  /** Every second left, 0 once passed. */
  total: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;
export type Unit = (typeof UNITS)[number];

/** The time left from `now` until `due` (both ms since the epoch); never negative. */
export function remaining(due: number, now: number): Remaining {
  const total = Math.max(0, Math.ceil((due - now) / 1000));
  return {
    total,
    days: Math.floor(total / 86400),
    hours: Math.floor(total / 3600) % 24,
    minutes: Math.floor(total / 60) % 60,
    seconds: total % 60,
  };
}

/** The time left to the minute (rounded up: it reads 0 only once passed), for a display without seconds. */
export function remainingToMinute(due: number, now: number): Remaining {
  const left = remaining(due, now);
  return remaining(left.total ? now + Math.ceil(left.total / 60) * 60_000 : due, now);
}

/** `days`, or `day` for one. */
export function unitName(unit: Unit, n: number): string {
  return n === 1 ? unit.slice(0, -1) : unit;
}

/**
 * The time left in words, to the minute: `12 days, 3 hours, 5 minutes left`. It changes at
 * most once a minute, so a screen reader is not told a new number every second.
 */
export function remainingWords(left: Remaining): string {
  if (left.total === 0) return 'closed';
  const whole = Math.floor(left.total / 60);
  if (whole === 0) return 'less than a minute left';
  const counts = [Math.floor(whole / 1440), Math.floor(whole / 60) % 24, whole % 60];
  return (
    UNITS.slice(0, 3)
      .map((unit, i) => (counts[i] ? `${counts[i]} ${unitName(unit, counts[i])}` : ''))
      .filter(Boolean)
      .join(', ') + ' left'
  );
}

function day(at: Instant, locale: string, withYear: boolean): string {
  if (!at.isValid) return '';
  return dateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: intlZone(at.zoneName),
  }).format(at.ms);
}

/** `23:59` or `11:59 PM`, as the locale writes a clock. */
function time(at: Instant, locale: string, withSeconds: boolean): string {
  return at.isValid ? timeOfDay(at.ms, locale, { zone: at.zoneName, seconds: withSeconds }) : '';
}

const hasSeconds = (due: string) => /T\d\d:\d\d:\d\d$/.test(due) && !due.endsWith(':00');

/**
 * A deadline in its own zone: `26 May 2025, 23:59 UTC`, and for a date alone
 * `6 Oct 2023, end of day AoE` (the locale decides the order of day and month).
 */
export function formatDue(due: string, zone: string, locale: string): string {
  const dt = dueInstant(due, zone);
  return `${dueText(dt, due, locale)}${isDateOnly(due) ? ', end of day' : ''} ${zoneAbbreviation(dt, zone)}`;
}

/** The zone of a deadline named in full, for a tooltip or a calendar: `AoE, UTC-12`. */
export function dueZoneLabel(due: string, zone: string): string {
  return zoneLabel(dueInstant(due, zone), zone);
}

/**
 * The same instant in the visitor's zone: `27 May, 01:59 CEST` (the year only when it is
 * not the deadline's own), or `undefined` when the visitor's clock reads the same as the
 * deadline's zone then.
 */
export function formatDueLocal(due: string, zone: string, locale: string, visitorZone = localZoneName()): string | undefined {
  const own = dueInstant(due, zone);
  if (!zoneFor(visitorZone)) return undefined;
  const there = own.setZone(visitorZone);
  if (there.offset === own.offset) return undefined;
  const abbr = zoneAbbreviation(there, visitorZone);
  const year = (at: Instant) => new Date(at.wall).getUTCFullYear();
  return `${day(there, locale, year(there) !== year(own))}, ${time(there, locale, hasSeconds(due))} ${abbr}`;
}

/** An earlier deadline, short: `29 Sep 2023`, or `19 May 2025, 23:59` with its time. */
export function formatPrevious(due: string, zone: string, locale: string): string {
  return dueText(dueInstant(due, zone), due, locale);
}

/** `29 Sep 2023`, or `19 May 2025, 23:59` with its time: `due` at `dt`. */
function dueText(dt: Instant, due: string, locale: string): string {
  const date = day(dt, locale, true);
  return isDateOnly(due) ? date : `${date}, ${time(dt, locale, hasSeconds(due))}`;
}

/**
 * The day of an event date (`due`'s date, whatever time it names), as the instants its day
 * begins and ends in its zone: a countdown counts to `start`; it has passed at `end`.
 */
export function eventDay(due: string, zone: string): { start: number; end: number } {
  const date = due.slice(0, 10);
  return { start: wallClock(date, '00:00', zone).toMillis(), end: wallClock(date, '24:00', zone).toMillis() };
}

/** An event's day, in its own zone: `26 Jul 2024` (the locale decides the order). */
export function formatEventDay(due: string, zone: string, locale: string): string {
  return day(wallClock(due.slice(0, 10), '12:00', zone), locale, true);
}

/** The instant of a date of the feed (ms), or `undefined` for one that is TBD or not a valid date. */
export function dueMillis(date: Pick<ImportantDate, 'due' | 'timezone' | 'tbd'>): number | undefined {
  if (date.tbd || !date.due) return undefined;
  const dt = dueInstant(date.due, date.timezone);
  return dt.isValid ? dt.toMillis() : undefined;
}
