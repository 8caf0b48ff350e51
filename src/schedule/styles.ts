/** The schedule's stylesheet: the toolbar and tabs, the table, the now-marker, narrow widths and print. */
import { css } from 'lit';

export const scheduleStyles = css`
  :host {
    --_time-width: var(--esfomo-schedule-time-width, 7.5em);
    --_cell-padding: var(--esfomo-schedule-cell-padding, 0.45em 0.6em);
    --_row-border: var(--esfomo-schedule-row-border, 1px solid var(--_border));
    --_session-bg: var(--esfomo-schedule-session-background, color-mix(in srgb, currentColor 5%, transparent));
    --_quiet: var(--esfomo-schedule-quiet-color, var(--_muted));
    --_indent: var(--esfomo-schedule-talk-indent, 1.25em);
    --_now-bg: var(--esfomo-schedule-now-background, color-mix(in srgb, var(--_accent) 8%, transparent));
    --_now-accent: var(--esfomo-schedule-now-accent, var(--_accent));
    --_tab-accent: var(--esfomo-schedule-tab-accent, var(--_accent));
  }
  .schedule {
    container: esfomo-schedule / inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin-block-end: 0.5em;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  .panel:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .tab {
    background: none;
    border: 0;
    border-block-end: 3px solid transparent;
    padding: 0.3em 0.7em;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_tab-accent);
    font-weight: bold;
  }
  /* The zone controls keep to the end of the line, after the tabs. */
  .toggle {
    margin-inline-start: auto;
    font-size: 0.9em;
    line-height: 1.3;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.7em;
  }
  .toggle:disabled {
    cursor: default;
  }
  .toggle.same {
    border-color: transparent;
    background: none;
  }
  /* The visitor's half and a hidden stand-in share one cell: the button is as wide before the
     visitor is known (the first render) as after, so nothing moves when their half comes. */
  .half {
    display: inline-grid;
  }
  .half > span,
  .half::after {
    grid-area: 1 / 1;
  }
  .half::after {
    content: ' · Show in my time (UTC+10)';
    white-space: pre;
    visibility: hidden;
  }
  .picker {
    font-size: 0.9em;
  }
  .picker select {
    font: inherit;
    max-width: 14em;
    margin-inline-start: 0.4em;
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .note {
    margin: 0 0 0.5em;
    font-style: italic;
  }
  /*
   * Fixed column widths (the time's, the speakers' share, the title the rest), not sized by the
   * cells' text: a table whose rows arrive in pieces (a prerendered page over a slow network)
   * never re-balances its columns as more rows come, a day's tab keeps the columns of the last,
   * and laying out a long day is one pass over its rows.
   */
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .long-times {
    --_time-width: var(--esfomo-schedule-time-width, 12em);
  }
  /* The columns' widths are the table's <col>s' (of the table's font size, whatever its cells'). */
  .time-col {
    width: var(--_time-width);
  }
  .speakers-col {
    width: 30%;
  }
  caption {
    caption-side: top;
    text-align: start;
    padding-block-end: 0.4em;
  }
  .day {
    font-weight: bold;
  }
  .zone {
    display: block;
    font-size: 0.9em;
    color: var(--_muted);
  }
  th,
  td {
    padding: var(--_cell-padding);
    text-align: start;
    vertical-align: top;
    border-block-end: var(--_row-border);
  }
  thead th {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  tbody th {
    font-weight: normal;
  }
  .time {
    font-variant-numeric: tabular-nums;
  }
  /* A time too long for its column (a day-shift mark, the now badge) wraps between its parts. */
  .time time {
    white-space: nowrap;
  }
  tr.session {
    background: var(--_session-bg);
  }
  tr.strong th {
    font-weight: bold;
  }
  tr.quiet {
    color: var(--_quiet);
  }
  tr.quiet th {
    font-style: italic;
  }
  tr.in-session th {
    padding-inline-start: calc(0.6em + var(--_indent));
  }
  tr[aria-current] {
    background: var(--_now-bg);
  }
  tr[aria-current] > .time {
    box-shadow: inset 0.25em 0 0 var(--_now-accent);
  }
  /* Small marks: the text colour (4.5:1 wherever the page's text has it), framed. */
  .now-badge,
  .tbc {
    display: inline-block;
    margin-inline-start: 0.2em;
    padding: 0 0.4em;
    border: 1px solid;
    border-radius: 0.25em;
    font-size: 0.75em;
    font-style: normal;
    font-weight: normal;
  }
  .now-badge {
    border-color: var(--_now-accent);
    font-weight: bold;
  }
  .day-shift {
    font-size: 0.85em;
  }
  .label {
    font-size: 0.8em;
    font-weight: normal;
    font-style: normal;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  /* Who speaks, set apart from the title at every width: smaller and in the muted colour. */
  th + td {
    color: var(--esfomo-schedule-speaker-color, color-mix(in srgb, currentColor 85%, transparent));
    font-size: var(--esfomo-schedule-speaker-size, 0.9em);
  }
  /* A row a link opened: marked, fading out (marked still, without motion, under reduced motion). */
  tr.targeted {
    --_target: var(--esfomo-schedule-target-background, color-mix(in srgb, var(--_accent) 18%, transparent));
    animation: esfomo-targeted 2.5s ease-in;
  }
  @keyframes esfomo-targeted {
    from {
      background: var(--_target);
    }
  }
  /* (The base styles stop the animation there.) */
  @media (prefers-reduced-motion: reduce) {
    tr.targeted {
      background: var(--_target);
    }
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .affiliation {
    font-style: italic;
  }
  .papers {
    margin-block-start: 0.2em;
    font-weight: normal;
  }
  .papers li + li {
    margin-block-start: 0.2em;
  }
  .paper-authors {
    display: block;
    font-size: 0.9em;
  }
  .empty {
    margin: 0;
  }
  .add {
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }
  /* A row's calendar button: a quiet face drawn here (its name is its aria-label). */
  .item-add {
    font-size: 0.75em;
    font-weight: normal;
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.4em;
  }
  .item-add::before {
    content: '+ Calendar';
  }
  .item-add[aria-expanded='true'] {
    border-color: var(--_accent);
  }
  /* It works only once the script runs: on a page rendered at build time, read without
     JavaScript or before the bundle has come, it keeps its room but is not there to press. */
  :host(:not(:defined)) .item-add {
    visibility: hidden;
  }
  .item-links {
    display: block;
    font-size: 0.85em;
    font-weight: normal;
  }
  @container esfomo-schedule (max-width: 36rem) {
    table,
    caption,
    tbody,
    tr,
    tbody th,
    td {
      display: block;
    }
    colgroup {
      display: none;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    tr {
      padding-block: 0.35em;
      border-block-end: var(--_row-border);
    }
    tbody th,
    td {
      width: auto;
      border: 0;
      padding-block: 0.05em;
    }
    td:empty {
      display: none;
    }
    tr.in-session > td {
      padding-inline-start: calc(0.6em + var(--_indent));
    }
    .time {
      font-size: 0.9em;
    }
    tr[aria-current] > .time {
      box-shadow: none;
    }
    tr[aria-current] {
      box-shadow: inset 0.25em 0 0 var(--_now-accent);
    }
  }
  @media print {
    /* A plain black-on-white table: no tints, no controls, no now-mark. */
    .schedule,
    .schedule * {
      color: #000 !important;
      background: #fff !important;
      box-shadow: none !important;
    }
    .toolbar,
    .add,
    .item-add,
    .item-links,
    .now-badge {
      display: none;
    }
    th,
    td {
      border-block-end: 1px solid #000;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
