/** The call for papers' topics: text, or a titled group of topics, to any depth (up to MAX_DEPTH). */
import type { Topic } from './types.js';
import { MAX_DEPTH, type Validator } from './validate.js';
import { describe, isObject } from './json.js';

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
