// The benchmark's content, the same in Node and in the browser (a plain ES module, no imports):
// - deterministic feeds of any size (a seeded generator: the same N gives the same feed, byte
//   for byte, on every machine and every run);
// - the static HTML a site generator such as Jekyll writes for the same content: a <table> for
//   the schedule, cards for people, nested <ul> for topics, a list for dates, a sentence for a
//   countdown. The elements are timed against this markup;
// - the bare markup a Markdown page renders to for the same content (a table of time, title and
//   speakers; a list of people), with no stylesheet: the floor a site without the elements pays.

/** mulberry32: a tiny seeded PRNG, so generated feeds never change between runs. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ada',
  'Albert',
  'Azalia',
  'Beidi',
  'Chen',
  'Dan',
  'Elias',
  'Hanna',
  'Ion',
  'Jae',
  'Kexin',
  'Lena',
  'Ludwig',
  'Maya',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Songlin',
  'Tri',
  'Uma',
  'Virginia',
  'Wei',
  'Yasmin',
  'Zhou',
];
const LAST = [
  'Abara',
  'Biderman',
  'Chowdhery',
  'Dao',
  'Evans',
  'Frantar',
  'Gu',
  'Hoffmann',
  'Iyer',
  'Jiang',
  'Kim',
  'Lopez',
  'Mirhoseini',
  'Nguyen',
  'Okafor',
  'Patel',
  'Ré',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Venigalla',
  'Wang',
  'Xu',
  'Yang',
  'Zaharia',
];
const PLACES = [
  'Carnegie Mellon',
  'Stanford',
  'IST Austria',
  'MIT',
  'Google DeepMind',
  'Princeton',
  'EleutherAI',
  'ETH Zürich',
  'University of Tokyo',
  'Together AI',
  'Databricks',
  'Mila',
  'Tsinghua University',
  'UC Berkeley',
];
const WORDS = [
  'efficient',
  'sparse',
  'low-precision',
  'distributed',
  'memory-bound',
  'adaptive',
  'speculative',
  'quantized',
  'long-context',
  'parallel',
  'compiler-driven',
  'hardware-aware',
  'streaming',
  'federated',
];
const NOUNS = [
  'inference',
  'training',
  'attention',
  'state-space models',
  'mixture-of-experts',
  'kernels',
  'serving',
  'decoding',
  'fine-tuning',
  'data pipelines',
  'scheduling',
  'compression',
  'retrieval',
  'caching',
];
const ROLES = ['speaker', 'panelist', 'organizer', 'moderator'];

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

function title(rnd) {
  const w = pick(rnd, WORDS);
  return `${w[0].toUpperCase()}${w.slice(1)} ${pick(rnd, NOUNS)} for ${pick(rnd, NOUNS)}: ${pick(rnd, WORDS)} ${pick(rnd, NOUNS)}`;
}

/** `count` people with ids, names, affiliations, roles and an order of importance. */
export function makePeople(count, seed = 1) {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const name = `${pick(rnd, FIRST)} ${pick(rnd, LAST)} ${i + 1}`;
    return {
      id: `person-${i + 1}`,
      name,
      affiliation: pick(rnd, PLACES),
      roles: [ROLES[i % ROLES.length]],
      importance: i + 1,
      url: `https://example.org/people/${i + 1}`,
    };
  });
}

function hhmm(minutes) {
  const m = Math.min(minutes, 23 * 60 + 59);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * A one-day schedule of exactly `rows` rows: sessions of four talks (five rows each: the
 * session and its talks) alternating with a contributed talk, a break or a panel (one row),
 * until the count is reached. Start times of the day's items are spread evenly over the day
 * (at 5,000 rows several items share a minute: the feed allows it). Every talk has a speaker
 * from `people`; every session a moderator.
 */
export function scheduleFeed(rows, seed = 2) {
  const rnd = random(seed);
  const people = makePeople(Math.max(8, Math.ceil(rows / 4)), seed + 100);
  const person = () => people[Math.floor(rnd() * people.length)].id;
  const top = [];
  let left = rows;
  let block = 0;
  while (left > 0) {
    if (block % 2 === 0 && left >= 5) {
      top.push({
        title: `Session ${block / 2 + 1}: ${title(rnd)}`,
        kind: 'session',
        moderators: [person()],
        items: Array.from({ length: 4 }, () => ({ title: title(rnd), kind: 'talk', speakers: [person()] })),
      });
      left -= 5;
    } else {
      const kind = ['contributed', 'break', 'panel'][block % 3];
      const item = { title: kind === 'break' ? 'Coffee break' : title(rnd), kind };
      if (kind === 'panel') item.speakers = [person(), person(), { name: 'Guest Panelist', affiliation: pick(rnd, PLACES) }];
      if (kind === 'contributed') item.speakers = [person()];
      top.push(item);
      left -= 1;
    }
    block += 1;
  }
  const span = 23 * 60;
  top.forEach((item, i) => {
    item.start = hhmm(Math.floor(30 + (i * span) / top.length));
  });
  return {
    version: 1,
    workshop: { name: 'Bench', title: 'A generated workshop', timezone: 'Europe/Vienna' },
    people,
    schedule: [{ date: '2024-07-26', items: top }],
  };
}

export function peopleFeed(count, seed = 3) {
  return { version: 1, workshop: { name: 'Bench', timezone: 'UTC' }, people: makePeople(count, seed) };
}

/**
 * `count` topics (every list item counts: a group's title and each topic in it): groups of
 * nine, every third group holding a nested group, as the seed call-for-papers pages nest them.
 */
export function topicsFeed(count, seed = 4) {
  const rnd = random(seed);
  const topics = [];
  let left = count;
  let group = 0;
  while (left > 0) {
    if (left < 10) {
      for (; left > 0; left -= 1) topics.push(title(rnd));
      break;
    }
    const items = Array.from({ length: 6 }, () => title(rnd));
    if (group % 3 === 0) items.push({ title: title(rnd), items: [title(rnd), title(rnd)] });
    else items.push(title(rnd), title(rnd), title(rnd));
    topics.push({ title: `Group ${group + 1}: ${title(rnd)}`, items });
    left -= 10;
    group += 1;
  }
  return { version: 1, topics };
}

/* ------------------------------------------------------------ static HTML */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

function personRefs(refs, byId) {
  return (refs ?? [])
    .map((ref) => (typeof ref === 'string' ? byId.get(ref) : ref))
    .filter(Boolean)
    .map((p) => `${esc(p.name)}${p.affiliation ? ` <span class="affiliation">(${esc(p.affiliation)})</span>` : ''}`)
    .join(', ');
}

/** The schedule's first day as a Jekyll include writes it: one table, a session's talks as rows under it. */
export function scheduleHtml(feed) {
  const byId = new Map((feed.people ?? []).map((p) => [p.id, p]));
  const refs = (list) => personRefs(list, byId);
  const day = feed.schedule[0];
  const rows = [];
  day.items.forEach((item, i) => {
    const end = item.end ?? day.items[i + 1]?.start;
    const who = refs(item.speakers);
    const mods = refs(item.moderators);
    rows.push(
      `<tr class="kind-${esc(item.kind ?? 'item')}"><td class="time"><time>${esc(item.start)}</time>${end ? `–<time>${esc(end)}</time>` : ''}</td>` +
        `<td><span class="title">${esc(item.title)}</span>${who ? `<div class="speakers">${who}</div>` : ''}${mods ? `<div class="moderators">Moderator: ${mods}</div>` : ''}</td></tr>`,
    );
    for (const talk of item.items ?? []) {
      const by = refs(talk.speakers);
      rows.push(
        `<tr class="nested kind-${esc(talk.kind ?? 'item')}"><td></td><td><span class="title">${esc(talk.title)}</span>${by ? `<div class="speakers">${by}</div>` : ''}</td></tr>`,
      );
    }
  });
  return (
    `<table class="schedule"><caption>${esc(day.date)} (times in ${esc(day.timezone ?? feed.workshop?.timezone ?? 'UTC')})</caption>` +
    `<thead><tr><th scope="col">Time</th><th scope="col">Programme</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/**
 * The schedule's first day as a bare table: what a Markdown table (time, title, speakers) renders
 * to, with no class and no stylesheet of its own; a session's talks are rows with no time.
 */
export function bareScheduleHtml(feed) {
  const byId = new Map((feed.people ?? []).map((p) => [p.id, p]));
  const names = (refs) =>
    (refs ?? [])
      .map((ref) => (typeof ref === 'string' ? byId.get(ref) : ref))
      .filter(Boolean)
      .map((p) => `${esc(p.name)}${p.affiliation ? ` (${esc(p.affiliation)})` : ''}`)
      .join(', ');
  const day = feed.schedule[0];
  const rows = [];
  day.items.forEach((item, i) => {
    const end = item.end ?? day.items[i + 1]?.start;
    rows.push(
      `<tr><td>${esc(item.start)}${end ? `–${esc(end)}` : ''}</td><td>${esc(item.title)}</td><td>${names(item.speakers)}</td></tr>`,
    );
    for (const talk of item.items ?? []) rows.push(`<tr><td></td><td>${esc(talk.title)}</td><td>${names(talk.speakers)}</td></tr>`);
  });
  return `<table><thead><tr><th>Time</th><th>Title</th><th>Speakers</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** People as a bare list: what a Markdown list of links renders to. */
export function barePeopleHtml(feed) {
  const people = (feed.people ?? [])
    .slice()
    .sort((a, b) => (a.importance ?? Infinity) - (b.importance ?? Infinity) || a.name.localeCompare(b.name));
  return `<ul>${people
    .map(
      (p) =>
        `<li>${p.url ? `<a href="${esc(p.url)}">${esc(p.name)}</a>` : esc(p.name)}${p.affiliation ? `, ${esc(p.affiliation)}` : ''}</li>`,
    )
    .join('')}</ul>`;
}

/** People as cards in a grid, ordered by importance then name, as the feed contract orders them. */
export function peopleHtml(feed, role) {
  const people = (feed.people ?? [])
    .filter((p) => !role || (p.roles ?? []).includes(role))
    .slice()
    .sort((a, b) => (a.importance ?? Infinity) - (b.importance ?? Infinity) || a.name.localeCompare(b.name));
  const cards = people.map(
    (p) =>
      `<li class="card">${p.url ? `<a href="${esc(p.url)}">` : ''}<span class="name">${esc(p.name)}</span>${p.url ? '</a>' : ''}` +
      `${p.affiliation ? `<span class="affiliation">${esc(p.affiliation)}</span>` : ''}</li>`,
  );
  return `<ul class="people">${cards.join('')}</ul>`;
}

function topicList(topics) {
  return `<ul>${topics
    .map((t) =>
      typeof t === 'string'
        ? `<li>${esc(t)}</li>`
        : `<li><strong>${esc(t.title)}</strong>${t.items?.length ? topicList(t.items) : ''}</li>`,
    )
    .join('')}</ul>`;
}

export function topicsHtml(feed) {
  return topicList(feed.topics ?? []);
}

/** Important dates as a list; a static page cannot know which is next, so none is marked. */
export function datesHtml(feed) {
  const items = (feed.dates ?? []).map(
    (d) =>
      `<li><span class="label">${esc(d.label)}</span>: ${d.tbd ? 'to be announced' : `<time datetime="${esc(d.due)}">${esc(d.due)}</time> (${esc(d.timezone ?? feed.workshop?.timezone ?? 'UTC')})`}` +
      `${(d.previous ?? []).map((p) => ` <s>${esc(p)}</s>`).join('')}</li>`,
  );
  return `<ul class="dates">${items.join('')}</ul>`;
}

/** What a static page writes in place of a countdown: the deadline as a sentence. */
export function countdownHtml(feed, id) {
  const d = (feed.dates ?? []).find((x) => x.id === id);
  if (!d) return '';
  return `<p class="countdown"><span class="label">${esc(d.label)}</span>: <time datetime="${esc(d.due ?? '')}">${esc(d.due ?? 'to be announced')}</time></p>`;
}

/** A stylesheet for the static markup, close to what the elements draw, so layout work is comparable. */
export const STATIC_CSS = `
.schedule { border-collapse: collapse; width: 100%; }
.schedule caption { text-align: start; color: #666; }
.schedule th, .schedule td { border-block-end: 1px solid #ddd; padding: 0.4em 0.6em; text-align: start; vertical-align: top; }
.schedule .time { white-space: nowrap; font-variant-numeric: tabular-nums; }
.schedule .nested td:last-child { padding-inline-start: 1.5em; }
.schedule .speakers, .schedule .moderators, .affiliation { color: #666; font-size: 0.9em; }
.people { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); }
.people .card { border: 1px solid #ddd; border-radius: 0.5rem; padding: 0.75rem; display: flex; flex-direction: column; }
.people .name { font-weight: bold; }
.dates { padding-inline-start: 1.5em; }
`;
