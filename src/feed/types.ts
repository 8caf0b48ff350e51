/**
 * The feed, version 1: the public contract of `feed-format.md` in TypeScript.
 *
 * Two shapes live here:
 * - `FeedInput` and its parts: what a site owner writes (every section optional,
 *   speakers as ids or inline people). `feed.schema.json` is the same contract as JSON Schema.
 * - `Feed` and its parts: what the validator hands to the elements. Every valid
 *   part of the input is kept, every section is present (empty when absent),
 *   speaker ids are resolved to people, and every day and date carries its effective zone.
 */

/** The kinds of schedule item the contract names. */
export const KINDS = ['session', 'talk', 'contributed', 'panel', 'poster', 'break', 'remarks', 'awards', 'social'] as const;
export type Kind = (typeof KINDS)[number];

/* ------------------------------------------------------------------ input */

export interface WorkshopInput {
  name?: string;
  title?: string;
  edition?: string;
  venue?: string;
  /** IANA name or `AoE`; the default zone of every day and date. */
  timezone?: string;
  url?: string;
  contact?: string;
}

export interface PersonInput {
  id?: string;
  name: string;
  affiliation?: string;
  roles?: string[];
  importance?: number;
  photo?: string;
  url?: string;
  bio?: string;
}

/** A speaker or moderator: a person's `id` in `people`, or an inline person. */
export type PersonRef = string | PersonInput;

export interface ScheduleItemInput {
  /** `HH:MM`, wall-clock time in the day's zone. Required on a day's items. */
  start?: string;
  end?: string;
  title: string;
  kind?: Kind | string;
  speakers?: PersonRef[];
  moderators?: PersonRef[];
  tentative?: boolean;
  url?: string;
  /** The words the page uses for the item's kind ("Invited talk", "Oral"), shown with it. */
  label?: string;
  items?: ScheduleItemInput[];
  /** Ids of the papers (in `papers`) the item presents: an oral, a spotlight or a poster session. */
  papers?: string[];
}

export interface ScheduleDayInput {
  /** `YYYY-MM-DD` */
  date: string;
  timezone?: string;
  note?: string;
  items: ScheduleItemInput[];
}

export interface ImportantDateInput {
  id?: string;
  label: string;
  /** `YYYY-MM-DD` (end of that day) or `YYYY-MM-DDTHH:MM[:SS]`, wall-clock in `timezone`. */
  due?: string;
  timezone?: string;
  previous?: string[];
  tbd?: boolean;
  url?: string;
  /** Plain text shown with the date ("one-day extension for US Memorial Day"). */
  note?: string;
  /** `deadline` (the default: the instant `due` names) or `event` (a day on which something happens). */
  kind?: DateKind | string;
}

/** What a date of the feed is: an instant something is due by, or a day something happens on. */
export type DateKind = 'deadline' | 'event';

export interface TopicGroupInput {
  title: string;
  items?: TopicInput[];
}
export type TopicInput = string | TopicGroupInput;

/** An author: a person's `id` in `people`, an inline person, or a plain name. */
export type AuthorRef = string | PersonInput;

export interface PaperInput {
  id: string;
  title: string;
  authors: AuthorRef[];
  /** `oral`, `spotlight`, `poster`, or another word. */
  kind?: string;
  url?: string;
  pdf?: string;
  code?: string;
  /** The poster's board number or label. */
  poster?: string | number;
  award?: string;
  abstract?: string;
}

export interface FeedInput {
  $schema?: string;
  version: 1;
  workshop?: WorkshopInput;
  people?: PersonInput[];
  schedule?: ScheduleDayInput[];
  dates?: ImportantDateInput[];
  topics?: TopicInput[];
  papers?: PaperInput[];
}

/* ------------------------------------------------------------- validated */

export interface Workshop {
  name?: string;
  title?: string;
  edition?: string;
  venue?: string;
  /** Always a valid zone name (IANA or `AoE`); `UTC` when the feed names none. */
  timezone: string;
  url?: string;
  contact?: string;
}

export interface Person {
  id?: string;
  name: string;
  affiliation?: string;
  roles: string[];
  importance?: number;
  photo?: string;
  url?: string;
  bio?: string;
}

export interface ScheduleItem {
  start?: string;
  end?: string;
  title: string;
  /** A known kind; an unknown or missing one is `undefined` (shown as a plain item). */
  kind?: Kind;
  speakers: Person[];
  moderators: Person[];
  tentative: boolean;
  url?: string;
  /** The words the page uses for the item's kind, shown with its title. */
  label?: string;
  items: ScheduleItem[];
  /** The papers the item presents, resolved from their ids (unknown ids dropped). */
  papers: Paper[];
}

export interface ScheduleDay {
  date: string;
  /** The effective zone: the day's own, else the workshop's, else `UTC`. */
  timezone: string;
  note?: string;
  items: ScheduleItem[];
}

export interface ImportantDate {
  id?: string;
  label: string;
  due?: string;
  /** The effective zone: the date's own, else the workshop's, else `UTC`. */
  timezone: string;
  previous: string[];
  tbd: boolean;
  url?: string;
  note?: string;
  /** `event`: a day (shown as a day, all day in calendars); absent: a deadline. */
  kind?: 'event';
  /**
   * For an event, the instant its day begins in its zone (what a countdown counts to); `at` is
   * then the instant the day ends. Not a field of the feed: the validator adds it.
   */
  start?: number;
  /**
   * The instant it falls due (ms since the epoch), worked out once when the feed is validated;
   * absent when TBD. Not a field of the feed: the validator adds it.
   */
  at?: number;
}

export interface TopicGroup {
  title: string;
  items: Topic[];
}
export type Topic = string | TopicGroup;

export interface Paper {
  id: string;
  title: string;
  /** People from `people`, inline people, and plain names (as `{ name }`), in the feed's order. */
  authors: Person[];
  /** The kind as written, trimmed and in lower case (`oral`, `spotlight`, `poster`, or another word). */
  kind?: string;
  url?: string;
  pdf?: string;
  code?: string;
  poster?: string;
  award?: string;
  abstract?: string;
}

export interface Feed {
  version: 1;
  workshop: Workshop;
  people: Person[];
  schedule: ScheduleDay[];
  dates: ImportantDate[];
  topics: Topic[];
  papers: Paper[];
}

/** One thing wrong with a feed, at a JSON path such as `schedule[0].items[3].start`. */
export interface Problem {
  path: string;
  message: string;
  /** `error`: the part was skipped or dropped. `warning`: kept, but worth fixing. */
  severity: 'error' | 'warning';
}
