/**
 * iCalendar (RFC 5545) files, made in the browser: "Add to calendar" for deadlines and
 * for the schedule's items, from one piece of code.
 *
 * Every time is written in UTC (`YYYYMMDDTHHMMSSZ`), so no VTIMEZONE is needed and every
 * calendar puts the event at the same instant; an all-day event (the workshop's day) is a
 * DATE (`DTSTART;VALUE=DATE:20240726`), a day wherever the calendar is. Lines end in CRLF and are folded at 75 octets
 * (UTF-8 bytes, never inside a character); TEXT values escape `\`, `;`, `,` and newlines.
 */

/** One event of a calendar file. */
export interface CalendarEvent {
  /** Globally unique and stable: the same event made again must get the same UID, so a calendar updates it. */
  uid: string;
  title: string;
  /** When it starts, ms since the epoch; for an all-day event, its first day's midnight read as UTC (`Date.UTC(2024, 6, 26)`). */
  start: number;
  /**
   * When it ends, ms since the epoch. Without it (or when it is not after `start`) the event is
   * an instant, a deadline: RFC 5545 section 3.6.1 says a VEVENT with a DATE-TIME DTSTART and no
   * DTEND ends at its start.
   */
  end?: number;
  /**
   * A day, not an instant: `start` and `end` name calendar days (their midnights read as UTC),
   * `end` the day after the last (RFC 5545's DTEND is exclusive); without `end`, one day.
   */
  allDay?: boolean;
  description?: string;
  url?: string;
  location?: string;
  /** The revision (SEQUENCE): raise it when the event changes, e.g. once per deadline extension. */
  sequence?: number;
}

export interface CalendarOptions {
  /** The calendar's name (NAME, and X-WR-CALNAME for the calendars that only know that). */
  name?: string;
  /** The DTSTAMP of every event (ms); default: now. */
  stamp?: number;
}

export const ICS_MIME = 'text/calendar;charset=utf-8';
const PRODID = '-//esfomo-elements//esfomo-elements//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** `2025-05-26T23:59:00Z`: an instant in UTC, to the second (as Outlook's compose link takes it). */
export const isoSeconds = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `20250526T235900Z`: an instant in UTC, to the second. */
export const icsDateTime = (ms: number): string => isoSeconds(ms).replace(/[-:]/g, '');

/** `20240726`: a calendar day (its midnight read as UTC) as a DATE value. */
export function icsDate(ms: number): string {
  return icsDateTime(ms).slice(0, 8);
}

/**
 * A TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and newlines escaped, and
 * the control characters no value may hold (NUL, BEL, ESC…: all but tab and newline) dropped.
 */
export function icsText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\\;,]|\r\n?|\n/g, (c) => (c < ' ' ? '\\n' : `\\${c}`))
  );
}

/** Strips what no property value may hold (control characters other than tab); used for URIs and UIDs. */
function plain(value: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what it strips
  return value.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Folds one content line (RFC 5545 section 3.1): no line longer than 75 octets, a
 * continuation starting with one space, a character's UTF-8 bytes never split.
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${plain(event.uid)}`, `DTSTAMP:${stamp}`];
  if (event.allDay) {
    const end = event.end !== undefined && event.end > event.start ? event.end : event.start + 86_400_000;
    lines.push(`DTSTART;VALUE=DATE:${icsDate(event.start)}`, `DTEND;VALUE=DATE:${icsDate(end)}`);
  } else {
    lines.push(`DTSTART:${icsDateTime(event.start)}`);
    if (event.end !== undefined && Math.floor(event.end / 1000) > Math.floor(event.start / 1000)) {
      lines.push(`DTEND:${icsDateTime(event.end)}`);
    }
  }
  if (event.sequence) lines.push(`SEQUENCE:${Math.max(0, Math.floor(event.sequence))}`);
  lines.push(`SUMMARY:${icsText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${icsText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${icsText(event.location)}`);
  if (event.url) lines.push(`URL:${plain(event.url)}`);
  // An instant (a deadline) does not make anyone busy.
  if (!lines.some((l) => l.startsWith('DTEND'))) lines.push('TRANSP:TRANSPARENT');
  lines.push('END:VEVENT');
  return lines;
}

/** A whole iCalendar file (VCALENDAR) with these events, CRLF line ends, folded. */
export function icsCalendar(events: CalendarEvent[], options: CalendarOptions = {}): string {
  const stamp = icsDateTime(options.stamp ?? Date.now());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`NAME:${icsText(options.name)}`, `X-WR-CALNAME:${icsText(options.name)}`);
  for (const event of events) lines.push(...eventLines(event, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name from any text: `submission-deadline.ics`. */
export function icsFileName(text: string): string {
  const base = slug(text) || 'calendar';
  return `${base}.ics`;
}

/** Lower-case ASCII words joined by `-`: for UIDs and file names. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * A stable UID (what a calendar recognises an event by when the file is imported again):
 * the workshop, then what identifies the event in it, each as a slug:
 * `want-neurips-2023-full-paper@esfomo-elements`, `es-fomo-ii-icml-2024-2024-07-26-09-15-keynote@esfomo-elements`.
 */
export function eventUid(workshop: string, keys: readonly string[], fallback = 'event'): string {
  const key = keys.map(slug).filter(Boolean).join('-');
  return `${slug(workshop) || 'workshop'}-${key || fallback}@esfomo-elements`;
}

const offered = new WeakMap<HTMLAnchorElement, string>();
/** How long an offered file stays downloadable after its link was activated. */
const KEEP_MS = 60_000;

/**
 * Puts a calendar file behind a real link the user activates: call it from the link's
 * `click` listener (before the browser follows it). It makes the file a Blob, points the
 * link's `href` at an object URL with `download="filename"`, and revokes that URL once the
 * download has had time to start (or when the link is activated again).
 */
export function offerDownload(link: HTMLAnchorElement, text: string, filename: string, type = ICS_MIME): string {
  const before = offered.get(link);
  if (before) URL.revokeObjectURL(before);
  const url = URL.createObjectURL(new Blob([text], { type }));
  offered.set(link, url);
  link.download = filename;
  link.href = url;
  setTimeout(() => {
    if (offered.get(link) !== url) return;
    URL.revokeObjectURL(url);
    offered.delete(link);
  }, KEEP_MS);
  return url;
}

/**
 * The click handler of an "Add to calendar" link: offers these events as one file through
 * the link clicked (see `offerDownload`), the file named after `fileTitle`, the calendar `name`.
 */
export function offerCalendar(click: Event, events: CalendarEvent[], name: string, fileTitle: string): void {
  const link = click.currentTarget;
  if (!(link instanceof HTMLAnchorElement)) return;
  offerDownload(link, icsCalendar(events, { name }), icsFileName(fileTitle));
}
