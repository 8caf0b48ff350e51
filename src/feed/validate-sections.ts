/** Two small sections of the feed: the workshop, and the call for papers' topics. */
import type { Topic, Workshop } from './types.js';
import { isZoneName } from '../time/zones.js';
import { MAX_DEPTH, tooDeep } from './validate.js';
import { compact, error, field, isEntry, isObject, link, list, not, required, text } from './json.js';

/** A topic: text, or a titled group of topics, to any depth (up to MAX_DEPTH). */
export function topic(value: unknown, path: string, depth: number): Topic | undefined {
  if (typeof value === 'string') return value.trim() ? value : error(path, 'is an empty topic (skipped)');
  if (!isEntry(value, path, 'a topic (text, or an object with a title and items)')) return undefined;
  if (depth > MAX_DEPTH) return tooDeep(path);
  const title = required(value, 'title', path, 'a topic group');
  if (title === undefined) return undefined;
  return { title, items: list(value, 'items', (item, p) => topic(item, p, depth + 1), path) };
}

/** The workshop: its names, zone (UTC when none or not a zone) and links. */
export function readWorkshop(value: unknown): Workshop {
  const p = 'workshop';
  if (value === undefined) return { timezone: 'UTC' };
  if (!isObject(value)) {
    not(p, value, 'an object', 'error');
    return { timezone: 'UTC' };
  }
  const timezone =
    field(value, 'timezone', p, (v) => (isZoneName(v) ? v : undefined), 'a time zone (UTC is used instead)', 'warning', true) ?? 'UTC';
  return compact({
    name: text(value, 'name', p),
    title: text(value, 'title', p),
    edition: text(value, 'edition', p),
    venue: text(value, 'venue', p),
    timezone,
    url: link(value, 'url', p),
    contact: text(value, 'contact', p),
  });
}
