/**
 * What every element's shadow root starts with: it inherits the host page's font and
 * colours, reads the shared `--esfomo-*` properties through private `--_*` ones, and
 * styles the short messages shown in place of content.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    /* Public properties, read once here through private ones (two layers, as in Material Web). */
    /* The accent: the link blue drawn towards the text colour, so that it keeps 3:1 on a light
       page and on a dark one that sets no color-scheme (where LinkText stays dark blue). */
    --_accent: var(--esfomo-accent, color-mix(in srgb, LinkText 35%, currentColor));
    --_muted: var(--esfomo-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--esfomo-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_surface: var(--esfomo-surface, transparent);
    --_radius: var(--esfomo-radius, 0.5rem);
    --_gap: var(--esfomo-gap, 0.75rem);
    font: inherit;
    color: inherit;
    /* A word wider than the element (an address, a repository's name, a compound) breaks
       rather than pushing a phone's page sideways; in a grid or a flex row too. */
    overflow-wrap: anywhere;
    /* The element is the containing block of what it hides for screen readers (absolutely
       positioned, .visually-hidden). Were the page's, that text would stay where the page puts
       it, outside a scrolled panel, and stretch the page; and every relayout of the page would
       lay out each hidden text of every element (a tick of a thousand countdowns, a thousand). */
    contain: layout;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--esfomo-link-color, inherit);
  }
  .message {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--esfomo-message-accent, #b3261e);
    background: var(--esfomo-message-background, color-mix(in srgb, currentColor 6%, transparent));
    font-size: 0.9em;
  }
  .loading {
    min-height: 1lh;
  }
  /* The quiet line of a feed that takes more than a second: its space is kept from the start. */
  .waiting {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    visibility: hidden;
    animation: esfomo-appear 0s 1s forwards;
  }
  .stand-in .waiting {
    display: none;
  }
  @keyframes esfomo-appear {
    to {
      visibility: visible;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    /* The loading line's delay is no motion: it keeps it. */
    *:not(.waiting),
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
