import { css } from 'lit';

/** The countdown's own styles, after the shared ones. */
export const countdownStyles = css`
      :host {
        --_number-size: var(--esfomo-countdown-number-size, 2em);
        --_number-weight: var(--esfomo-countdown-number-weight, bold);
        --_label-weight: var(--esfomo-countdown-label-weight, bold);
        --_unit-gap: var(--esfomo-countdown-gap, 0.75em);
      }
      .countdown {
        display: flex;
        flex-direction: column;
        gap: 0.25em;
      }
      p {
        margin: 0;
      }
      .label {
        font-weight: var(--_label-weight);
      }
      .remaining {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_unit-gap);
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
        font-size: var(--_number-size);
        font-weight: var(--_number-weight);
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
      /* The numbers' place, kept before they come (and once closed): an invisible copy of their size. */
      .stack {
        display: grid;
        align-items: center;
      }
      .stack > * {
        grid-area: 1 / 1;
      }
      .placeholder {
        visibility: hidden;
      }
      .closed {
        font-weight: var(--_label-weight);
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
