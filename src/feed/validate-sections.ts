/** Two small sections of the feed: the workshop, and the call for papers' topics. */
import type { Topic, Workshop } from './types.js';
import { isZoneName } from '../time/zones.js';
import { MAX_DEPTH, type Validator } from './validate.js';
import { at, compact, describe, isObject, own } from './json.js';

/** A topic: text, or a titled group of topics, to any depth (up to MAX_DEPTH). */
export function topic(v: Validator, value: unknown, path: string, depth: number): Topic | undefined {
  if (typeof value === 'string') {
    if (value.trim()) return value;
    v.error(path, 'is an empty topic (skipped)');
    return undefined;
  }
  if (!isObject(value)) {
    v.error(path, `${describe(value)} is not a topic (text, or an object with a title and items) (skipped)`);
    return undefined;
  }
  if (depth > MAX_DEPTH) {
    v.error(path, `is nested more than ${MAX_DEPTH} deep (skipped)`);
    return undefined;
  }
  const title = v.required(value, 'title', path, 'a topic group');
  if (title === undefined) return undefined;
  return { title, items: v.list(value, 'items', (item, p) => topic(v, item, p, depth + 1), path) };
}

/** The workshop: its names, zone (UTC when none or not a zone) and links. */
export function readWorkshop(v: Validator, value: unknown): Workshop {
  if (value === undefined) return { timezone: 'UTC' };
  if (!isObject(value)) {
    v.error('workshop', `${describe(value)} is not an object`);
    return { timezone: 'UTC' };
  }
  const p = 'workshop';
  let timezone = 'UTC';
  const tz = own(value, 'timezone');
  if (tz !== undefined) {
    if (isZoneName(tz)) timezone = tz;
    else v.warn(at(p, 'timezone'), `${describe(tz)} is not a time zone (UTC is used instead)`);
  }
  return compact({
    name: v.text(value, 'name', p),
    title: v.text(value, 'title', p),
    edition: v.text(value, 'edition', p),
    venue: v.text(value, 'venue', p),
    timezone,
    url: v.link(value, 'url', p),
    contact: v.text(value, 'contact', p),
  });
}
