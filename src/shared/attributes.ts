/**
 * Attributes are an element's state: each is read once, by a converter, when it changes, and
 * the element works from the parsed value. A bad value is said once per element and message in
 * the console and replaced by the default, never thrown.
 */
import type { ComplexAttributeConverter } from 'lit';
import { isCalendarDate, isZoneName } from '../time/zones.js';

const warned = new WeakMap<object, Set<string>>();

/** `esfomo-elements: <esfomo-x>: message`, once per element and message. */
export function warnOnce(el: { localName: string }, message: string): void {
  let seen = warned.get(el);
  if (!seen) warned.set(el, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`esfomo-elements: <${el.localName}>: ${message}`);
}

const once = new Set<string>();
/** A console line said once per page (per `key`, by default the message), whatever the number of elements that have cause to say it. */
export function warnOncePerPage(message: string, key = message): void {
  if (once.has(key)) return;
  once.add(key);
  console.warn(`esfomo-elements: ${message}`);
}

/** An attribute's value, trimmed; `undefined` when absent or blank. */
export function trimmed(value: string | null | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/** Words separated by spaces or commas, lower-cased (`"speaker, Panelists"` → `speaker`, `panelists`). */
export function words(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);
}

/** A word as filters compare it: lower case, and a plural's `s` dropped (`Speakers` is `speaker`, `orals` is `oral`). */
export function singular(word: string): string {
  const w = word.trim().toLowerCase();
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** The result of reading an attribute: the value to use, and what was wrong with the written one. */
export interface Parsed<T> {
  value: T;
  /** Set when the written value was not usable (the default is used instead). */
  problem?: string;
}

/** The written value when `ok` takes it; else `fallback`, with the problem that it is not `what`. Absent is the fallback. */
function parse<T>(name: string, raw: string | null | undefined, ok: (v: string) => boolean, what: string, fallback: T): Parsed<T> {
  const v = trimmed(raw);
  if (v === undefined) return { value: fallback };
  if (ok(v)) return { value: v as T };
  return { value: fallback, problem: `${name}="${v}" is not ${what}` };
}

/** One of `values`, or `fallback` (with a problem) for anything else; absent is the fallback. */
export function parseEnum<T extends string>(name: string, raw: string | null | undefined, values: readonly T[], fallback: T): Parsed<T> {
  const list = values.map((x) => `"${x}"`).join(' or ');
  return parse(name, raw, (v) => (values as readonly string[]).includes(v), `${list}; "${fallback}" is used`, fallback);
}

/** A calendar date (`YYYY-MM-DD`), or `undefined` (with a problem when one was written but is not a date). */
export const parseCalendarDate = (name: string, raw: string | null | undefined): Parsed<string | undefined> =>
  parse(name, raw, isCalendarDate, 'a date (YYYY-MM-DD)', undefined);

/** A zone name (IANA or `AoE`), or `undefined` (with a problem when one was written but is not a zone). */
export const parseZone = (name: string, raw: string | null | undefined): Parsed<string | undefined> =>
  parse(name, raw, isZoneName, 'a time zone (an IANA name such as Europe/Vienna, or AoE)', undefined);

/** A Lit converter that keeps the attribute's text as written, reflecting `undefined` as no attribute. */
export const textAttribute: ComplexAttributeConverter<string | undefined> = {
  fromAttribute: (value) => value ?? undefined,
  toAttribute: (value) => value ?? null,
};
