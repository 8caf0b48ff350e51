/**
 * A paper's authors, as `<esfomo-papers>` and a schedule row both print them: each name (a
 * link to their page when the feed gives one, as on the people cards) with its affiliation
 * in parentheses, separated by commas. Pure: the same authors print the same.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Person } from '../feed/types.js';

export function authorList(authors: Person[]): TemplateResult {
  return html`${authors.map(
    (a, i) =>
      html`${i ? ', ' : nothing}${a.url ? html`<a href=${a.url}>${a.name}</a>` : a.name}${
        a.affiliation ? html` <span class="affiliation">(${a.affiliation})</span>` : nothing
      }`,
  )}`;
}
