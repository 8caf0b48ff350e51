/**
 * What decides the zone a schedule shows: its `timezone` attribute, read, and the visitor's
 * choice made with any schedule's toggle or zone picker, shared by every schedule on the page
 * and remembered in the site's storage for later visits.
 */
import { parseZone, trimmed, type Parsed } from '../shared/attributes.js';
import { resolveZoneName } from '../time/day.js';
import { Instant, isZoneName, zoneAbbreviation } from '../time/zones.js';

/**
 * Which zone the visitor chose: the schedule's own (`event`), theirs (`local`), or one they
 * picked from the list (`zone`, named in the event's `zone`).
 */
export type TimezoneChoice = 'event' | 'local' | 'zone';

export interface TimezoneChangeDetail {
  /** `local`: the visitor's zone; `event`: the schedule's own (the event's, or the one its `timezone` names); `zone`: one picked from the list. */
  timezone: TimezoneChoice;
  /** The IANA name of the zone now shown by the schedule whose toggle or picker was used. */
  zone: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'esfomo-timezone-change': CustomEvent<TimezoneChangeDetail>;
  }
}

/** The visitor's choice: `event`, `local`, or `zone` with the zone's name. */
export interface Choice {
  value: TimezoneChoice;
  zone?: string;
}

/* The visitor's choice holds for every schedule on the page, including one made later; shared
   even by two copies of the library. `read` says whether the site's storage was read yet. */
const CHOICE = Symbol.for('esfomo-elements.schedule-timezone');
interface Shared {
  value?: TimezoneChoice;
  zone?: string;
  read?: boolean;
  live: Set<{ requestUpdate(): void }>;
}
type WithChoice = typeof globalThis & { [CHOICE]?: Shared };
export const shared = ((globalThis as WithChoice)[CHOICE] ??= { live: new Set() });

/** Where the choice is remembered (per origin): `event`, `local`, or a zone's name. */
export const STORAGE_KEY = 'esfomo-elements:timezone';

/** The choice from storage, once per page; a blocked or throwing storage is no choice. Browser only. */
export function remembered(): Choice | undefined {
  if (!shared.read) {
    shared.read = true;
    if (shared.value === undefined) {
      let stored: string | null = null;
      try {
        stored = globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
      } catch {
        // Storage blocked (private mode, a sandboxed frame): the choice lasts for the page only.
      }
      const read = stored === null ? undefined : choiceOf(stored);
      if (read) Object.assign(shared, read);
    }
  }
  return shared.value ? { value: shared.value, ...(shared.zone ? { zone: shared.zone } : {}) } : undefined;
}

/** `event`, `local` or a zone's name as a choice; anything else is none. */
export function choiceOf(text: string | undefined): Choice | undefined {
  if (text === 'event' || text === 'local') return { value: text };
  return text && isZoneName(text) ? { value: 'zone', zone: text } : undefined;
}

/** Makes `choice` the page's (and the site's, where storage works), and tells every schedule. */
export function choose(choice: Choice | undefined): void {
  shared.value = choice?.value;
  shared.zone = choice?.value === 'zone' ? choice.zone : undefined;
  shared.read = true;
  try {
    if (choice) globalThis.localStorage?.setItem(STORAGE_KEY, choice.value === 'zone' ? choice.zone! : choice.value);
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: remembered for this page only.
  }
  for (const el of shared.live) el.requestUpdate();
}

/** A zone's short name at an instant: `CEST`, `JST`, or its offset (`UTC+9`) where it has none. */
export function zoneShort(zoneName: string, at: number): string {
  const name = resolveZoneName(zoneName);
  return zoneAbbreviation(new Instant(at, name), name);
}

/** The zones a picker offers: the visitor's and the event's first, then every IANA zone the browser knows. */
export function pickerZones(first: readonly string[]): string[] {
  const all = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return [...new Set([...first, ...all])];
}

/** The `timezone` attribute, read: a named zone, the visitor's (`local`), or the day's own. */
export interface ZoneSetting {
  named?: string;
  local: boolean;
}

/** `event` (or nothing), `local`, or a zone name; anything else is the day's own zone, with a problem. */
export function parseShownZone(raw: string | null | undefined): Parsed<ZoneSetting> {
  const v = trimmed(raw);
  if (v === undefined || v === 'event') return { value: { local: false } };
  if (v === 'local') return { value: { local: true } };
  const zone = parseZone('timezone', v);
  if (zone.value) return { value: { named: zone.value, local: false } };
  return { value: { local: false }, problem: `${zone.problem}, nor "event" or "local" (the event's zone is shown)` };
}
