/** The stylesheet of `<esfomo-papers>`: groups under their titles, one paper a block, small links under it. */
import { css } from 'lit';

export const papersStyles = css`
  :host {
    --_paper-gap: var(--esfomo-papers-gap, 0.9em);
    --_group-gap: var(--esfomo-papers-group-gap, 1.5em);
    --_heading-size: var(--esfomo-papers-heading-size, 1.1em);
    --_title-weight: var(--esfomo-papers-title-weight, 600);
    --_meta-size: var(--esfomo-papers-meta-size, 0.875em);
    --_award: var(--esfomo-papers-award-color, inherit);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.75em;
    margin-block-end: var(--_paper-gap);
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
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_meta-size);
  }
  .group + .group {
    margin-block-start: var(--_group-gap);
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: var(--_heading-size);
    font-weight: bold;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .paper + .paper {
    margin-block-start: var(--_paper-gap);
  }
  .paper {
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: var(--_title-weight);
  }
  .affiliation {
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
    font-size: var(--_meta-size);
  }
  .award {
    color: var(--_award);
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    width: fit-content;
    font-size: var(--_meta-size);
  }
  .abstract-text {
    margin-block-start: 0.35em;
    font-size: 0.9em;
    white-space: pre-line;
  }
  .empty {
    color: var(--_muted);
  }
`;
