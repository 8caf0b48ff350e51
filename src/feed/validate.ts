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
import { paperRefs, readPapers } from './validate-papers.js';
import {
  at,
  compact,
  describe,
  entry,
  error,
  field,
  flag,
  isEntry,
  isObject,
  link,
  list,
  not,
  own,
  required,
  startCheck,
  text,
  warn,
  type Json,
} from './json.js';
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
export const tooDeep = (path: string): undefined => error(path, `is nested more than ${MAX_DEPTH} deep (skipped)`);
const DUE = 'a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)';
const TIME = 'a time of day (HH:MM)';

/** The feed's people by id, so the schedule can name them (for the check under way). */
let people = new Map<string, Person>();
/** The path of the day of each date. */
let days = new Map<string, string>();
let papers = new Map<string, Paper>();

function feedOf(raw: unknown): Feed {
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
    if (!SECTIONS.includes(key)) warn(key, 'is not a part of a version 1 feed (ignored)');
  }
  const workshop = readWorkshop(own(raw, 'workshop'));
  const zone = workshop.timezone;
  const listed = list(raw, 'people', (v, p) => index(person(v, p, true), p));
  const read = readPapers(raw);
  papers = read.byId;
  return {
    version: 1,
    workshop,
    people: listed,
    schedule: list(raw, 'schedule', (v, p) => day(v, p, zone)),
    dates: list(raw, 'dates', (v, p) => date(v, p, zone)),
    topics: list(raw, 'topics', (v, p) => topic(v, p, 0)),
    papers: read.papers,
  };
}

function zone(obj: Json, path: string, fallback: string): string | undefined {
  if (own(obj, 'timezone') === undefined || own(obj, 'timezone') === null) return fallback;
  return field(
    obj,
    'timezone',
    path,
    (v) => (isZoneName(v) ? v : undefined),
    'a time zone (an IANA name such as "Europe/Vienna", or "AoE")',
    'error',
  );
}

export function person(value: unknown, path: string, listed: boolean): Person | undefined {
  if (!isEntry(value, path, 'a person (an object with a name)')) return undefined;
  const name = required(value, 'name', path, 'a person');
  if (name === undefined) return undefined;
  const importance = field(
    value,
    'importance',
    path,
    (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined),
    'a number (ignored)',
  );
  return compact({
    id: listed ? text(value, 'id', path) : undefined,
    name,
    affiliation: text(value, 'affiliation', path),
    roles: list(
      value,
      'roles',
      entry((r) => (typeof r === 'string' && r.trim()) || undefined, 'a role word (ignored)'),
      path,
    ),
    importance,
    photo: link(value, 'photo', path),
    url: link(value, 'url', path),
    bio: text(value, 'bio', path),
  });
}

/** `value` is the id of an earlier entry of the same kind (it keeps the first). */
export const earlier = (path: string, value: string, what: string): undefined =>
  warn(at(path, 'id'), `${describe(value)} is the id of an earlier ${what} too (the first is used)`);

/** Records a listed person under their id, so the schedule can name them. */
function index(p: Person | undefined, path: string): Person | undefined {
  if (p?.id !== undefined) {
    if (people.has(p.id)) earlier(path, p.id, 'person');
    else people.set(p.id, p);
  }
  return p;
}

/** The person of `people` with this id, if any. */
export const listedPerson = (id: string): Person | undefined => people.get(id);

/** A speaker or moderator: an id in `people`, or an inline person. */
function ref(value: unknown, path: string): Person | undefined {
  if (typeof value !== 'string') return person(value, path, false);
  return people.get(value) ?? not(path, value, 'the id of anyone in people (not shown)');
}

function day(value: unknown, path: string, defaultZone: string): ScheduleDay | undefined {
  if (!isEntry(value, path, 'a day (an object with a date and items)')) return undefined;
  const date = own(value, 'date');
  const p = at(path, 'date');
  if (!isCalendarDate(date)) {
    return date === undefined
      ? error(p, 'missing: a day needs a date (YYYY-MM-DD) (skipped)')
      : not(p, date, 'a date (YYYY-MM-DD) (day skipped)', 'error');
  }
  const timezone = zone(value, path, defaultZone);
  if (timezone === undefined) return undefined;
  // A second day of the same date is skipped: its tab would show the first.
  const first = days.get(date);
  if (first !== undefined) return error(p, `${describe(date)} is the date of ${first} too (day skipped: put its items in the first)`);
  days.set(date, path);
  return compact({
    date,
    timezone,
    note: text(value, 'note', path),
    items: list(value, 'items', (v, q) => item(v, q, 0), path),
  });
}

/** What an item's talks are checked against: the start of its session (HH:MM), and whether the session runs past midnight. */
interface Session {
  start: string;
  overnight: boolean;
}

function item(value: unknown, path: string, depth: number, parent?: Session): ScheduleItem | undefined {
  if (!isEntry(value, path, 'a schedule item (an object with a title)')) return undefined;
  if (depth > MAX_DEPTH) return tooDeep(path);
  const start = own(value, 'start');
  if ((start !== undefined || depth === 0) && !isTimeOfDay(start)) {
    const p = at(path, 'start');
    return start === undefined
      ? error(p, 'missing: an item of a day needs a start time (HH:MM) (skipped)')
      : not(p, start, `${TIME} (skipped)`, 'error');
  }
  const title = required(value, 'title', path, 'an item');
  if (title === undefined) return undefined;
  let end = field(value, 'end', path, (v) => (isTimeOfDay(v) ? v : undefined), `${TIME} (ignored)`, 'warning', true);
  // Read literally, an end equal to the start is 24 hours later: almost always a slip.
  if (end !== undefined && end === start) end = warn(at(path, 'end'), `${describe(end)} is the same as the start (taken as no end)`);
  // A talk before its session's start is shown on the next day: right only in a session that runs past midnight.
  if (start !== undefined && parent && start < parent.start && !parent.overnight) {
    warn(at(path, 'start'), `${describe(start)} is before the start of its session (${parent.start}); it is shown on the next day`);
  }
  const kind = field(
    value,
    'kind',
    path,
    (k) => ((KINDS as readonly unknown[]).includes(k) ? (k as Kind) : undefined),
    `a known kind (${KINDS.join(', ')}); shown as a plain item`,
    'warning',
    true,
  );
  const session = start === undefined ? parent : { start, overnight: end !== undefined && end < start };
  return compact({
    start,
    end,
    title,
    kind,
    speakers: list(value, 'speakers', ref, path),
    moderators: list(value, 'moderators', ref, path),
    tentative: flag(value, 'tentative', path),
    url: link(value, 'url', path),
    label: text(value, 'label', path),
    items: list(value, 'items', (v, p) => item(v, p, depth + 1, session), path),
    papers: paperRefs(value, path, papers),
  });
}

function date(value: unknown, path: string, defaultZone: string): ImportantDate | undefined {
  if (!isEntry(value, path, 'a date entry (an object with a label)')) return undefined;
  const label = required(value, 'label', path, 'a date');
  if (label === undefined) return undefined;
  const timezone = zone(value, path, defaultZone);
  if (timezone === undefined) return undefined;
  let tbd = flag(value, 'tbd', path);
  const due = own(value, 'due');
  const absent = due === undefined || due === null;
  if (!absent && !tbd && !isDue(due)) return not(at(path, 'due'), due, `${DUE} (skipped)`, 'error');
  if (!tbd && absent) {
    warn(path, 'has neither a due date nor "tbd": true (shown as TBD)');
    tbd = true;
  }
  const when = tbd ? undefined : (due as string);
  const event =
    field(
      value,
      'kind',
      path,
      (k) => (k === 'event' || k === 'deadline' ? k : undefined),
      'a kind of date ("deadline" or "event"); taken as "deadline"',
    ) === 'event';
  const span = event && when ? eventDay(when, timezone) : undefined;
  return compact({
    id: text(value, 'id', path),
    label,
    due: when,
    timezone,
    previous: list(
      value,
      'previous',
      entry((v) => (isDue(v) ? v : undefined), `${DUE} (ignored)`),
      path,
    ),
    tbd,
    url: link(value, 'url', path),
    note: text(value, 'note', path),
    ...(event ? { kind: 'event' as const } : {}),
    ...(span ? { start: span.start } : {}),
    at: span ? span.end : dueMillis({ due: when, timezone, tbd }),
  });
}

/**
 * Checks a parsed feed. Returns what can be shown and the problems found;
 * throws `FeedError` when nothing can be shown.
 */
export function validateFeed(raw: unknown): Validated {
  const problems = startCheck();
  try {
    return { feed: feedOf(raw), problems };
  } finally {
    // The check's indexes hold its feed's objects: let them go with it (and with a FeedError).
    people = new Map();
    days = new Map();
    papers = new Map();
  }
}

/**
 * Checks one important date by the feed's own rules (the countdown's standalone attributes go
 * through here, so the two can never disagree). Paths are the date's field names (`due`).
 */
export function validateDate(raw: unknown, defaultZone = 'UTC'): { date?: ImportantDate; problems: Problem[] } {
  const problems = startCheck();
  return { date: date(raw, '', defaultZone), problems };
}

/** `schedule[0].items[3].start: "25:99" is not a time of day (HH:MM) (skipped)` */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
