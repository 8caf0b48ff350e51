/**
 * Reading untrusted JSON: own properties only, paths for messages, values as messages show them,
 * and the readers every section's checks share (a list, a text, a link, a flag...), each
 * recording what it dropped in the problems of the check under way.
 */
import type { Problem } from './types.js';
import { safeUrl } from './urls.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: never one inherited from a prototype. */
export function own(obj: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** A value as a message shows it: `"25:99"`, `42`, `a list`, `an object`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(s);
  }
  return String(value);
}

/** `schedule[0].items[3]` from a parent path and a key or index. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Drops the keys whose value is `undefined`, so objects print and compare cleanly. */
export function compact<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) {
    if (obj[key] === undefined) delete obj[key];
  }
  return obj;
}

/* ------------------------------------------------------- the check under way */

type Severity = Problem['severity'];

/** The problems of the check under way (a check runs start to end at once, never two together). */
let problems: Problem[] = [];

/** Starts a check: what it finds goes to a fresh list, returned. */
export function startCheck(): Problem[] {
  return (problems = []);
}

export function warn(path: string, message: string, severity: Severity = 'warning'): undefined {
  problems.push({ path, message, severity });
  return undefined;
}

export const error = (path: string, message: string): undefined => warn(path, message, 'error');

/** `"25:99" is not a time of day (HH:MM) (skipped)`: a value that is not `what` (which says what became of it). */
export function not(path: string, value: unknown, what: string, severity?: Severity): undefined {
  return warn(path, `${describe(value)} is not ${what}`, severity);
}

/** An entry that must be an object (a person, a day, an item): false, with an error, when it is not. */
export function isEntry(value: unknown, path: string, what: string): value is Json {
  if (isObject(value)) return true;
  not(path, value, `${what} (skipped)`, 'error');
  return false;
}

/**
 * An optional field: `undefined` when absent (or `null`, unless `nullIsValue`); what `read` makes
 * of it; or, when `read` gives `undefined`, a problem that the value is not `what`.
 */
export function field<T>(
  obj: Json,
  key: string,
  path: string,
  read: (value: unknown) => T | undefined,
  what: string,
  severity?: Severity,
  nullIsValue?: boolean,
): T | undefined {
  const value = own(obj, key);
  if (value === undefined || (value === null && !nullIsValue)) return undefined;
  const out = read(value);
  return out === undefined ? not(at(path, key), value, what, severity) : out;
}

/** A field that should be a list: each entry checked, bad ones skipped. */
export function list<T>(obj: Json, key: string, each: (value: unknown, path: string) => T | undefined, path = ''): T[] {
  const value = own(obj, key);
  const p = at(path, key);
  const out: T[] = [];
  if (value === undefined) return out;
  if (!Array.isArray(value)) {
    not(p, value, 'a list', 'error');
    return out;
  }
  value.forEach((entry, i) => {
    const item = each(entry, at(p, i));
    if (item !== undefined) out.push(item);
  });
  return out;
}

/** An optional text field: kept when it is a string (or a number, as text). */
export const text = (obj: Json, key: string, path: string): string | undefined =>
  field(obj, key, path, (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined), 'text (ignored)');

/** An optional link: kept when the URL gate lets it through. */
export const link = (obj: Json, key: string, path: string): string | undefined =>
  own(obj, key) === '' ? undefined : field(obj, key, path, safeUrl, 'an http(s) or relative link (dropped)');

/** An optional true or false, false when absent. */
export const flag = (obj: Json, key: string, path: string): boolean =>
  field(obj, key, path, (v) => (typeof v === 'boolean' ? v : undefined), 'true or false (taken as false)') ?? false;

/** A required, non-empty text field; `undefined` (with an error) when missing. */
export function required(obj: Json, key: string, path: string, what: string): string | undefined {
  const value = own(obj, key);
  if (typeof value === 'string' && value.trim()) return value;
  if (typeof value === 'number') return String(value);
  const p = at(path, key);
  return value === undefined ? error(p, `missing: ${what} needs a ${key} (skipped)`) : not(p, value, `a ${key} (skipped)`, 'error');
}

/** A list entry that must be one of `read`'s: kept, or skipped with a warning. */
export const entry =
  <T>(read: (value: unknown) => T | undefined, what: string) =>
  (value: unknown, path: string): T | undefined =>
    read(value) ?? not(path, value, what);
