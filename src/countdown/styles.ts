import { css } from 'lit';

/** The countdown's own styles, after the shared ones. */
export const countdownStyles = css`
  .countdown {
    display: grid;
    gap: 0.25em;
  }
  p {
    margin: 0;
  }
  .label,
  .closed {
    font-weight: var(--esfomo-countdown-label-weight, bold);
  }
  .remaining {
    display: flex;
    flex-wrap: wrap;
    gap: var(--esfomo-countdown-gap, 0.75em);
  }
  /* The numbers' place, kept before they come (and once closed): an invisible copy of their size, the closed text over it. */
  .remaining,
  .closed {
    grid-area: 2 / 1;
  }
  .closed {
    align-self: center;
  }
  .unit {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    min-width: 2.5ch;
  }
  .unit[hidden] {
    display: none;
  }
  .num,
  .state {
    font-size: var(--esfomo-countdown-number-size, 2em);
    font-weight: var(--esfomo-countdown-number-weight, bold);
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  .name,
  .local {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .due,
  .previous {
    font-size: 0.9em;
  }
  .local {
    display: block;
  }
  .placeholder {
    visibility: hidden;
  }
  @media print {
    /* Printed, a countdown is its deadline: no numbers, on one page. */
    .countdown {
      break-inside: avoid;
    }
    .remaining,
    .placeholder {
      display: none;
    }
  }
`;
