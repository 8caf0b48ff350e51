/**
 * Time zones and wall-clock times, one at a time: the feed's checks (is this a zone, a date,
 * a `due`?), a wall-clock time or a `due` as an instant, and a zone's name and offset at an
 * instant (`CEST, UTC+2`).
 *
 * Which module to use:
 * - zones.ts (this one) for a single time: a deadline, a check of the feed, a label. Every
 *   answer is worked out on its own, which is simple and plenty fast for a few dates.
 * - day.ts for a schedule: the many times of one day, converted in batches. It asks the zone
 *   rules a handful of times per day and does the rest with arithmetic, because a long
 *   programme has hundreds of items and the schedule recomputes them on every change of zone.
 *   It follows the same rules as `wallClock` here, and test/schedule.zones.test.ts holds it to
 *   them quarter-hour by quarter-hour, across daylight-saving changes.
 *
 * The feed names zones as IANA names or `AoE` (Anywhere on Earth, UTC-12 all year). Offsets
 * come from luxon's zone classes (`IANAZone`, `FixedOffsetZone`), which read the browser's
 * zone rules, so every daylight-saving change is honoured per day, in both directions; names
 * and formatting come from `Intl.DateTimeFormat`. Luxon's `DateTime` is not used (it would
 * cost the page ~20 kB).
 */
import { FixedOffsetZone, IANAZone, type Zone } from 'luxon';
import { dateTimeFormat, pad, partText } from './intl.js';

/** Anywhere on Earth: the last place on Earth where a day is still going, UTC-12. */
export const AOE = 'AoE';
const aoeZone = FixedOffsetZone.instance(-12 * 60);

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
/** A `due`: a date, and maybe a time (`T` HH:MM, maybe `:SS`). */
const DUE = /^(\d{4})-(\d\d)-(\d\d)(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?$/;

/** A `due`'s fields (year, month, day, and hour, minute, second when it has a time), or undefined when it is none. */
function dueFields(value: unknown): number[] | undefined {
  const m = typeof value === 'string' ? DUE.exec(value) : null;
  return m ? m.slice(1, m[4] ? 7 : 4).map((n) => +(n ?? 0)) : undefined;
}

/** The luxon zone for a feed's zone name, or `undefined` when the name is not one. */
export function zoneFor(name: string): Zone | undefined {
  if (name === AOE) return aoeZone;
  if (name === 'local') return undefined;
  const zone = IANAZone.create(name);
  return zone.isValid ? zone : undefined;
}

export function isZoneName(name: unknown): name is string {
  return typeof name === 'string' && zoneFor(name) !== undefined;
}

/** The visitor's zone, as the browser reports it. */
export function localZoneName(): string {
  return dateTimeFormat(undefined).resolvedOptions().timeZone || 'UTC';
}

/** The zone a name means for converting: `local` (or a name that is no zone) is the visitor's. */
function zoneOrLocal(name: string): Zone {
  return zoneFor(name) ?? zoneFor(localZoneName()) ?? FixedOffsetZone.utcInstance;
}

/**
 * The `timeZone` to give `Intl.DateTimeFormat` for a feed's zone name: `AoE` is `Etc/GMT+12`
 * (the IANA name of UTC-12); `local`, or a name that is no zone, is `undefined` (the visitor's).
 */
export function intlZone(name: string): string | undefined {
  if (name === AOE) return 'Etc/GMT+12';
  return name !== 'local' && zoneFor(name) ? name : undefined;
}

/** `HH:MM`, 00:00 to 23:59. */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_OF_DAY.test(value);
}

/**
 * A wall-clock time as ms since the epoch of that time read as UTC, built so that years
 * 0000-0099 stay themselves (`Date.UTC` would make them 1900-1999). Fields may overflow
 * (hour 24 is the next day's midnight), as with `Date.UTC`.
 */
export function civilMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second);
  return d.getTime();
}

const int = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;

/** Whether year, month (1-12) and day name a day that exists in the calendar. */
function isDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && int(month, 1, 12) && int(day, 1, 31) && new Date(civilMillis(year, month, day)).getUTCDate() === day;
}

/** A `due` value (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`) whose day exists in the calendar. */
export function isDue(value: unknown): value is string {
  const f = dueFields(value);
  return !!f && isDay(f[0], f[1], f[2]);
}

/** `YYYY-MM-DD`, a date that exists in the calendar. */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value) && isDue(value);
}

/**
 * The instant a wall-clock time (ms since the epoch of it read as UTC) happens at, given a
 * zone's offset from UTC (in minutes) at any instant. Wall-clock times are made of the
 * offsets in force a day either side: the one that reads back as itself is the answer.
 * - A time that a spring-forward change skips (neither does) is moved on by the gap, as
 *   clocks do: it is read with the offset before the change.
 * - A time that a fall-back change makes happen twice (both do) is its first occurrence, or
 *   with `later` its second.
 * Shared by `wallClock`/`dueInstant` here and by `dayInstants` in day.ts.
 */
export function wallInstant(wall: number, offsetAt: (ms: number) => number, later = false): number {
  const before = offsetAt(wall - DAY);
  let found: number | undefined;
  for (const offset of [before, offsetAt(wall + DAY)]) {
    const candidate = wall - offset * MINUTE;
    if (offsetAt(candidate) === offset && (found === undefined || (later ? candidate > found : candidate < found))) found = candidate;
  }
  return found ?? wall - before * MINUTE;
}

/**
 * An instant, as read in a zone: what `wallClock` and `dueInstant` give. It answers the
 * questions callers asked of the luxon `DateTime` these functions used to return
 * (`toMillis()`, `isValid`, `offset`, `toJSDate()`, and it compares as its ms), so that code
 * keeps working; an invalid one (a date that does not exist) has `NaN` for its ms and offset.
 */
export class Instant {
  /** ms since the epoch, `NaN` when invalid. */
  readonly ms: number;
  /** The zone it is read in, as the feed names it (`Europe/Vienna`, `AoE`, `local`). */
  readonly zoneName: string;
  /** The zone's offset from UTC at the instant, in minutes (`120` for UTC+2). */
  readonly offset: number;

  constructor(ms: number, zoneName: string) {
    this.ms = ms;
    this.zoneName = zoneName;
    this.offset = Number.isFinite(ms) ? zoneOrLocal(zoneName).offset(ms) : NaN;
  }

  get isValid(): boolean {
    return Number.isFinite(this.ms);
  }

  toMillis(): number {
    return this.ms;
  }

  valueOf(): number {
    return this.ms;
  }

  toJSDate(): Date {
    return new Date(this.ms);
  }

  /** The same instant read in another zone. */
  setZone(zoneName: string): Instant {
    return new Instant(this.ms, zoneName);
  }

  /** The wall-clock time it shows in its zone, as ms since the epoch of that time read as UTC. */
  get wall(): number {
    return this.ms + this.offset * MINUTE;
  }
}

/** An instant and its zone's offset then: an `Instant` (or a luxon `DateTime`). */
export type ZonedTime = Pick<Instant, 'toMillis' | 'offset'>;

/** A wall-clock time in a zone as an instant, or an invalid one when the date or time is not one. */
function instantOf(fields: number[], zone: string, later = false): Instant {
  const [year, month, day, hour, minute = 0, second = 0] = fields;
  const valid =
    isDay(year, month, day) && int(minute, 0, 59) && int(second, 0, 59) && (int(hour, 0, 23) || (hour === 24 && !minute && !second));
  if (!valid) return new Instant(NaN, zone);
  const z = zoneOrLocal(zone);
  return new Instant(
    wallInstant(civilMillis(year, month, day, hour, minute, second), (ms) => z.offset(ms), later),
    zone,
  );
}

/**
 * A wall-clock time of a day in a zone, as an absolute instant.
 * A time that a spring-forward change skips is moved on by the gap, as clocks do; a time that
 * a fall-back change makes happen twice means its first occurrence (as a programme printed in
 * local time does).
 */
export function wallClock(date: string, time: string, zone: string): Instant {
  return instantOf([...date.split('-'), ...time.split(':')].map(Number), zone);
}

/**
 * The instant a deadline falls due. A date alone means the end of that day (23:59:59) in the
 * zone, and on a day when 23:59:59 happens twice (a fall-back change at midnight, as in Cairo,
 * Beirut and Santiago) the later one, so that the day has truly ended. A date and time means
 * that wall-clock time, with `wallClock`'s rules (a repeated time is its first occurrence).
 * The answer depends only on the `due` and the zone, never on the day it is asked.
 */
export function dueInstant(due: string, zone: string): Instant {
  const f = dueFields(due);
  if (!f) return new Instant(NaN, zone);
  return f.length === 3 ? instantOf([...f, 23, 59, 59], zone, true) : instantOf(f, zone);
}

/** Whether a `due` value names a day only (so it means the end of that day). */
export function isDateOnly(due: string): boolean {
  return DATE.test(due);
}

/** `UTC+2`, `UTC-10`, `UTC+5:30`, `UTC` for an instant in its zone. */
export function utcOffsetLabel(dt: ZonedTime): string {
  const offset = dt.offset;
  if (offset === 0) return 'UTC';
  const sign = offset > 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${pad(m)}` : ''}`;
}

const NO_NAME = /^(GMT|UTC)[+-]/;

/** The browser's short name of a zone at an instant in a language (`CEST`, `GMT+2`), or ''. */
function shortZoneName(ms: number, zoneName: string, locale: string): string {
  if (!Number.isFinite(ms)) return '';
  return partText(dateTimeFormat(locale, { timeZone: intlZone(zoneName), timeZoneName: 'short' }).formatToParts(ms), 'timeZoneName');
}

/**
 * A zone's short name at an instant, as people write it: `CEST`, `HST`, `EDT`, `AoE`, `UTC`.
 * Where the browser knows no abbreviation (it says `GMT+14`), the offset stands instead.
 */
export function zoneAbbreviation(dt: ZonedTime, zoneName: string, locale = 'en-US'): string {
  if (zoneName === AOE) return AOE;
  if (zoneName === 'UTC' || zoneName === 'Etc/UTC') return 'UTC';
  const ms = dt.toMillis();
  const short = shortZoneName(ms, zoneName, locale);
  if (short && !NO_NAME.test(short)) return short;
  const british = shortZoneName(ms, zoneName, 'en-GB');
  return british && !NO_NAME.test(british) ? british : utcOffsetLabel(dt);
}

/** `CEST, UTC+2`; `UTC` alone for UTC; `AoE, UTC-12`. */
export function zoneLabel(dt: ZonedTime, zoneName: string, locale?: string): string {
  const abbr = zoneAbbreviation(dt, zoneName, locale);
  const offset = utcOffsetLabel(dt);
  return abbr === offset ? offset : `${abbr}, ${offset}`;
}
