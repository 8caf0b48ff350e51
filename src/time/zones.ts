/**
 * Time zones and wall-clock times, on luxon.
 *
 * The feed names zones as IANA names or `AoE` (Anywhere on Earth, UTC-12 all year).
 * Times are wall-clock times in a zone; every conversion goes through luxon's zone
 * rules, so daylight-saving changes are handled per day, in both directions.
 */
import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';

/** Anywhere on Earth: the last place on Earth where a day is still going, UTC-12. */
export const AOE = 'AoE';
const aoeZone = FixedOffsetZone.instance(-12 * 60);

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

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
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `HH:MM`, 00:00 to 23:59. */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_OF_DAY.test(value);
}

/** `YYYY-MM-DD`, a date that exists in the calendar. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return !!m && DateTime.fromObject({ year: +m[1], month: +m[2], day: +m[3] }).isValid;
}

/** A `due` value: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`. */
export function isDue(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (DATE.test(value)) return isCalendarDate(value);
  const m = DATE_TIME.exec(value);
  return !!m && isCalendarDate(`${m[1]}-${m[2]}-${m[3]}`);
}

/**
 * A wall-clock time of a day in a zone, as an absolute instant.
 * A time that a spring-forward change skips is moved on by the gap, as clocks do.
 */
export function wallClock(date: string, time: string, zone: string): DateTime {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return earliest(DateTime.fromObject({ year, month, day, hour, minute }, { zone: zoneFor(zone) }));
}

/**
 * A wall-clock time that a fall-back change makes happen twice means its first
 * occurrence (as a programme printed in local time does), whatever luxon guessed.
 */
function earliest(dt: DateTime): DateTime {
  if (!dt.isValid) return dt;
  const offsets = dt.getPossibleOffsets();
  if (offsets.length < 2) return dt;
  return offsets.reduce((a, b) => (a.toMillis() <= b.toMillis() ? a : b));
}

/**
 * The instant a deadline falls due. A date alone means the end of that day (23:59:59)
 * in the zone; a date and time means that wall-clock time.
 */
export function dueInstant(due: string, zone: string): DateTime {
  const z = zoneFor(zone);
  const dateOnly = DATE.exec(due);
  if (dateOnly) {
    return DateTime.fromObject(
      { year: +dateOnly[1], month: +dateOnly[2], day: +dateOnly[3], hour: 23, minute: 59, second: 59 },
      { zone: z },
    );
  }
  const m = DATE_TIME.exec(due);
  if (!m) return DateTime.invalid(`not a due date: ${due}`);
  return earliest(
    DateTime.fromObject(
      { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: m[6] ? +m[6] : 0 },
      { zone: z },
    ),
  );
}

/** Whether a `due` value names a day only (so it means the end of that day). */
export function isDateOnly(due: string): boolean {
  return DATE.test(due);
}

/** `UTC+2`, `UTC-10`, `UTC+5:30`, `UTC` for an instant in its zone. */
export function utcOffsetLabel(dt: DateTime): string {
  const offset = dt.offset;
  if (offset === 0) return 'UTC';
  const sign = offset > 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/**
 * A zone's short name at an instant, as people write it: `CEST`, `HST`, `EDT`, `AoE`, `UTC`.
 * Where the browser knows no abbreviation (it says `GMT+14`), the offset stands instead.
 */
export function zoneAbbreviation(dt: DateTime, zoneName: string, locale = 'en-US'): string {
  if (zoneName === AOE) return AOE;
  if (zoneName === 'UTC' || zoneName === 'Etc/UTC') return 'UTC';
  const short = dt.setLocale(locale).offsetNameShort ?? '';
  if (!short || /^(GMT|UTC)[+-]/.test(short)) {
    const longName = dt.setLocale('en-GB').offsetNameShort ?? '';
    if (longName && !/^(GMT|UTC)[+-]/.test(longName)) return longName;
    return utcOffsetLabel(dt);
  }
  return short;
}

/** `CEST, UTC+2`; `UTC` alone for UTC; `AoE, UTC-12`. */
export function zoneLabel(dt: DateTime, zoneName: string, locale?: string): string {
  const abbr = zoneAbbreviation(dt, zoneName, locale);
  const offset = utcOffsetLabel(dt);
  return abbr === offset ? offset : `${abbr}, ${offset}`;
}
