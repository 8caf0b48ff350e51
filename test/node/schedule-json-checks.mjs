// Checks that a fixture is a c3voc `schedule.json` export, written from the format's JSON Schema,
// https://github.com/voc/schedule/blob/master/validator/json/schema.json (EUPL-1.2, so it is not
// copied here). They keep what the importer relies on and what pretalx writes: the required
// fields of the document, its conference, days, events and people, their types and patterns,
// and the schema's closed objects (no field it does not define). Draft 7, for @cfworker/json-schema.
const uri = { type: 'string', format: 'uri' };
const uuid = { type: 'string', format: 'uuid' };
const slug = { type: 'string', pattern: '^[a-z0-9_-]+[a-z0-9]$' };
const textOrNull = { type: ['string', 'null'] };
const reference = {
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  properties: { type: { type: 'string' }, url: uri, title: { type: 'string' } },
};
const person = {
  type: 'object',
  properties: { name: { type: 'string' }, guid: uuid, id: { type: 'integer' }, url: uri, public_name: { type: 'string' } },
  // A frab person has an integer id and a public_name; a pretalx person a name (and a code).
  oneOf: [
    { required: ['id', 'public_name'] },
    { required: ['name'], properties: { code: { type: 'string', pattern: '^[A-Z0-9]+$' }, avatar: textOrNull, biography: textOrNull } },
  ],
};
const eventFields = {
  guid: uuid,
  code: { type: 'string', pattern: '^[A-Z0-9]+$' },
  id: { type: 'integer', minimum: 1 },
  logo: {},
  date: { type: 'string', format: 'date-time' },
  start: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
  end: { type: 'string', format: 'date-time' },
  duration: { type: 'string', pattern: '^[0-9]+:[0-9]{2}$' },
  room: { type: 'string' },
  slug,
  url: uri,
  title: { type: 'string' },
  subtitle: textOrNull,
  track: textOrNull,
  type: { type: 'string' },
  language: textOrNull,
  abstract: textOrNull,
  description: textOrNull,
  recording_license: { type: 'string' },
  do_not_record: { type: ['boolean', 'null'] },
  do_not_stream: { type: ['boolean', 'string', 'null'] },
  persons: { type: 'array', items: person },
  links: { type: 'array', items: reference },
  attachments: { type: 'array', items: reference },
  feedback_url: uri,
  origin_url: uri,
};
const event = {
  type: 'object',
  additionalProperties: false,
  properties: eventFields,
  required: [
    'guid',
    'id',
    'date',
    'start',
    'duration',
    'room',
    'slug',
    'url',
    'title',
    'subtitle',
    'track',
    'type',
    'language',
    'abstract',
    'persons',
    'links',
  ],
};
const day = {
  type: 'object',
  additionalProperties: false,
  required: ['index', 'date', 'day_start', 'day_end', 'rooms'],
  properties: {
    index: { type: 'integer' },
    date: { type: 'string', format: 'date' },
    day_start: { type: 'string', format: 'date-time' },
    day_end: { type: 'string', format: 'date-time' },
    rooms: { type: 'object', additionalProperties: { type: 'array', items: event } },
  },
};
const room = {
  type: 'object',
  required: ['name', 'guid'],
  properties: { name: { type: 'string' }, slug, guid: uuid, capacity: { type: ['number', 'null'] }, url: uri },
};
const conference = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'acronym', 'days', 'daysCount', 'start', 'end', 'timeslot_duration'],
  properties: {
    acronym: { type: 'string', pattern: '^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$' },
    title: { type: 'string' },
    description: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    daysCount: { type: 'integer' },
    timeslot_duration: { type: 'string' },
    time_zone_name: { type: 'string', pattern: '^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$' },
    logo: uri,
    colors: { type: 'object' },
    keywords: { type: 'array', items: { type: 'string' } },
    url: uri,
    tracks: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, slug } } },
    rooms: { type: 'array', items: room },
    meta: { type: 'object' },
    days: { type: 'array', items: day },
  },
};
export const scheduleJsonChecks = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['schedule'],
  properties: {
    $schema: { type: 'string' },
    generator: { type: 'object', properties: { name: { type: 'string' }, version: { type: 'string' }, url: uri } },
    schedule: {
      type: 'object',
      required: ['version', 'conference'],
      properties: { version: { type: 'string' }, base_url: uri, conference, rooms: false },
    },
  },
};
