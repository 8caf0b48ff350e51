/**
 * The schedule's layout engine: a day of the feed laid out in a zone, as the rows and row
 * groups of its table, with every time computed once per day, zone and language. Also when
 * the now-marker sits and when it next moves. No DOM here: it runs on a server too.
 */
import type { ScheduleDay, ScheduleItem } from '../feed/types.js';
import { slug } from '../calendar/ics.js';
import {
  clockText,
  dayInstants,
  dayNumber,
  dayText,
  inProgress,
  isoText,
  minutesOf,
  nextBoundary,
  wallTimes,
  weekdayText,
  zoneText,
} from '../time/day.js';

/** Kinds shown quieter than talks. */
const QUIET = new Set(['break', 'remarks', 'awards', 'social']);
/** Kinds shown in bold, as the seed pages do. */
const STRONG = new Set(['session', 'contributed', 'panel', 'poster']);

/** One row of the table: an item, with its times in the zone shown. */
export interface Row {
  item: ScheduleItem;
  /** 0 for a day's items, 1 and more for a session's talks. */
  depth: number;
  /** Starts a group: a session row, whose talks follow it. */
  group: boolean;
  start?: number;
  end?: number;
  startText?: string;
  endText?: string;
  startIso?: string;
  endIso?: string;
  /** The weekday, when the start falls on another day than the caption's (a zone far away). */
  shift?: string;
  className: string;
  part: string;
  /** The row's anchor id, `<date>-<title slug>`, unique within the day (deep links). */
  anchor: string;
}

/** A day laid out in a zone: computed once per day, zone and language, not on every render. */
export interface Layout {
  day: ScheduleDay;
  zone: string;
  locale: string;
  /** Rows in groups: a session and its talks, or a run of other items. */
  groups: Row[][];
  rows: Row[];
  caption: string;
  zoneLabel: string;
  /** The first and last instants the day shows (its noon when it has no items). */
  first: number;
  last: number;
  /** Midnight of the day in its own zone: from then on the now-marker is watched. */
  today: number;
  /** A row's time is long (a 12-hour clock's `10:30 AM–11:00 AM`, a day-shift mark): the time column is wider. */
  longTimes: boolean;
}

export interface Timed {
  item: ScheduleItem;
  depth: number;
  start?: number;
  end?: number;
}

/** Minutes after the day's midnight for each item and its talks; an item without an end ends where the next starts. */
export function timeItems(
  items: ScheduleItem[],
  depth: number,
  parentStart: number | undefined,
  parentEnd: number | undefined,
  out: Timed[],
): void {
  const order = items.map((item, i) => {
    let start = item.start ? minutesOf(item.start) : undefined;
    if (start !== undefined && parentStart !== undefined && start < parentStart) start += 1440;
    return { item, i, start };
  });
  // A day's items all have a start: show them in time order (a stable sort keeps equal times as written).
  if (depth === 0) order.sort((a, b) => a.start! - b.start! || a.i - b.i);
  // Where each item ends when it gives no end: at the next later start among its siblings, else where its parent ends.
  const nextStart: (number | undefined)[] = new Array(order.length);
  let nearest = -1; // the nearest later sibling with a start
  for (let k = order.length - 1; k >= 0; k--) {
    const s = order[k].start;
    if (s === undefined) continue;
    if (nearest < 0) nextStart[k] = parentEnd;
    else nextStart[k] = order[nearest].start! > s ? order[nearest].start : nextStart[nearest];
    nearest = k;
  }
  for (let k = 0; k < order.length; k++) {
    const { item, start } = order[k];
    let end: number | undefined;
    if (start !== undefined) {
      if (item.end) {
        end = minutesOf(item.end) + (start >= 1440 ? 1440 : 0);
        if (end <= start) end += 1440;
      } else {
        end = nextStart[k];
        if (end !== undefined && end <= start) end = undefined;
      }
    }
    out.push({ item, depth, start, end });
    if (item.items.length) timeItems(item.items, depth + 1, start ?? parentStart, end ?? parentEnd, out);
  }
}

/** A day in `zone`, written in `locale`: its rows, groups, caption and zone line. */
export function layOut(day: ScheduleDay, zone: string, locale: string): Layout {
  const timed: Timed[] = [];
  timeItems(day.items, 0, undefined, undefined, timed);
  // Every time of the day in one batch: midnight, then each start and end.
  const minutes: number[] = [0];
  for (const t of timed) {
    if (t.start !== undefined) minutes.push(t.start);
    if (t.end !== undefined) minutes.push(t.end);
  }
  if (timed.length === 0) minutes.push(720);
  const instants = dayInstants(day.date, minutes, day.timezone);
  const { wall, offsets } = wallTimes(instants, zone);
  const firstWall = wall[1];
  const refDay = dayNumber(firstWall);
  let first = Infinity;
  let last = -Infinity;
  let lastStartWall = firstWall;
  let longest = 0;
  let n = 1;
  const rows: Row[] = [];
  const groups: Row[][] = [];
  const anchors = new Set<string>();
  for (const t of timed) {
    const { item, depth } = t;
    const row: Row = {
      item,
      depth,
      group: depth === 0 && item.items.length > 0,
      className: '',
      part: '',
      anchor: anchorFor(day.date, item.title, anchors),
    };
    if (t.start !== undefined) {
      const i = n++;
      row.start = instants[i];
      row.startText = clockText(wall[i], undefined, locale);
      row.startIso = isoText(wall[i], offsets[i]);
      if (dayNumber(wall[i]) !== refDay) row.shift = weekdayText(wall[i], locale);
      if (wall[i] > lastStartWall) lastStartWall = wall[i];
      first = Math.min(first, row.start);
      last = Math.max(last, row.start);
    }
    if (t.end !== undefined) {
      const i = n++;
      row.end = instants[i];
      row.endText = clockText(wall[i], undefined, locale);
      row.endIso = isoText(wall[i], offsets[i]);
      last = Math.max(last, row.end);
    }
    const kind = item.kind;
    // Classes only for what the stylesheet draws (parts are the page's: every kind).
    const classes: string[] = [];
    const parts = ['row'];
    if (kind) parts.push(kind);
    if (kind === 'session') classes.push(kind);
    if (kind && QUIET.has(kind)) classes.push('quiet');
    if (kind && STRONG.has(kind)) classes.push('strong');
    if (depth > 0) {
      classes.push('in-session');
      parts.push('session-item');
    }
    if (item.tentative) parts.push('tentative');
    const timeLength = (row.startText?.length ?? 0) + (row.endText ? row.endText.length + 1 : 0) + (row.shift ? row.shift.length + 1 : 0);
    if (timeLength > longest) longest = timeLength;
    row.className = classes.join(' ');
    row.part = parts.join(' ');
    rows.push(row);
    if (row.group || (depth === 0 && (groups.length === 0 || groups[groups.length - 1][0].group))) groups.push([row]);
    else groups[groups.length - 1].push(row);
  }
  if (first === Infinity) first = last = instants[1];
  return {
    day,
    zone,
    locale,
    groups,
    rows,
    caption: dayText(dayNumber(firstWall) * 86_400_000, locale, 'long', dayNumber(lastStartWall) * 86_400_000),
    zoneLabel: zoneText(zone, first, last),
    first,
    last,
    today: instants[0],
    // `10:30–11:00` (11 characters) fits the default width; longer times get the wider column.
    longTimes: longest > 11,
  };
}

/* Each day keeps its last layout: switching tabs back, or a second schedule of the same feed, reuses it. */
const laidOut = new WeakMap<ScheduleDay, Layout>();

/** `layOut`, remembered per day: recomputed only when the day, the zone or the language change. */
export function layoutFor(day: ScheduleDay, zone: string, locale: string): Layout {
  const known = laidOut.get(day);
  if (known && known.zone === zone && known.locale === locale) return known;
  const layout = layOut(day, zone, locale);
  laidOut.set(day, layout);
  return layout;
}

/** The row of the item in progress at `now` (the innermost), if any. */
export function nowRow(layout: Layout, now: number): Row | undefined {
  const i = inProgress(layout.rows, now);
  return i >= 0 ? layout.rows[i] : undefined;
}

/**
 * When the now-marker next moves (the next start or end after `now`), from midnight of the
 * day in its own zone on; `undefined` before that and once nothing is left to start or end.
 */
export function nextChange(layout: Layout, now: number): number | undefined {
  return now >= layout.today ? nextBoundary(layout.rows, now) : undefined;
}

/** `<date>-<slug of the title>`, with `-2`, `-3`… for a title the day already has. */
function anchorFor(date: string, title: string, taken: Set<string>): string {
  const base = `${date}-${slug(title) || 'item'}`;
  let anchor = base;
  for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
  taken.add(anchor);
  return anchor;
}
