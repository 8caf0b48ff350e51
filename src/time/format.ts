/**
 * Times of day as the page's language writes them: the one way every element prints a clock
 * time, so a page never shows `2:00 PM` in one place and `14:00` in another.
 */
import { dateTimeFormat, pad, partText } from './intl.js';
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
  return timeFormat(locale, options).format(ms);
}

/** The one format behind `timeOfDay` (and `minuteText`'s pattern). */
function timeFormat(locale: string, { zone = 'UTC', hourCycle, seconds }: TimeOfDayOptions): Intl.DateTimeFormat {
  const h23 = (hourCycle ?? hourCycleOf(locale)) === 'h23';
  return dateTimeFormat(locale, {
    hour: h23 ? '2-digit' : 'numeric',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    ...(hourCycle ? { hourCycle } : {}),
    timeZone: intlZone(zone),
  });
}

/** A wall-clock minute of the day (0-1439) as `timeOfDay` writes it, made by arithmetic. */
type ClockWriter = (minute: number) => string;
const writers = new Map<string, ClockWriter>();
const REFERENCES = [5, 65, 725, 785, 1439]; // 00:05, 01:05, 12:05, 13:05, 23:59

/**
 * How `locale` writes a minute of the day (with `hourCycle` over the language's clock), learnt
 * once from `timeOfDay`'s own parts at 01:05 and 13:05 and then put together by arithmetic: a
 * schedule prints thousands of times without a call into Intl each. Checked against `timeOfDay`
 * at a few minutes when learnt; a language it cannot mimic (other digits, say) gets Intl's
 * answer per minute, remembered.
 */
function clockWriter(locale: string, hourCycle: HourCycle | undefined): ClockWriter {
  const key = `${locale}|${hourCycle ?? ''}`;
  let writer = writers.get(key);
  if (writer) return writer;
  const intl = (minute: number) => timeOfDay(minute * 60_000, locale, { hourCycle });
  const parts = (minute: number) => timeFormat(locale, { hourCycle }).formatToParts(minute * 60_000);
  const pm = parts(785);
  const am = parts(65);
  const midnight = partText(parts(5), 'hour');
  const twelve = partText(pm, 'hour') === '1';
  const twoDigits = partText(am, 'hour') === '01';
  const periods = [partText(am, 'dayPeriod'), partText(pm, 'dayPeriod')];
  const made: ClockWriter = (minute) => {
    const h = Math.floor(minute / 60);
    const m = minute % 60;
    let hour = h;
    if (twelve) hour = h % 12 === 0 ? (midnight === '12' ? 12 : 0) : h % 12;
    const hourText = twoDigits ? pad(hour) : String(hour);
    let out = '';
    for (const p of pm)
      out += p.type === 'hour' ? hourText : p.type === 'minute' ? pad(m) : p.type === 'dayPeriod' ? periods[h < 12 ? 0 : 1] : p.value;
    return out;
  };
  if (REFERENCES.every((minute) => made(minute) === intl(minute))) {
    writer = made;
  } else {
    const memo = new Map<number, string>();
    writer = (minute) => {
      let text = memo.get(minute);
      if (text === undefined) memo.set(minute, (text = intl(minute)));
      return text;
    };
  }
  writers.set(key, writer);
  return writer;
}

/**
 * A minute of the day (0-1439) exactly as `timeOfDay` writes that wall-clock time in `locale`
 * (`hourCycle` over the language's clock), but without Intl on every call: for day.ts's `clockText`.
 */
export function minuteText(minute: number, locale: string, hourCycle?: HourCycle): string {
  return clockWriter(locale, hourCycle)(minute);
}

/** `locale` with its clock set (`en-GB-u-hc-h12`): every format made with it writes times that way. */
export function withHourCycle(locale: string, hourCycle: HourCycle | undefined): string {
  if (!hourCycle) return locale;
  try {
    return new Intl.Locale(locale, { hourCycle }).toString();
  } catch {
    return locale;
  }
}
