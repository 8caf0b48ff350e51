/**
 * A day of the programme in a time zone: wall-clock times to instants and back, in batches,
 * and the words a schedule shows for them ("Friday 26 July 2024", "09:15–10:15" or "9:15 AM–10:15 AM", "CEST, UTC+2").
 *
 * Which module to use: this one for a schedule's many times of a day; zones.ts for a single
 * time (a deadline, a label, a check of the feed). There are two on purpose. Built for long
 * days, this one asks the zone rules (luxon's zone classes, through zones.ts, so every
 * daylight-saving change is honoured per day, both ways) a handful of times per day, not once
 * per item: when a zone's offset is the same around a whole day, every time of that day is
 * plain arithmetic; only a day with a change in it asks the rules per time (memoised), with
 * the same rule as zones.ts (`wallInstant`). That batching is deliberate and is held to
 * zones.ts's answers by test/schedule.zones.test.ts, and to an independent reference by
 * test/reference.zones.test.ts.
 */
import { minuteText, type HourCycle } from './format.js';
import { dateTimeFormat, pad } from './intl.js';
import { civilMillis, Instant, localZoneName, wallInstant, zoneFor, zoneLabel } from './zones.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `HH:MM` as minutes after midnight. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `YYYY-MM-DD` as ms since the epoch of that date's midnight in UTC (years 0000-0099 included). */
export function utcMidnight(date: string): number {
  return civilMillis(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The zone a schedule means by a name: `local` is the visitor's; anything unknown is UTC. */
export function resolveZoneName(name: string): string {
  return name === 'local' ? localZoneName() : name;
}

/** A zone's offset from UTC at an instant, in minutes. */
type Offsets = (ms: number) => number;

/** Each zone's offsets, memoised by instant (a page's schedules ask about a few hundred instants). */
const offsetsByZone = new Map<string, Offsets>();
function offsetsOf(zoneName: string): Offsets {
  const name = resolveZoneName(zoneName);
  let offsets = offsetsByZone.get(name);
  if (!offsets) {
    const zone = zoneFor(name);
    const memo = new Map<number, number>();
    offsets = (ms) => {
      let offset = memo.get(ms);
      if (offset === undefined) {
        offset = zone ? zone.offset(ms) : 0;
        if (!Number.isFinite(offset)) offset = 0;
        if (memo.size > 20_000) memo.clear();
        memo.set(ms, offset);
      }
      return offset;
    };
    offsetsByZone.set(name, offsets);
  }
  return offsets;
}

/** A zone's offset from UTC at an instant, in minutes. */
export function offsetAt(zoneName: string, ms: number): number {
  return offsetsOf(zoneName)(ms);
}

/**
 * The instants of wall-clock times of one day in a zone. Times are minutes after that
 * day's midnight; 1440 and more mean the next day (an item that ends after midnight).
 * Same rules as `wallClock` in zones.ts: a time a spring-forward change skips is moved on
 * by the gap; a time a fall-back change repeats means its first occurrence.
 */
export function dayInstants(date: string, minutes: readonly number[], zoneName: string): number[] {
  const offsets = offsetsOf(zoneName);
  const midnight = utcMidnight(date);
  // A change anywhere from the day before to the day after shows as different offsets here.
  const before = offsets(midnight - DAY);
  const after = offsets(midnight + 3 * DAY);
  if (before === after) return minutes.map((m) => midnight + m * MINUTE - before * MINUTE);
  return minutes.map((m) => wallInstant(midnight + m * MINUTE, offsets));
}

/**
 * Instants as wall-clock times in a zone: each as ms since the epoch of that wall-clock
 * time read as UTC (so `new Date(w).getUTCHours()` is the hour on the wall), and its offset.
 */
export function wallTimes(instants: readonly number[], zoneName: string): { wall: number[]; offsets: number[] } {
  const offsets = offsetsOf(zoneName);
  if (instants.length === 0) return { wall: [], offsets: [] };
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of instants) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  // The same offset at both ends of a span of under three days: no change in between.
  const first = offsets(lo);
  const constant = hi - lo < 3 * DAY && offsets(hi) === first;
  const offs = constant ? instants.map(() => first) : instants.map(offsets);
  return { wall: instants.map((t, i) => t + offs[i] * MINUTE), offsets: offs };
}

/**
 * A wall time (from `wallTimes`) on the clock: `09:15` as written (what `isoText` needs); given
 * an hour cycle or a language, as `timeOfDay` (format.ts) writes it there, by arithmetic:
 * `clockText(w, 'h12')` is `2:00 PM`, `clockText(w, 'h23')` `14:00`, `clockText(w, undefined, 'en-US')`
 * the language's own clock (`2:00 PM`).
 */
export function clockText(wall: number, cycle?: HourCycle, locale?: string): string {
  const m = Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
  if (cycle === undefined && locale === undefined) return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
  return minuteText(m, locale ?? 'en-US', cycle);
}

/** The wall time's day, as a number that grows by one a day (to compare days). */
export function dayNumber(wall: number): number {
  return Math.floor(wall / DAY);
}

/** `2024-07-26T09:15+02:00`: a `<time datetime>` for a wall time and its offset. */
export function isoText(wall: number, offset: number): string {
  const abs = Math.abs(offset);
  return `${new Date(wall).toISOString().slice(0, 16)}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `09:15–10:15`, or `09:00` alone for an item with no end. */
export function timeRange(startWall: number, endWall?: number): string {
  return endWall === undefined ? clockText(startWall) : `${clockText(startWall)}–${clockText(endWall)}`;
}

const DATE_STYLES: Record<'long' | 'short' | 'weekday', Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  short: { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' },
  weekday: { weekday: 'short', timeZone: 'UTC' },
};
const dateFormat = (locale: string, style: 'long' | 'short' | 'weekday'): Intl.DateTimeFormat => dateTimeFormat(locale, DATE_STYLES[style]);

/**
 * A calendar day in words, in the page's language: `Friday 26 July 2024` (`en-GB`),
 * `Friday, July 26, 2024` (`en-US`); `short` gives `Fri 26 Jul` for a tab.
 * A second day gives a range: `Saturday 29 – Sunday 30 July 2023`.
 */
export function dayText(date: string | number, locale: string, style: 'long' | 'short' = 'long', until?: string | number): string {
  const from = typeof date === 'string' ? utcMidnight(date) : date;
  const format = dateFormat(locale, style);
  if (until === undefined) return format.format(from);
  const to = typeof until === 'string' ? utcMidnight(until) : until;
  if (dayNumber(to) === dayNumber(from)) return format.format(from);
  return format.formatRange(from, to);
}

/** `Sat`: the short weekday of a wall time, marking a time that falls on another day than the caption's. */
export function weekdayText(wall: number, locale: string): string {
  return dateFormat(locale, 'weekday').format(wall);
}

/**
 * The zone as a caption names it at the instants shown: `CEST, UTC+2`; when the offset
 * changes between the first and the last (a night across a change), both: `CEST, UTC+2 / CET, UTC+1`.
 */
export function zoneText(zoneName: string, first: number, last = first): string {
  const name = resolveZoneName(zoneName);
  const a = zoneLabel(new Instant(first, name), name);
  if (offsetAt(name, last) === offsetAt(name, first)) return a;
  const b = zoneLabel(new Instant(last, name), name);
  return a === b ? a : `${a} / ${b}`;
}

/** Whether two zones show the same wall-clock times at every one of the instants' ends. */
export function sameClock(zoneA: string, zoneB: string, first: number, last = first): boolean {
  return offsetAt(zoneA, first) === offsetAt(zoneB, first) && offsetAt(zoneA, last) === offsetAt(zoneB, last);
}

/** A stretch of time; `end` missing means it has no known end (never in progress). */
export interface Span {
  start?: number;
  end?: number;
}

/** The index of the innermost span in progress at `now` (the last one that holds it), or -1. */
export function inProgress(spans: readonly Span[], now: number): number {
  let found = -1;
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i];
    if (start !== undefined && end !== undefined && start <= now && now < end) found = i;
  }
  return found;
}

/** The first start or end after `now`, where what is in progress changes; `undefined` when none is left. */
export function nextBoundary(spans: readonly Span[], now: number): number | undefined {
  let next: number | undefined;
  for (const { start, end } of spans) {
    if (start !== undefined && start > now && (next === undefined || start < next)) next = start;
    if (end !== undefined && end > now && (next === undefined || end < next)) next = end;
  }
  return next;
}
