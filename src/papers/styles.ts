/** The stylesheet of `<esfomo-papers>`: groups under their titles, one paper a block, small links under it. */
import { css } from 'lit';

export const papersStyles = css`
  :host {
    --_paper-gap: var(--esfomo-papers-gap, 0.9em);
    --_meta-size: var(--esfomo-papers-meta-size, 0.875em);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.75em;
    margin-block-end: var(--_paper-gap);
  }
  /* The filter works only once the script runs: rendered at build time and read without
     JavaScript (or before the bundle has come), it keeps its room but is not there to type in. */
  :host(:not(:defined)) .filter {
    visibility: hidden;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
    min-width: min(18em, 100%);
  }
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .count,
  .affiliation,
  .empty {
    color: var(--_muted);
  }
  .count,
  .meta,
  summary {
    font-size: var(--_meta-size);
  }
  section + section {
    margin-block-start: var(--esfomo-papers-group-gap, 1.5em);
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: var(--esfomo-papers-heading-size, 1.1em);
    font-weight: bold;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    margin-block-start: var(--_paper-gap);
  }
  li {
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: var(--esfomo-papers-title-weight, 600);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
  }
  .award {
    color: var(--esfomo-papers-award-color, inherit);
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    width: fit-content;
  }
  details p {
    margin-block-start: 0.35em;
    font-size: 0.9em;
    white-space: pre-line;
  }
`;
