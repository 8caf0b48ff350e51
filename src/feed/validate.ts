/**
 * The feed validator: keeps every valid part of a feed, and says what it dropped.
 *
 * - A feed that is not an object, or whose `version` is not 1, is a whole-feed error
 *   (`FeedError`): nothing can be shown from it.
 * - A section of the wrong type is dropped with an error at its path (`topics`).
 * - A bad item is skipped with an error at its path (`schedule[0].items[3].start`);
 *   a bad optional field is dropped with a warning; an unknown `kind` is a warning.
 * - Schedule slips: a second day of an earlier day's date is skipped (error), `end` equal to `start` is no end, and a talk before
 *   its session (so on the next day) is a warning unless the session runs past midnight. Unsafe links are dropped with a warning.
 * - Only known fields are copied, one by one, into fresh objects, so prototype keys (`__proto__`, `constructor`) never reach one.
 */
import {
  KINDS,
  type Feed,
  type ImportantDate,
  type Kind,
  type Paper,
  type Person,
  type Problem,
  type ScheduleDay,
  type ScheduleItem,
} from './types.js';
import { safeUrl } from './urls.js';
import { paperRefs, readPapers } from './validate-papers.js';
import { at, compact, describe, isObject, own, type Json } from './json.js';
import { readWorkshop, topic } from './validate-sections.js';

export { describe };
import { isCalendarDate, isDue, isTimeOfDay, isZoneName } from '../time/zones.js';
import { dueMillis, eventDay } from '../time/deadline.js';

/** A feed that cannot be shown at all: unreachable, not JSON, not an object, another version. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    message: string,
    /** What went wrong, for code: `network`, `http`, `timeout`, `not-json`, `invalid`, `version`. */
    readonly reason: 'network' | 'http' | 'timeout' | 'not-json' | 'invalid' | 'version',
    /** The feed's URL when it came from one. */
    readonly source?: string,
  ) {
    super(message);
  }
}

export interface Validated {
  feed: Feed;
  problems: Problem[];
}

export const MAX_DEPTH = 32;
const SECTIONS = ['$schema', 'version', 'workshop', 'people', 'schedule', 'dates', 'topics', 'papers'];

export class Validator {
  readonly problems: Problem[] = [];
  #people = new Map<string, Person>();
  /** The path of the day of each date. */
  #days = new Map<string, string>();
  #papers = new Map<string, Paper>();

  error(path: string, message: string): void {
    this.problems.push({ path, message, severity: 'error' });
  }
  warn(path: string, message: string): void {
    this.problems.push({ path, message, severity: 'warning' });
  }

  feed(raw: unknown): Feed {
    if (!isObject(raw)) {
      throw new FeedError(`The feed is ${describe(raw)}, not a JSON object.`, 'invalid');
    }
    const version = own(raw, 'version');
    if (version === undefined) {
      throw new FeedError('The feed has no "version" (it should be 1).', 'version');
    }
    if (version !== 1) {
      throw new FeedError(`The feed is version ${describe(version)}; this library reads version 1.`, 'version');
    }
    for (const key of Object.keys(raw)) {
      if (!SECTIONS.includes(key)) this.warn(key, 'is not a part of a version 1 feed (ignored)');
    }
    const workshop = readWorkshop(this, own(raw, 'workshop'));
    const people = this.list(raw, 'people', (v, p) => this.#index(this.person(v, p, true), p));
    const { papers, byId } = readPapers(this, raw);
    this.#papers = byId;
    return {
      version: 1,
      workshop,
      people,
      schedule: this.list(raw, 'schedule', (v, p) => this.day(v, p, workshop.timezone)),
      dates: this.list(raw, 'dates', (v, p) => this.date(v, p, workshop.timezone)),
      topics: this.list(raw, 'topics', (v, p) => topic(this, v, p, 0)),
      papers,
    };
  }

  /** A section or field that should be a list: each entry checked, bad ones skipped. */
  list<T>(obj: Json, key: string, each: (value: unknown, path: string) => T | undefined, path = ''): T[] {
    const value = own(obj, key);
    const p = at(path, key);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.error(p, `${describe(value)} is not a list`);
      return [];
    }
    const out: T[] = [];
    value.forEach((entry, i) => {
      const item = each(entry, at(p, i));
      if (item !== undefined) out.push(item);
    });
    return out;
  }

  /** An optional text field: kept when it is a string, dropped with a warning when not. */
  text(obj: Json, key: string, path: string): string | undefined {
    const value = own(obj, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    this.warn(at(path, key), `${describe(value)} is not text (ignored)`);
    return undefined;
  }

  /** A required, non-empty text field; `undefined` (with an error) when missing. */
  required(obj: Json, key: string, path: string, what: string): string | undefined {
    const value = own(obj, key);
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number') return String(value);
    this.error(
      at(path, key),
      value === undefined ? `missing: ${what} needs a ${key} (skipped)` : `${describe(value)} is not a ${key} (skipped)`,
    );
    return undefined;
  }

  link(obj: Json, key: string, path: string): string | undefined {
    const value = own(obj, key);
    if (value === undefined || value === null || value === '') return undefined;
    const url = safeUrl(value);
    if (url === undefined) {
      this.warn(at(path, key), `${describe(value)} is not an http(s) or relative link (dropped)`);
    }
    return url;
  }

  flag(obj: Json, key: string, path: string): boolean {
    const value = own(obj, key);
    if (value === undefined || value === null) return false;
    if (typeof value === 'boolean') return value;
    this.warn(at(path, key), `${describe(value)} is not true or false (taken as false)`);
    return false;
  }

  zone(obj: Json, key: string, path: string, fallback: string): string | undefined {
    const value = own(obj, key);
    if (value === undefined || value === null) return fallback;
    if (isZoneName(value)) return value;
    this.error(at(path, key), `${describe(value)} is not a time zone (an IANA name such as "Europe/Vienna", or "AoE")`);
    return undefined;
  }

  person(value: unknown, path: string, listed: boolean): Person | undefined {
    if (!isObject(value)) {
      this.error(path, `${describe(value)} is not a person (an object with a name) (skipped)`);
      return undefined;
    }
    const name = this.required(value, 'name', path, 'a person');
    if (name === undefined) return undefined;
    let importance: number | undefined;
    const imp = own(value, 'importance');
    if (imp !== undefined && imp !== null) {
      if (typeof imp === 'number' && Number.isFinite(imp)) importance = imp;
      else this.warn(at(path, 'importance'), `${describe(imp)} is not a number (ignored)`);
    }
    const id = listed ? this.text(value, 'id', path) : undefined;
    return compact({
      id,
      name,
      affiliation: this.text(value, 'affiliation', path),
      roles: this.list(
        value,
        'roles',
        (r, rp) => {
          if (typeof r === 'string' && r.trim()) return r.trim();
          this.warn(rp, `${describe(r)} is not a role word (ignored)`);
          return undefined;
        },
        path,
      ),
      importance,
      photo: this.link(value, 'photo', path),
      url: this.link(value, 'url', path),
      bio: this.text(value, 'bio', path),
    });
  }

  /** Records a listed person under their id, so the schedule can name them. */
  #index(person: Person | undefined, path: string): Person | undefined {
    if (person?.id === undefined) return person;
    if (this.#people.has(person.id)) {
      this.warn(at(path, 'id'), `${describe(person.id)} is the id of an earlier person too (the first is used)`);
    } else {
      this.#people.set(person.id, person);
    }
    return person;
  }

  /** The person of `people` with this id, if any. */
  listed(id: string): Person | undefined {
    return this.#people.get(id);
  }

  /** A speaker or moderator: an id in `people`, or an inline person. */
  ref(value: unknown, path: string): Person | undefined {
    if (typeof value === 'string') {
      const person = this.#people.get(value);
      if (!person) this.warn(path, `${describe(value)} is not the id of anyone in people (not shown)`);
      return person;
    }
    return this.person(value, path, false);
  }

  day(value: unknown, path: string, defaultZone: string): ScheduleDay | undefined {
    if (!isObject(value)) {
      this.error(path, `${describe(value)} is not a day (an object with a date and items) (skipped)`);
      return undefined;
    }
    const date = own(value, 'date');
    if (!isCalendarDate(date)) {
      this.error(
        at(path, 'date'),
        date === undefined
          ? 'missing: a day needs a date (YYYY-MM-DD) (skipped)'
          : `${describe(date)} is not a date (YYYY-MM-DD) (day skipped)`,
      );
      return undefined;
    }
    const timezone = this.zone(value, 'timezone', path, defaultZone);
    if (timezone === undefined) return undefined;
    // A second day of the same date is skipped: its tab would show the first.
    const earlier = this.#days.get(date);
    if (earlier !== undefined) {
      this.error(at(path, 'date'), `${describe(date)} is the date of ${earlier} too (day skipped: put its items in the first)`);
      return undefined;
    }
    this.#days.set(date, path);
    return compact({
      date,
      timezone,
      note: this.text(value, 'note', path),
      items: this.list(value, 'items', (v, p) => this.item(v, p, 0), path),
    });
  }

  /** `parent`: the start of the session the item is in (HH:MM), and whether the session runs past midnight. */
  item(value: unknown, path: string, depth: number, parent?: { start: string; overnight: boolean }): ScheduleItem | undefined {
    if (!isObject(value)) {
      this.error(path, `${describe(value)} is not a schedule item (an object with a title) (skipped)`);
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      this.error(path, `is nested more than ${MAX_DEPTH} deep (skipped)`);
      return undefined;
    }
    const start = own(value, 'start');
    if (start !== undefined || depth === 0) {
      if (!isTimeOfDay(start)) {
        this.error(
          at(path, 'start'),
          start === undefined
            ? 'missing: an item of a day needs a start time (HH:MM) (skipped)'
            : `${describe(start)} is not a time of day (HH:MM) (skipped)`,
        );
        return undefined;
      }
    }
    const title = this.required(value, 'title', path, 'an item');
    if (title === undefined) return undefined;
    let end = own(value, 'end');
    if (end !== undefined && !isTimeOfDay(end)) {
      this.warn(at(path, 'end'), `${describe(end)} is not a time of day (HH:MM) (ignored)`);
      end = undefined;
    }
    // Read literally, an end equal to the start is 24 hours later: almost always a slip.
    if (end !== undefined && end === start) {
      this.warn(at(path, 'end'), `${describe(end)} is the same as the start (taken as no end)`);
      end = undefined;
    }
    // A talk before its session's start is shown on the next day: right only in a session that runs past midnight.
    if (typeof start === 'string' && parent && start < parent.start && !parent.overnight) {
      this.warn(at(path, 'start'), `${describe(start)} is before the start of its session (${parent.start}); it is shown on the next day`);
    }
    let kind: Kind | undefined;
    const k = own(value, 'kind');
    if (k !== undefined) {
      if ((KINDS as readonly unknown[]).includes(k)) kind = k as Kind;
      else this.warn(at(path, 'kind'), `${describe(k)} is not a known kind (${KINDS.join(', ')}); shown as a plain item`);
    }
    return compact({
      start: start as string | undefined,
      end: end as string | undefined,
      title,
      kind,
      speakers: this.list(value, 'speakers', (v, p) => this.ref(v, p), path),
      moderators: this.list(value, 'moderators', (v, p) => this.ref(v, p), path),
      tentative: this.flag(value, 'tentative', path),
      url: this.link(value, 'url', path),
      label: this.text(value, 'label', path),
      items: this.list(value, 'items', (v, p) => this.item(v, p, depth + 1, this.#session(start, end, parent)), path),
      papers: paperRefs(this, value, path, this.#papers),
    });
  }

  /** What an item's talks are checked against: its own start when it has one, else its parent's. */
  #session(
    start: unknown,
    end: unknown,
    parent?: { start: string; overnight: boolean },
  ): { start: string; overnight: boolean } | undefined {
    if (typeof start !== 'string') return parent;
    return { start, overnight: typeof end === 'string' ? end < start : false };
  }

  date(value: unknown, path: string, defaultZone: string): ImportantDate | undefined {
    if (!isObject(value)) {
      this.error(path, `${describe(value)} is not a date entry (an object with a label) (skipped)`);
      return undefined;
    }
    const label = this.required(value, 'label', path, 'a date');
    if (label === undefined) return undefined;
    const timezone = this.zone(value, 'timezone', path, defaultZone);
    if (timezone === undefined) return undefined;
    let tbd = this.flag(value, 'tbd', path);
    const due = own(value, 'due');
    if (due !== undefined && due !== null && !tbd && !isDue(due)) {
      this.error(at(path, 'due'), `${describe(due)} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM) (skipped)`);
      return undefined;
    }
    if (!tbd && (due === undefined || due === null)) {
      this.warn(path, 'has neither a due date nor "tbd": true (shown as TBD)');
      tbd = true;
    }
    const when = tbd ? undefined : (due as string);
    let event = false;
    const kind = own(value, 'kind');
    if (kind === 'event') event = true;
    else if (kind !== undefined && kind !== null && kind !== 'deadline') {
      this.warn(at(path, 'kind'), `${describe(kind)} is not a kind of date ("deadline" or "event"); taken as "deadline"`);
    }
    const day = event && when ? eventDay(when, timezone) : undefined;
    return compact({
      id: this.text(value, 'id', path),
      label,
      due: when,
      timezone,
      previous: this.list(
        value,
        'previous',
        (v, p) => {
          if (isDue(v)) return v;
          this.warn(p, `${describe(v)} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM) (ignored)`);
          return undefined;
        },
        path,
      ),
      tbd,
      url: this.link(value, 'url', path),
      note: this.text(value, 'note', path),
      ...(event ? { kind: 'event' as const } : {}),
      ...(day ? { start: day.start } : {}),
      at: day ? day.end : dueMillis({ due: when, timezone, tbd }),
    });
  }
}

/**
 * Checks a parsed feed. Returns what can be shown and the problems found;
 * throws `FeedError` when nothing can be shown.
 */
export function validateFeed(raw: unknown): Validated {
  const v = new Validator();
  const feed = v.feed(raw);
  return { feed, problems: v.problems };
}

/**
 * Checks one important date by the feed's own rules (the countdown's standalone attributes go
 * through here, so the two can never disagree). Paths are the date's field names (`due`).
 */
export function validateDate(raw: unknown, defaultZone = 'UTC'): { date?: ImportantDate; problems: Problem[] } {
  const v = new Validator();
  const date = v.date(raw, '', defaultZone);
  return { date, problems: v.problems };
}

/** `schedule[0].items[3].start: "25:99" is not a time of day (HH:MM) (skipped)` */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
