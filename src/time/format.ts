/**
 * Times of day as the page's language writes them: the one way every element prints a clock
 * time, so a page never shows `2:00 PM` in one place and `14:00` in another.
 */
import { dateTimeFormat } from './intl.js';
import { intlZone } from './zones.js';

/** A 12-hour clock (`8:30 AM`) or a 24-hour one (`08:30`). */
export type HourCycle = 'h12' | 'h23';

export interface TimeOfDayOptions {
  /**
   * The zone whose clock to read the instant on, as the feed names zones (an IANA name, `AoE`,
   * `local` for the visitor's). Unset: `UTC`, which prints a wall time from day.ts's
   * `wallTimes` (a wall-clock time read as UTC) as it is.
   */
  zone?: string;
  /** `h12` or `h23` whatever the language: for a page or a reader that asks for one clock. */
  hourCycle?: HourCycle;
  /** With seconds: `08:30:15`, `8:30:15 AM`. */
  seconds?: boolean;
}

/**
 * The clock a language writes: `h12` for `en-US` (`8:30 AM`), `h23` for `en-GB`, `de`, `fr`
 * and most others (`08:30`). A locale the browser does not know is read as `en`.
 */
export function hourCycleOf(locale: string): HourCycle {
  const cycle = dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24' ? 'h23' : 'h12';
}

/**
 * A time of day in the page's language: `8:30 AM` in `en-US`, `08:30` in `en-GB` (a 24-hour
 * clock gets two-digit hours, as such clocks read); `options.hourCycle` overrides the
 * language's clock (`h12` in `en-GB` gives `8:30 am`, `h23` in `en-US` gives `08:30`).
 *
 * `ms` is an instant, read on the clock of `options.zone`; without a zone it is read in UTC,
 * which is what a wall time from `wallTimes` (day.ts) needs:
 *
 *     timeOfDay(dueInstant('2025-05-26T23:59', 'UTC').ms, 'en-US', { zone: 'UTC' }) // '11:59 PM'
 *     timeOfDay(wallTimes([start], zone).wall[0], 'en-GB')                          // '14:00'
 *
 * The formats are built once per language and options (intl.ts).
 */
export function timeOfDay(ms: number, locale: string, options: TimeOfDayOptions = {}): string {
  const { zone = 'UTC', hourCycle, seconds } = options;
  const h23 = (hourCycle ?? hourCycleOf(locale)) === 'h23';
  const format = dateTimeFormat(locale, {
    hour: h23 ? '2-digit' : 'numeric',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    ...(hourCycle ? { hourCycle } : {}),
    timeZone: intlZone(zone),
  });
  return format.format(ms);
}
