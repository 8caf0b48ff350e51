/**
 * The schedule's table, printed from a layout: pure functions of what they are given (the
 * layout, the caption's zone note, the row in progress), so printing twice prints the same.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Paper, Person, ScheduleItem } from '../feed/types.js';
import { authorList } from '../papers/markup.js';
import type { Layout, Row } from './layout.js';
import { rowLinks, type RowMenu } from './calendar-links.js';

/** A title that already says it is to be confirmed needs no "TBC" mark after it. */
const SAYS_TBC = /^\s*(tbc|tba|tbd)\.?\s*$/i;

/**
 * The table of a laid-out day; `whose` follows the caption's zone line; `current` is the row in
 * progress; `menu` the row whose calendar links are open; `onClick` hears the rows' buttons.
 */
export function table(
  layout: Layout,
  whose: string,
  current: Row | undefined,
  menu: RowMenu | undefined,
  onClick: (e: Event) => void,
): TemplateResult {
  return html`<table part="table" @click=${onClick}>
    <caption part="caption"><span class="day" part="day">${layout.caption}</span><span class="visually-hidden">. </span><span class="zone" part="zone">Times in ${layout.zoneLabel}${whose}</span></caption>
    <colgroup><col class="time-col" /><col /><col /></colgroup>
    <thead part="head"><tr><th scope="col" class="time">Time</th><th scope="col">Topic</th><th scope="col">Speakers</th></tr></thead>
    ${layout.groups.map((rows) => html`<tbody part="group">${rows.map((row) => (row === current || row.anchor === menu?.anchor ? rowTemplate(row, row === current, menu) : quietRow(row)))}</tbody>`)}
  </table>`;
}

/*
 * A row not in progress, made once per row of a layout (a layout and its rows never change):
 * printing the same layout again (a clock wake, the toggle back) makes only the row in
 * progress anew. A cache of what a pure function returns, not state: the same row gives
 * the same template whoever asks.
 */
const quiet = new WeakMap<Row, TemplateResult>();
function quietRow(row: Row): TemplateResult {
  let made = quiet.get(row);
  if (!made) quiet.set(row, (made = rowTemplate(row, false)));
  return made;
}

/*
 * A table of thousands of rows: every nested template, every binding and every list costs
 * DOM nodes (lit marks each with a comment) and time on first render. So each cell has one
 * binding, the common cases (a start and an end, a title, one person) are single templates,
 * and one person is the cell itself: not a list of one, not a box in the cell.
 */
function rowTemplate(row: Row, now: boolean, menu?: RowMenu): TemplateResult {
  const item = row.item;
  const people = item.speakers.length + item.moderators.length;
  const titled = item.papers.length ? html`${title(item)}${papers(item.papers)}` : title(item);
  const part = now ? `${row.part} now` : row.part;
  if (people === 1) {
    // The common row: one person, the cell itself (no box of its own, no template of its own).
    const moderator = !item.speakers.length;
    const p = moderator ? item.moderators[0] : item.speakers[0];
    return html`<tr id=${row.anchor} class=${row.className} part=${part} aria-current=${now ? 'time' : nothing}><td class="time" part="time">${time(row, now)}</td><th scope=${row.group ? 'rowgroup' : 'row'} part="title">${titled}${rowLinks(row, menu)}</th><td part=${moderator ? 'speakers person moderator' : 'speakers person'}>${moderator ? ROLE : nothing}<span part="name">${p.url ? html`<a href=${p.url}>${p.name}</a>` : p.name}</span><span class="affiliation" part="affiliation">${p.affiliation ? ` (${p.affiliation})` : ''}</span></td></tr>`;
  }
  return html`<tr id=${row.anchor} class=${row.className} part=${part} aria-current=${now ? 'time' : nothing}><td class="time" part="time">${time(row, now)}</td><th scope=${row.group ? 'rowgroup' : 'row'} part="title">${titled}${rowLinks(row, menu)}</th><td part="speakers">${
    people === 0
      ? nothing
      : html`<ul class="people">${item.speakers.map((p) => person(p, false))}${item.moderators.map((p) => person(p, true))}</ul>`
  }</td></tr>`;
}

/** The label before a moderator's name. */
const ROLE = html`<span part="role">Moderator:</span> `;

function time(row: Row, now: boolean): unknown {
  const clock =
    row.startText === undefined
      ? nothing
      : row.endText === undefined
        ? html`<time datetime=${row.startIso!}>${row.startText}</time>`
        : html`<time datetime=${row.startIso!}>${row.startText}</time>–<time datetime=${row.endIso!}>${row.endText}</time>`;
  if (!row.shift && !now) return clock;
  return html`${row.shift ? html`<span class="day-shift" part="day-shift">${row.shift}</span> ` : nothing}${clock}${
    now ? html` <span class="now-badge" part="now-badge">now</span>` : nothing
  }`;
}

/** The title cell: the item's label (the page's word for its kind: "Invited talk"), when it has one, before its title. */
function title(item: ScheduleItem): unknown {
  return item.label ? html`<span class="label" part="label">${item.label}</span> ${titleText(item)}` : titleText(item);
}

function titleText(item: ScheduleItem): unknown {
  const tbc = item.tentative && !SAYS_TBC.test(item.title);
  if (item.url) {
    return tbc
      ? html`<a href=${item.url}>${item.title}</a> <span class="tbc" part="tbc" title="to be confirmed">TBC</span>`
      : html`<a href=${item.url}>${item.title}</a>`;
  }
  return tbc ? html`${item.title} <span class="tbc" part="tbc" title="to be confirmed">TBC</span>` : item.title;
}

/** A speaker or moderator in a cell of several: an item of the cell's list. */
function person(p: Person, moderator: boolean): TemplateResult {
  const name = p.url ? html`<a href=${p.url}>${p.name}</a>` : p.name;
  const affiliation = p.affiliation ? ` (${p.affiliation})` : '';
  return html`<li part=${moderator ? 'person moderator' : 'person'}>${moderator ? ROLE : nothing}<span part="name">${name}</span><span class="affiliation" part="affiliation">${affiliation}</span></li>`;
}

/** The papers an item presents, under its title: each one's title (a link to its page) and authors, a line each. */
function papers(list: Paper[]): TemplateResult {
  return html`<ul class="papers">${list.map(
    (p) =>
      html`<li part="paper"><span class="paper-title" part="paper-title">${p.url ? html`<a href=${p.url}>${p.title}</a>` : p.title}</span>${
        p.authors.length ? html` <span class="paper-authors" part="paper-authors">${authorList(p.authors)}</span>` : nothing
      }</li>`,
  )}</ul>`;
}
