import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EsfomoElement } from '../shared/esfomo-element.js';
import { singular, warnOnce, words } from '../shared/attributes.js';
import type { Feed, Paper } from '../feed/types.js';
import { authorList } from './markup.js';
import { papersStyles } from './styles.js';

/** The kinds the contract names, in the order their groups show; any other kind follows, in the feed's order. */
const ORDER = ['oral', 'spotlight', 'poster'];
const TITLES: Record<string, string> = { oral: 'Orals', spotlight: 'Spotlights', poster: 'Posters' };
/** More papers than this, and a text filter shows above them. */
const FILTER_FROM = 20;

/** One paper as the list shows it, with the text the filter searches (worked out once per feed). */
interface Entry {
  paper: Paper;
  /** Title and authors' names, in lower case and without accents. */
  haystack: string;
  /** `Poster 12`, or the board's label as written when it already says poster. */
  board?: string;
}

interface Group {
  key: string;
  title: string;
  entries: Entry[];
}

/** What the element shows: computed once per change of the feed, `kind`, `heading-level` or the language. */
interface PapersModel {
  groups: Group[];
  /** How many papers the groups hold. */
  total: number;
  /** The text filter shows (more than twenty papers). */
  filterable: boolean;
  level: number;
  /** Shown instead of the groups when there is no paper to show. */
  empty?: string;
}

/** Lower case, accents dropped: `Zoë` is found by `zoe`. */
const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The accepted papers, grouped by kind: orals, spotlights, posters, then any other kind the
 * feed uses (each group under its title: Orals, Spotlights, Posters, other kinds capitalised;
 * papers without a kind last). Each paper shows its title (a link to its page), its authors
 * (a person of `people` by name with affiliation, linked to their page; inline people and
 * plain names as written), small links to its PDF and code, its poster board and an award
 * when the feed gives them, and its abstract behind a disclosure.
 *
 * `kind` shows only some kinds (`kind="oral spotlight"`). Above twenty papers a search field
 * filters them by title and author as one types; a polite live region says how many show.
 * Rendered at build time, the field stays hidden in its room until the element is defined:
 * a reader without JavaScript meets no field that does nothing.
 *
 * @summary The accepted papers, grouped by kind.
 *
 * @csspart filter - The text filter's row: its label, the search field and the count.
 * @csspart filter-input - The search field (`input type="search"`).
 * @csspart count - The number of papers shown (a polite live region), beside the search field.
 * @csspart group - Each group of papers of one kind (`section`).
 * @csspart group-title - A group's title (Orals, Spotlights, Posters, …).
 * @csspart list - The list of a group's papers (`ul`).
 * @csspart paper - One paper (`li`).
 * @csspart title - A paper's title (a link inside when the feed gives its page).
 * @csspart authors - A paper's authors.
 * @csspart meta - The line of small links and labels under the authors.
 * @csspart pdf - The link to the paper's PDF.
 * @csspart code - The link to the paper's code.
 * @csspart poster - The paper's poster board (Poster 12).
 * @csspart award - The paper's award.
 * @csspart abstract - The disclosure (`details`) that holds the abstract.
 * @csspart empty - The line shown when there is no paper to show.
 *
 * @cssprop [--esfomo-papers-gap=0.9em] - The space between papers.
 * @cssprop [--esfomo-papers-group-gap=1.5em] - The space between groups.
 * @cssprop [--esfomo-papers-heading-size=1.1em] - The font size of group titles.
 * @cssprop [--esfomo-papers-title-weight=600] - The weight of paper titles.
 * @cssprop [--esfomo-papers-meta-size=0.875em] - The font size of the links line, the count and the abstract's toggle.
 * @cssprop [--esfomo-papers-award-color=inherit] - The colour of an award.
 */
@customElement('esfomo-papers')
export class EsfomoPapers extends EsfomoElement<PapersModel> {
  static override styles = [...EsfomoElement.styles, papersStyles];

  protected readonly section = 'papers';

  /**
   * Shows only papers of these kinds (`oral`, `spotlight`, `poster`, or any word the feed uses),
   * compared without regard to case or a plural's `s`; several words, separated by spaces or
   * commas, show papers of any of them. Without it, every paper.
   */
  @property() kind?: string;

  /** The heading level (1 to 6) of the group titles, to fit the page's outline. Default: 3. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /**
   * What the text filter holds: a change filters the list shown, without redoing the model.
   * @internal
   */
  @state() query = '';

  protected override get liveProperties(): readonly PropertyKey[] {
    return ['query'];
  }

  #level = 3;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      const raw = this.headingLevel?.trim();
      const n = Number(raw);
      this.#level = raw === undefined || raw === '' ? 3 : Number.isInteger(n) && n >= 1 && n <= 6 ? n : 3;
      if (this.#level !== n && raw) warnOnce(this, `heading-level="${raw}" is not a number from 1 to 6; 3 is used`);
    }
    super.willUpdate(changed);
  }

  protected override computeModel(feed: Feed): PapersModel {
    const wanted = new Set(words(this.kind).map(singular));
    const groups = new Map<string, Group>();
    for (const paper of feed.papers) {
      const key = paper.kind ? singular(paper.kind) : '';
      if (wanted.size && !wanted.has(key)) continue;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, title: key ? (TITLES[key] ?? capitalised(paper.kind!)) : 'Other papers', entries: [] }));
      const poster = paper.poster?.trim();
      group.entries.push({
        paper,
        haystack: folded([paper.title, ...paper.authors.map((a) => a.name)].join('\n')),
        board: poster ? (/^poster\b/i.test(poster) ? poster : `Poster ${poster}`) : undefined,
      });
    }
    const rank = (key: string) => (key === '' ? ORDER.length + 1 : ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
    const sorted = [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key));
    if (sorted.length === 1 && sorted[0].key === '') sorted[0].title = 'Papers';
    const total = sorted.reduce((n, g) => n + g.entries.length, 0);
    return {
      groups: sorted,
      total,
      filterable: total > FILTER_FROM,
      level: this.#level,
      empty: total
        ? undefined
        : feed.papers.length
          ? `No papers of the kind asked for (${[...wanted].join(', ')}).`
          : 'No accepted papers are listed yet.',
    };
  }

  protected override renderModel(model: PapersModel): unknown {
    if (model.empty) return html`<p class="empty" part="empty">${model.empty}</p>`;
    const terms = model.filterable ? folded(this.query).split(/\s+/).filter(Boolean) : [];
    const shows = (entry: Entry) => terms.every((t) => entry.haystack.includes(t));
    let shown = 0;
    const groups = model.groups.map((group, g) => {
      const visible = group.entries.map(shows);
      const count = visible.filter(Boolean).length;
      shown += count;
      return html`<section part="group" ?hidden=${count === 0} aria-labelledby="group-${g}"><div class="heading" part="group-title" role="heading" aria-level=${model.level} id="group-${g}">${group.title}</div><ul part="list">${group.entries.map((entry, i) => this.#paper(entry, !visible[i]))}</ul></section>`;
    });
    return html`${
      model.filterable
        ? html`<div class="filter" part="filter"><label for="filter">Filter papers by title or author</label><input id="filter" type="search" part="filter-input" autocomplete="off" @input=${this.#onInput} /><p class="count" part="count" role="status" aria-live="polite">${shown === 1 ? '1 paper shown' : `${shown} papers shown`}</p></div>`
        : nothing
    }${groups}`;
  }

  #paper({ paper, board }: Entry, hidden: boolean): TemplateResult {
    const { title, pdf, code, award } = paper;
    const link = (part: string, text: string, href?: string) =>
      href ? html`<a part=${part} href=${href}>${text}<span class="visually-hidden"> of ${title}</span></a>` : nothing;
    return html`<li part="paper" ?hidden=${hidden}><p class="title" part="title">${paper.url ? html`<a href=${paper.url}>${title}</a>` : title}</p>${
      paper.authors.length ? html`<p part="authors">${authorList(paper.authors)}</p>` : nothing
    }${
      pdf || code || board || award
        ? html`<p class="meta" part="meta">${link('pdf', 'PDF', pdf)}${link('code', 'Code', code)}${board ? html`<span part="poster">${board}</span>` : nothing}${
            award ? html`<span class="award" part="award">${award}</span>` : nothing
          }</p>`
        : nothing
    }${
      paper.abstract
        ? html`<details part="abstract"><summary>Abstract<span class="visually-hidden"> of ${title}</span></summary><p>${paper.abstract}</p></details>`
        : nothing
    }</li>`;
  }

  #onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-papers': EsfomoPapers;
  }
}
