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
 * The table of a laid-out day; `zoneLine` is the caption's zone line; `current` is the row in
 * progress; `menu` the row whose calendar links are open; `onClick` hears the rows' buttons.
 */
export function table(
  layout: Layout,
  zoneLine: string,
  current: Row | undefined,
  menu: RowMenu | undefined,
  onClick: (e: Event) => void,
): TemplateResult {
  return html`<table part="table" class=${layout.longTimes ? 'long-times' : ''} @click=${onClick}><caption part="caption"><span class="day" part="day">${layout.caption}</span><span class="visually-hidden">. </span><span class="zone" part="zone">${zoneLine}</span></caption><colgroup><col class="time-col" /><col /><col class="speakers-col" /></colgroup>
    <thead part="head"><tr><th scope="col" class="time">Time</th><th scope="col">Topic</th><th scope="col">Speakers</th></tr></thead>${layout.groups.map(
      (rows) =>
        html`<tbody part="group">${rows.map((row) => (row === current || row.anchor === menu?.anchor ? rowTemplate(row, row === current, menu) : quietRow(row)))}</tbody>`,
    )}</table>`;
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
 * A table of thousands of rows: every element, every nested template and every binding costs
 * (lit marks each binding with a comment; a prerendered page parses and hydrates them). So a
 * row is its three cells and what they say, and no more: one binding a cell, a name is its
 * link (no box around it), an affiliation only where there is one, one person is the cell
 * itself (not a list of one).
 */
function rowTemplate(row: Row, now: boolean, menu?: RowMenu): TemplateResult {
  return html`<tr id=${row.anchor} class=${row.className || nothing} part=${now ? `${row.part} now` : row.part} aria-current=${now ? 'time' : nothing}><td class="time" part="time">${time(row, now)}</td><th scope=${row.group ? 'rowgroup' : 'row'} part="title">${titleCell(row, menu)}</th>${speakers(row.item)}</tr>`;
}

/** The speakers' cell: empty, one person (the cell is the person), or a list of them. */
function speakers(item: ScheduleItem): TemplateResult {
  const { speakers: s, moderators: m } = item;
  const count = s.length + m.length;
  if (count === 0) return EMPTY;
  if (count === 1)
    return s.length ? alone(s[0]) : html`<td part="speakers person moderator"><span part="role">Moderator:</span> ${person(m[0])}</td>`;
  return html`<td part="speakers"><ul>${s.map((p) => html`<li part="person">${person(p)}</li>`)}${m.map(
    (p) => html`<li part="person moderator"><span part="role">Moderator:</span> ${person(p)}</li>`,
  )}</ul></td>`;
}

const EMPTY = html`<td part="speakers"></td>`;

/** A speaker alone in the row: the cell is the person (their name, its link, their affiliation). */
function alone(p: Person): TemplateResult {
  if (p.url) {
    return p.affiliation
      ? html`<td part="speakers person"><a part="name" href=${p.url}>${p.name}</a><span class="affiliation" part="affiliation"> (${p.affiliation})</span></td>`
      : html`<td part="speakers person"><a part="name" href=${p.url}>${p.name}</a></td>`;
  }
  return p.affiliation
    ? html`<td part="speakers person"><span part="name">${p.name}</span><span class="affiliation" part="affiliation"> (${p.affiliation})</span></td>`
    : html`<td part="speakers person"><span part="name">${p.name}</span></td>`;
}

/** A person's name (their link, when the feed gives one) and, when given, their affiliation. */
function person(p: Person): TemplateResult {
  const name = p.url ? html`<a part="name" href=${p.url}>${p.name}</a>` : html`<span part="name">${p.name}</span>`;
  return p.affiliation ? html`${name}<span class="affiliation" part="affiliation"> (${p.affiliation})</span>` : name;
}

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

/** The title cell: the label, the title (its link), TBC, the papers, the calendar button: a plain title where that is all. */
function titleCell(row: Row, menu: RowMenu | undefined): unknown {
  const item = row.item;
  const tbc = item.tentative && !SAYS_TBC.test(item.title);
  const links = rowLinks(row, menu);
  if (!item.label && !item.url && !tbc && !item.papers.length) return links === nothing ? item.title : html`${item.title}${links}`;
  return html`${item.label ? html`<span class="label" part="label">${item.label}</span> ` : nothing}${
    item.url ? html`<a href=${item.url}>${item.title}</a>` : item.title
  }${tbc ? TBC : nothing}${item.papers.length ? papers(item.papers) : nothing}${links}`;
}

const TBC = html` <span class="tbc" part="tbc" title="to be confirmed">TBC</span>`;

/** The papers an item presents, under its title: each one's title (a link to its page) and authors, a line each. */
function papers(list: Paper[]): TemplateResult {
  return html`<ul class="papers">${list.map(
    (p) =>
      html`<li part="paper"><span class="paper-title" part="paper-title">${p.url ? html`<a href=${p.url}>${p.title}</a>` : p.title}</span>${
        p.authors.length ? html` <span class="paper-authors" part="paper-authors">${authorList(p.authors)}</span>` : nothing
      }</li>`,
  )}</ul>`;
}
