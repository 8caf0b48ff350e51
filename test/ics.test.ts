// iCalendar files, checked two ways: parsed back by a real iCalendar parser (ical.js), and
// line by line against RFC 5545 (CRLF, folding at 75 octets, TEXT escapes, UTC times).
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { foldLine, icsCalendar, icsDateTime, icsFileName, icsText, offerDownload, type CalendarEvent } from '../src/calendar/ics.js';
import { deadlineEvent } from '../src/calendar/events.js';
import { validateFeed } from '../src/feed/validate.js';

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/** The physical lines of a file, which must all end in CRLF. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n'), 'the file ends with CRLF').to.equal(true);
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    expect(line, 'no bare CR or LF').not.to.match(/[\r\n]/);
    expect(octets(line), `at most 75 octets: ${line}`).to.be.at.most(75);
    // A split UTF-8 sequence or surrogate pair would not survive the round trip.
    expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(line))).to.equal(line);
    expect(line).not.to.match(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
  }
  return lines;
}

/** The logical lines (RFC 5545 section 3.1 unfolding). */
const unfold = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const submission: CalendarEvent = {
  uid: 'es-fomo-iii-submission@esfomo-elements',
  title: 'Submission deadline',
  start: Date.UTC(2025, 4, 26, 23, 59),
};

describe('iCalendar files', () => {
  it('makes a VCALENDAR that ical.js reads back, with the required properties', () => {
    const stamp = Date.UTC(2025, 0, 2, 3, 4, 5);
    const text = icsCalendar([submission], { name: 'ES-FoMo III dates', stamp });
    const lines = unfold(text);
    expect(lines.slice(0, 5)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//esfomo-elements//esfomo-elements//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
    const { cal, events } = parse(text);
    expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
    expect(cal.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(cal.getFirstPropertyValue('x-wr-calname')).to.equal('ES-FoMo III dates');
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event.uid).to.equal(submission.uid);
    expect(event.summary).to.equal('Submission deadline');
    expect(event.startDate.zone.tzid).to.equal('UTC');
    expect(event.startDate.toJSDate().getTime()).to.equal(submission.start);
    expect((event.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime()).to.equal(stamp);
  });

  it('makes a deadline an instant: DTSTART and no DTEND (RFC 5545 3.6.1), transparent', () => {
    const text = icsCalendar([submission, { ...submission, uid: 'same', end: submission.start }]);
    const lines = unfold(text);
    expect(lines.filter((l) => l.startsWith('DTEND'))).to.deep.equal([]);
    expect(lines.filter((l) => l === 'TRANSP:TRANSPARENT')).to.have.length(2);
    for (const event of parse(text).events) {
      expect(event.endDate.toJSDate().getTime()).to.equal(submission.start);
      expect(event.duration.toSeconds()).to.equal(0);
    }
  });

  it('writes an event with an end as DTSTART and DTEND, in UTC', () => {
    const talk: CalendarEvent = {
      uid: 'talk-1@x',
      title: 'Opening remarks',
      start: Date.UTC(2024, 6, 26, 7, 0),
      end: Date.UTC(2024, 6, 26, 7, 15),
      location: 'Vienna, Hall A',
      url: 'https://es-fomo.com/#schedule',
    };
    const text = icsCalendar([talk]);
    const lines = unfold(text);
    expect(lines).to.include('DTSTART:20240726T070000Z');
    expect(lines).to.include('DTEND:20240726T071500Z');
    expect(lines).to.include('LOCATION:Vienna\\, Hall A');
    expect(lines).to.include('URL:https://es-fomo.com/#schedule');
    expect(lines).not.to.include('TRANSP:TRANSPARENT');
    for (const l of lines.filter((l) => /^(DTSTART|DTEND|DTSTAMP):/.test(l))) expect(l).to.match(/:\d{8}T\d{6}Z$/);
    const [event] = parse(text).events;
    expect(event.endDate.toJSDate().getTime()).to.equal(talk.end);
    expect(event.location).to.equal('Vienna, Hall A');
    expect(event.component.getFirstPropertyValue('url')).to.equal(talk.url);
  });

  it('escapes backslash, semicolon, comma and newlines in TEXT, and ical.js reads the text back', () => {
    const title = 'Deadline; papers, posters \\ demos\nand more\r\nend';
    expect(icsText(title)).to.equal('Deadline\\; papers\\, posters \\\\ demos\\nand more\\nend');
    const text = icsCalendar([{ ...submission, title, description: 'a,b;c\\d\ne' }]);
    expect(unfold(text)).to.include('SUMMARY:Deadline\\; papers\\, posters \\\\ demos\\nand more\\nend');
    expect(unfold(text)).to.include('DESCRIPTION:a\\,b\\;c\\\\d\\ne');
    const [event] = parse(text).events;
    expect(event.summary).to.equal('Deadline; papers, posters \\ demos\nand more\nend');
    expect(event.description).to.equal('a,b;c\\d\ne');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const description = `${'Efficient systems for foundation models. '.repeat(4)}Ünïcödé façade — 日本語のテキスト 🚀🔥📝 ${'é'.repeat(80)} ${'🚀'.repeat(30)}`;
    const text = icsCalendar([{ ...submission, description }]);
    const lines = physicalLines(text);
    const folded = lines.filter((l) => l.startsWith(' '));
    expect(folded.length).to.be.greaterThan(4);
    // Every line but a file's last of each property is filled as far as a character allows.
    expect(lines.some((l) => octets(l) === 75)).to.equal(true);
    expect(unfold(text)).to.include(`DESCRIPTION:${icsText(description)}`);
    expect(parse(text).events[0].description).to.equal(description);
  });

  it('leaves a short line alone and folds a long one into continuation lines', () => {
    expect(foldLine('SUMMARY:short')).to.equal('SUMMARY:short');
    const long = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(long).split('\r\n');
    expect(folded.map(octets)).to.deep.equal([75, 75, 60]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).to.equal(true);
    expect(
      folded
        .join('')
        .replace(/^(.{75}) /, '$1')
        .replace(/ /g, ''),
    ).to.equal(long);
  });

  it('writes instants in UTC to the second', () => {
    expect(icsDateTime(Date.UTC(2023, 9, 7, 11, 59, 59, 999))).to.equal('20231007T115959Z');
    expect(icsDateTime(Date.UTC(2025, 0, 1))).to.equal('20250101T000000Z');
  });

  it('puts every event in one file, each with its own DTSTAMP', () => {
    const events = [submission, { ...submission, uid: 'n@x', title: 'Notification', start: Date.UTC(2025, 5, 9, 23, 59, 59) }];
    const text = icsCalendar(events);
    expect(unfold(text).filter((l) => l.startsWith('DTSTAMP:'))).to.have.length(2);
    expect(parse(text).events.map((e) => e.summary)).to.deep.equal(['Submission deadline', 'Notification']);
  });

  it('names files from text', () => {
    expect(icsFileName('ES-FoMo III: Submission deadline')).to.equal('es-fomo-iii-submission-deadline.ics');
    expect(icsFileName('Café Ünïcödé')).to.equal('cafe-unicode.ics');
    expect(icsFileName('🚀')).to.equal('calendar.ics');
  });

  it('makes a deadline of the feed an event: its instant, label, zone, extension and link', () => {
    const { feed } = validateFeed({
      version: 1,
      workshop: { name: 'WANT', venue: 'NeurIPS 2023', url: 'https://want-ai-hpc.github.io/neurips2023/' },
      dates: [
        {
          id: 'full-paper',
          label: 'Full paper submission',
          due: '2023-10-06',
          timezone: 'AoE',
          previous: ['2023-09-29'],
          url: 'https://openreview.net/x',
        },
        { id: 'camera-ready', label: 'Camera-ready', tbd: true },
      ],
    });
    const event = deadlineEvent(feed.dates[0], feed.workshop, 'en-GB')!;
    expect(event.start).to.equal(Date.UTC(2023, 9, 7, 11, 59, 59));
    expect(event.title).to.equal('WANT: Full paper submission');
    expect(event.uid).to.equal('want-neurips-2023-full-paper@esfomo-elements');
    expect(event.sequence).to.equal(1);
    expect(event.url).to.equal('https://openreview.net/x');
    expect(event.description).to.equal('Due 6 Oct 2023, end of day AoE (AoE, UTC-12).\nExtended from 29 Sept 2023.\nWANT, NeurIPS 2023');
    expect(deadlineEvent(feed.dates[1], feed.workshop, 'en-GB')).to.equal(undefined);
    const [parsed] = parse(icsCalendar([event])).events;
    expect(parsed.sequence).to.equal(1);
    expect(parsed.startDate.toString()).to.equal('2023-10-07T11:59:59Z');
  });

  it('offers a file through a real link: a Blob URL with download, the previous one revoked', async () => {
    const link = document.createElement('a');
    const first = offerDownload(link, icsCalendar([submission]), 'deadline.ics');
    expect(link.href).to.equal(first);
    expect(first).to.match(/^blob:/);
    expect(link.download).to.equal('deadline.ics');
    const response = await fetch(first);
    expect(response.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
    expect(parse(await response.text()).events[0].summary).to.equal('Submission deadline');
    const second = offerDownload(link, icsCalendar([{ ...submission, title: 'Other' }]), 'other.ics');
    expect(second).not.to.equal(first);
    let failed = false;
    await fetch(first).catch(() => (failed = true));
    expect(failed, 'the first URL was revoked').to.equal(true);
    expect(parse(await (await fetch(second)).text()).events[0].summary).to.equal('Other');
  });
});
