/**
 * What decides the zone a schedule shows: its `timezone` attribute, read, and the visitor's
 * choice made with any schedule's toggle, shared by every schedule on the page.
 */
import { parseZone, trimmed, type Parsed } from '../shared/attributes.js';

/** Which zone the visitor chose with a schedule's toggle: the schedule's own, or theirs. */
export type TimezoneChoice = 'event' | 'local';

export interface TimezoneChangeDetail {
  /** `local`: the visitor's zone; `event`: the schedule's own (the event's, or the one its `timezone` names). */
  timezone: TimezoneChoice;
  /** The IANA name of the zone now shown by the schedule whose toggle was pressed. */
  zone: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'esfomo-timezone-change': CustomEvent<TimezoneChangeDetail>;
  }
}

/* The visitor's choice lasts for the page visit and holds for every schedule on the page,
   including one made later; shared even by two copies of the library. */
const CHOICE = Symbol.for('esfomo-elements.schedule-timezone');
type WithChoice = typeof globalThis & { [CHOICE]?: { value?: TimezoneChoice; live: Set<{ requestUpdate(): void }> } };
export const shared = ((globalThis as WithChoice)[CHOICE] ??= { live: new Set() });

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
