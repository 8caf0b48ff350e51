/**
 * schema.org `Event` data for a page that shows a schedule, as Google's Event guidelines ask:
 * the workshop (`name`, `startDate`/`endDate` with UTC offsets, `location`, attendance mode,
 * status, organizers, `url`) with each programme item as a `subEvent` (its speakers as
 * `performer`s, a session's timed talks as its own sub-events). One
 * `<script type="application/ld+json" data-esfomo-elements>` per page, replaced on every run.
 */
import type { Feed, Person, Workshop } from '../../feed/types.js';
import { library } from './library.js';

/** Marks the script the prerender wrote, so that a second run replaces it. */
export const STRUCTURED_DATA_ATTR = 'data-esfomo-elements';

type Json = Record<string, unknown>;

const SCHEDULED = 'https://schema.org/EventScheduled';
const OFFLINE = 'https://schema.org/OfflineEventAttendanceMode';

function person(p: Person): Json {
  return {
    '@type': 'Person',
    name: p.name,
    ...(p.affiliation ? { affiliation: { '@type': 'Organization', name: p.affiliation } } : {}),
    ...(p.url && /^https?:/i.test(p.url) ? { url: p.url } : {}),
  };
}

function eventName(workshop: Workshop): string | undefined {
  const short = [workshop.name, workshop.edition].filter(Boolean).join(' ');
  return [short, workshop.title].filter(Boolean).join(': ') || undefined;
}

/** The structured data for a feed's workshop and programme (undefined when it has no timed item), and what it lacks. */
export async function eventData(feed: Feed): Promise<{ data?: Json; warnings: string[] }> {
  const { calendars } = await library();
  const { workshop } = feed;
  const warnings: string[] = [];
  const location = workshop.venue ? { '@type': 'Place', name: workshop.venue, address: workshop.venue } : undefined;
  if (!location) warnings.push('structured data: the feed has no workshop.venue, so the Event has no location (Google requires one)');
  const common = { eventAttendanceMode: OFFLINE, eventStatus: SCHEDULED, ...(location ? { location } : {}) };
  const subEvent: Json[] = [];
  let start: { at: number; iso: string } | undefined;
  let end: { at: number; iso: string } | undefined;
  for (const day of feed.schedule) {
    const rows = calendars.layOut(day, day.timezone, 'en').rows;
    let session: Json[] | undefined;
    for (const row of rows) {
      if (row.start === undefined || !row.startIso) continue;
      const event: Json = {
        '@type': 'Event',
        name: row.item.title,
        startDate: row.startIso,
        ...(row.endIso ? { endDate: row.endIso } : {}),
        ...common,
        ...(row.item.speakers.length ? { performer: row.item.speakers.map(person) } : {}),
      };
      if (row.depth === 0) {
        subEvent.push(event);
        // A session's speakers are its talks' too; its timed talks are its own sub-events.
        const talks = row.item.items.flatMap((talk) => talk.speakers).filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i);
        const performers = [...row.item.speakers, ...talks.filter((p) => !row.item.speakers.some((q) => q.name === p.name))];
        if (performers.length) event.performer = performers.map(person);
        session = [];
        if (row.item.items.length) event.subEvent = session;
      } else session?.push(event);
      if (!start || row.start < start.at) start = { at: row.start, iso: row.startIso };
      const last = row.end !== undefined && row.endIso ? { at: row.end, iso: row.endIso } : { at: row.start, iso: row.startIso };
      if (!end || last.at > end.at) end = last;
    }
  }
  if (!start || !end) return { warnings: [...warnings, 'structured data: the schedule has no timed item, so no Event was written'] };
  const name = eventName(workshop);
  if (!name) return { warnings: [...warnings, 'structured data: the feed has no workshop.name or title, so no Event was written'] };
  const organizers = feed.people.filter((p) => p.roles.includes('organizer'));
  return {
    data: {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name,
      ...(workshop.title && workshop.title !== name ? { description: workshop.title } : {}),
      startDate: start.iso,
      endDate: end.iso,
      ...common,
      ...(organizers.length ? { organizer: organizers.map(person) } : {}),
      ...(workshop.url ? { url: workshop.url } : {}),
      subEvent: subEvent.map((e) => (Array.isArray(e.subEvent) && !e.subEvent.length ? { ...e, subEvent: undefined } : e)),
    },
    warnings,
  };
}

/** The script element to put in the page ('' when there is nothing to say). */
export async function structuredData(feed: Feed): Promise<{ html: string; warnings: string[] }> {
  const { data, warnings } = await eventData(feed);
  if (!data) return { html: '', warnings };
  // `<` escaped: the text can never close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return { html: `<script type="application/ld+json" ${STRUCTURED_DATA_ATTR}>${json}</script>`, warnings };
}
