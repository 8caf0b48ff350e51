/**
 * A feed written by Jekyll from YAML (the package's `esfomo-feed.html` include marks its
 * script `data-from="yaml"`), turned back into the feed the author meant.
 *
 * YAML 1.1 (Ruby's Psych, which Jekyll uses) reads some values the author wrote as text as
 * something else, and Jekyll's `jsonify` then writes that. Jekyll 4.3 writes:
 * - a bare time of day, `start: 10:45`, as the number of seconds it reads in base 60: `38700`
 *   (`9:05` is 32700, `0:00` is 0, `10:45:30` is 38730);
 * - a date-time with seconds, `due: 2030-01-02T03:04:05`, as a Ruby Time in the build machine's
 *   zone: `"2030-01-02 03:04:05 +0000"`, or `"2030-01-01 22:04:05 -0500"` in New York, or
 *   `"… UTC"` when the YAML ends in `Z`; YAML takes a date-time without an offset as UTC;
 * - a date, `date: 2024-07-26`, as `"2024-07-26"` (already the feed's form), and a date-time
 *   without seconds, `2024-07-26T23:59`, as the text written.
 *
 * Every `start` and `end` (at any depth), `due`, each of `previous` and every `date` is
 * repaired, with one console warning per value naming its JSON path and the quoted form
 * that avoids it. And the text of a person (`people`, and an inline speaker, moderator or
 * author) comes from al-folio's markup (`title: <b>Albert</b> <br> Gu`): its `name` and
 * `affiliation` become the plain text a reader sees.
 *
 * Only for feeds so marked: in any other feed all text is plain text, and a number is a mistake.
 */
import { markupToText } from './markup.js';
import { civilMillis } from '../time/zones.js';

/** One value that was repaired: where, and what to write instead. */
export interface YamlRepair {
  path: string;
  message: string;
}

/** What Jekyll's jsonify writes for a Ruby Time: `2030-01-02 03:04:05 +0000` (or `UTC`). */
const RUBY_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) (?:([+-])(\d{2})(\d{2})|UTC)$/;
const PERSON_LISTS = new Set(['people', 'speakers', 'moderators', 'authors']);
/** `38700` (seconds, as YAML reads `10:45`) to `10:45`; undefined for a number that is no time of day. */
function timeOfDay(seconds: number): string | undefined {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds >= 86_400 || seconds % 60) return undefined;
  return new Date(seconds * 1000).toISOString().slice(11, 16);
}

/** A Ruby Time's text to the wall clock YAML read (UTC): `2030-01-01 22:04:05 -0500` is `2030-01-02T03:04:05`. */
function wallClock(text: string, dateOnly: boolean): string | undefined {
  const m = RUBY_TIME.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const offset = m[7] ? (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) : 0;
  return new Date(civilMillis(y, mo, d, h, mi - offset, s)).toISOString().slice(0, dateOnly ? 10 : 19);
}

/** The repaired value of `key`, or undefined when it needs none. */
function repair(key: string, value: unknown, at: string, notes: YamlRepair[]): string | undefined {
  let fixed: string | undefined;
  let what = '';
  if ((key === 'start' || key === 'end') && typeof value === 'number') {
    fixed = timeOfDay(value);
    what = 'a YAML time read as a number';
  } else if ((key === 'due' || key === 'previous' || key === 'date') && typeof value === 'string') {
    fixed = wallClock(value, key === 'date');
    what = 'a YAML timestamp read as a date-time';
  }
  if (fixed !== undefined) {
    notes.push({ path: at, message: `${at}: ${JSON.stringify(value)} is ${what}; write "${fixed}" in quotes (repaired)` });
  }
  return fixed;
}

function walk(value: unknown, path: string, key: string, person: boolean, notes: YamlRepair[]): unknown {
  if (Array.isArray(value)) {
    const inPeople = PERSON_LISTS.has(key);
    return value.map((v, i) => {
      const at = `${path}[${i}]`;
      const fixed = key === 'previous' ? repair(key, v, at, notes) : undefined;
      return fixed ?? walk(v, at, key, inPeople, notes);
    });
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const at = path ? `${path}.${k}` : k;
    if (person && (k === 'name' || k === 'affiliation') && typeof v === 'string') out[k] = markupToText(v);
    else out[k] = repair(k, v, at, notes) ?? walk(v, at, k, false, notes);
  }
  return out;
}

/** The feed Jekyll wrote from YAML, repaired (a new object), and what was repaired. */
export function repairYamlFeed(raw: unknown): { feed: unknown; repairs: YamlRepair[] } {
  const repairs: YamlRepair[] = [];
  return { feed: walk(raw, '', '', false, repairs), repairs };
}

/** The last text repaired: a page has one feed script, and holding more would keep every text it ever had. */
let last: { text: string; out: string } | undefined;

/**
 * The JSON text of a feed Jekyll wrote from YAML, repaired, as JSON text again; the console
 * warns once per repaired value (once per text, however many elements read it in turn). Text that is
 * not JSON is returned as it is, for the feed's reader to report.
 */
export function repairYamlText(text: string, origin: string): string {
  if (last?.text === text) return last.out;
  let out = text;
  try {
    const { feed, repairs } = repairYamlFeed(JSON.parse(text));
    for (const r of repairs) console.warn(`esfomo-elements: ${origin}: ${r.message}`);
    out = JSON.stringify(feed);
  } catch {
    // Not JSON: the reader says so, with where it broke.
  }
  last = { text, out };
  return out;
}

/** The text of a page's feed script: repaired when the script says it was written from YAML (`data-from="yaml"`). */
export function scriptFeedText(script: HTMLScriptElement, origin: string): string {
  const text = script.textContent ?? '';
  return script.dataset.from === 'yaml' ? repairYamlText(text, origin) : text;
}
