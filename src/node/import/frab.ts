/**
 * A pretalx or frab schedule export (c3voc's `schedule.json`) -> a feed's `workshop`,
 * `schedule` and `people`.
 *
 * The export is `{ "schedule": { "version", "base_url", "conference": { "acronym", "title",
 * "time_zone_name", "days": [ { "date", "rooms": { "Room name": [ events ] } } ] } } }`.
 * Each event's `date` (ISO 8601 with an offset) says when it starts; it is turned into the
 * wall-clock `HH:MM` of the conference's zone, so a day across a daylight-saving change and an
 * export that writes UTC offsets both come out as the programme reads on the wall. Without a
 * `date`, the event's `start` (`HH:MM`) on its day is read as it is.
 */
import { DateTime } from 'luxon';
import { safeUrl } from '../../feed/urls.js';
import { slug } from '../../calendar/ics.js';
import { isCalendarDate, isTimeOfDay, isZoneName } from '../../time/zones.js';
import type { Kind, PersonInput, ScheduleItemInput, WorkshopInput } from '../../feed/types.js';
import { InputError, isObject, shown, text, type Json } from '../errors.js';

/** A schedule item as imported: the contract's item (its `label` the event's type), and its room as `note`. */
export interface ImportedItem extends ScheduleItemInput {
  start: string;
  note?: string;
  speakers?: string[];
}

export interface ImportedDay {
  date: string;
  note?: string;
  items: ImportedItem[];
}

export interface FrabImport {
  workshop: WorkshopInput;
  schedule: ImportedDay[];
  people: PersonInput[];
  /** One line per event, day or person that was not used, naming its path. */
  skipped: string[];
}

/** Event types (lower case, as pretalx and frab write them) -> the contract's kinds. */
const KIND_WORDS: [RegExp, Kind][] = [
  [/\b(lightning|contributed|oral|spotlight)\b/, 'contributed'],
  [/\b(keynote|talk|lecture|presentation|invited)\b/, 'talk'],
  [/\bposters?\b/, 'poster'],
  [/\b(workshop|session|tutorial|track)\b/, 'session'],
  [/\b(panel|podium|discussion|fireside)\b/, 'panel'],
  [/\b(break|coffee|lunch|pause|breakfast|dinner)\b/, 'break'],
  [/\b(opening|closing|welcome|remarks|introduction)\b/, 'remarks'],
  [/\b(awards?|prize)\b/, 'awards'],
  [/\b(social|reception|party|meetup|get-together|networking)\b/, 'social'],
];

function kindOf(type: string | undefined): Kind | undefined {
  if (!type) return undefined;
  const words = type.toLowerCase();
  return KIND_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}

/** `"00:30"`, `"1:15"` or `"01:15:00"` -> minutes. */
function minutes(duration: unknown): number | undefined {
  const m = typeof duration === 'string' ? /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(duration.trim()) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** The schedule object of an export: `{ "schedule": {...} }`, or that object itself. */
function scheduleOf(data: unknown): Json {
  if (isObject(data) && isObject(data.schedule) && isObject(data.schedule.conference)) return data.schedule;
  if (isObject(data) && isObject(data.conference)) return data;
  throw new InputError(
    `expected a schedule export in the c3voc schedule.json format ({ "schedule": { "conference": {...} } }), found ${
      isObject(data) ? 'an object without "schedule.conference"' : shown(data)
    }`,
  );
}

interface Placed {
  date: string;
  start: string;
  end?: string;
  order: number;
  room?: string;
  item: Omit<ImportedItem, 'start' | 'end' | 'note'>;
}

export function importFrab(data: unknown): FrabImport {
  const schedule = scheduleOf(data);
  const conference = schedule.conference as Json;
  const at = 'schedule.conference';
  if (!Array.isArray(conference.days)) throw new InputError(`${at}.days: expected the list of days, found ${shown(conference.days)}`);
  const skipped: string[] = [];

  const named = text(conference.time_zone_name);
  let zone = 'UTC';
  if (named && isZoneName(named)) zone = named;
  else skipped.push(`${at}.time_zone_name: ${named ? `${shown(named)} is not a time zone` : 'missing'}; times are read in UTC`);

  const baseUrl = text(schedule.base_url);
  /** An absolute http(s) link, relative ones resolved against the export's `base_url`. */
  const link = (value: unknown): string | undefined => {
    const raw = safeUrl(text(value));
    if (!raw) return undefined;
    try {
      const url = new URL(raw, baseUrl);
      return /^https?:$/.test(url.protocol) ? url.href : undefined;
    } catch {
      return undefined;
    }
  };

  const workshop: WorkshopInput = {};
  const acronym = text(conference.acronym);
  const title = text(conference.title);
  if (acronym) workshop.name = acronym;
  if (title) workshop.title = title;
  workshop.timezone = zone;
  const site = link(conference.url) ?? link(baseUrl);
  if (site) workshop.url = site;

  const people = new Map<string, PersonInput & { id: string }>();
  const ids = new Set<string>();
  const personId = (person: Json, path: string, role: string): string | undefined => {
    const name = text(person.name) ?? text(person.public_name) ?? text(person.full_public_name);
    if (!name) {
      skipped.push(`${path}: a person without a name (skipped)`);
      return undefined;
    }
    const own =
      text(person.guid) ??
      text(person.code) ??
      (typeof person.id === 'number' || typeof person.id === 'string' ? String(person.id) : undefined);
    const key = own ? `own:${own}` : `name:${name}`;
    const known = people.get(key);
    if (known) {
      if (!known.roles!.includes(role)) known.roles!.push(role);
      return known.id;
    }
    const base = slug(name) || slug(own ?? '') || 'person';
    let id = base;
    if (ids.has(id)) id = `${base}-${slug(text(person.code) ?? String(person.id ?? '')) || ids.size + 1}`;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const entry: PersonInput & { id: string } = { id, name, roles: [role] };
    const bio = text(person.biography);
    if (bio) entry.bio = bio;
    const photo = link(person.avatar);
    if (photo) entry.photo = photo;
    const url = link(person.url);
    if (url) entry.url = url;
    people.set(key, entry);
    return id;
  };

  const placed: Placed[] = [];
  const days = new Set<string>();
  conference.days.forEach((day: unknown, d: number) => {
    const dayPath = `${at}.days[${d}]`;
    if (!isObject(day) || !isCalendarDate(day.date)) {
      skipped.push(`${dayPath}: ${isObject(day) ? `date ${shown(day.date)} is not YYYY-MM-DD` : `${shown(day)} is not a day`} (skipped)`);
      return;
    }
    const dayDate = day.date;
    days.add(dayDate);
    if (!isObject(day.rooms)) {
      skipped.push(`${dayPath}.rooms: expected an object of rooms, found ${shown(day.rooms)} (skipped)`);
      return;
    }
    for (const [room, events] of Object.entries(day.rooms)) {
      const roomPath = `${dayPath}.rooms[${JSON.stringify(room)}]`;
      if (!Array.isArray(events)) {
        skipped.push(`${roomPath}: expected a list of events, found ${shown(events)} (skipped)`);
        continue;
      }
      events.forEach((event: unknown, e: number) => {
        const path = `${roomPath}[${e}]`;
        if (!isObject(event)) {
          skipped.push(`${path}: ${shown(event)} is not an event (skipped)`);
          return;
        }
        const eventTitle = text(event.title);
        if (!eventTitle) {
          skipped.push(`${path}: no title (skipped)`);
          return;
        }
        const where = `${path} ${shown(eventTitle)}`;
        let begins: DateTime | undefined;
        const iso = text(event.date);
        if (iso && /T\d{2}:\d{2}/.test(iso)) {
          const parsed = DateTime.fromISO(iso, { setZone: true });
          if (parsed.isValid) begins = parsed.setZone(zone);
        }
        if (!begins && isTimeOfDay(text(event.start))) {
          begins = DateTime.fromISO(`${dayDate}T${text(event.start)}`, { zone });
        }
        if (!begins || !begins.isValid) {
          skipped.push(`${where}: no start time (neither an ISO "date" nor an HH:MM "start") (skipped)`);
          return;
        }
        const length = minutes(event.duration);
        let ends: DateTime | undefined;
        const isoEnd = text(event.end);
        if (isoEnd) {
          const parsed = DateTime.fromISO(isoEnd, { setZone: true });
          if (parsed.isValid) ends = parsed.setZone(zone);
        }
        if (!ends && length !== undefined && length > 0) ends = begins.plus({ minutes: length });
        const date = begins.toISODate()!;
        const type = text(event.type);
        const kind = kindOf(type);
        const item: Placed['item'] = { title: eventTitle };
        if (kind) item.kind = kind;
        if (type && type.toLowerCase() !== kind) item.label = type;
        const speakers: string[] = [];
        if (Array.isArray(event.persons)) {
          event.persons.forEach((person: unknown, p: number) => {
            const id = isObject(person) ? personId(person, `${path}.persons[${p}]`, kind === 'panel' ? 'panelist' : 'speaker') : undefined;
            if (!isObject(person)) skipped.push(`${path}.persons[${p}]: ${shown(person)} is not a person (skipped)`);
            if (id && !speakers.includes(id)) speakers.push(id);
          });
        }
        if (speakers.length) item.speakers = speakers;
        const url = link(event.url);
        if (url) item.url = url;
        placed.push({
          date,
          start: begins.toFormat('HH:mm'),
          // An end past midnight is left out: the next item, or the day's end, closes it.
          end: ends && ends > begins && ends.toISODate() === date ? ends.toFormat('HH:mm') : undefined,
          order: placed.length,
          room: text(event.room) ?? text(room),
          item,
        });
      });
    }
  });

  // Days as the conference lists them, plus any day an event falls on in the zone (a day that
  // runs past midnight), in date order; each day's items by start time.
  for (const p of placed) days.add(p.date);
  const scheduleDays: ImportedDay[] = [...days].sort().map((date) => {
    const here = placed.filter((p) => p.date === date).sort((a, b) => a.start.localeCompare(b.start) || a.order - b.order);
    const rooms = [...new Set(here.map((p) => p.room).filter((r): r is string => !!r))];
    const day: ImportedDay = rooms.length === 1 ? { date, note: `Room: ${rooms[0]}`, items: [] } : { date, items: [] };
    for (const p of here) {
      const item: ImportedItem = { start: p.start, ...(p.end ? { end: p.end } : {}), ...p.item };
      if (rooms.length > 1 && p.room) item.note = p.room;
      day.items.push(item);
    }
    return day;
  });
  return { workshop, schedule: scheduleDays.filter((d) => d.items.length > 0), people: [...people.values()], skipped };
}
