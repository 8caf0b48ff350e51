import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { EsfomoElement } from './shared/esfomo-element.js';
import { parseEnum, singular, warnOnce, warnOncePerPage, words } from './shared/attributes.js';
import { avatarClass, avatarPalette, initials } from './shared/avatar.js';
import type { Feed, Person } from './feed/types.js';

export type PeopleLayout = 'grid' | 'row';
const LAYOUTS: readonly PeopleLayout[] = ['grid', 'row'];

/** What a card needs beyond the person, worked out once per feed and filter. */
interface Card {
  person: Person;
  initials: string;
  /** The avatar's colour, as a class of the palette (no style attribute: CSP-safe). */
  hue: string;
}

/** A role word as compared: lower case, and a plural's `s` dropped (`Speakers` is `speaker`). */
const roleWord = singular;

/** The role words of an attribute value: separated by spaces or commas. */
function roleWords(value: string | null | undefined): string[] {
  return words(value).map(roleWord);
}

/** What the element shows for a feed: worked out once per change of the feed, the filter, the language, the layout or the link target. */
interface PeopleModel {
  cards: Card[];
  layout: PeopleLayout;
  target?: string;
  rel?: string;
}

/**
 * People cards, as the seed sites' "the speakers", "the panelists" and "the organizers"
 * sections show them: a photo, the name (a link to their page when the feed gives one),
 * the affiliation, and the bio behind a disclosure. People are ordered by `importance`
 * (ascending, people without one last), then by name.
 *
 * A person without a photo, or whose photo does not load, gets an initials avatar in a
 * colour derived from their name. When no one has the role asked for, the element shows
 * nothing and takes no space; it then matches `:state(empty)`, so a page can hide the
 * heading above it (`section:has(esfomo-people:state(empty))`).
 *
 * Write `roles="speaker"`: the older `role="speaker"` still filters the same way, but `role` is
 * ARIA's global attribute, and accessibility checkers (axe's rule aria-roles) report it as an
 * unknown ARIA role.
 *
 * @summary A grid of people cards.
 *
 * @csspart grid - The list of cards (`ul`), in either layout.
 * @csspart card - One person's card (`li`).
 * @csspart photo - The box of the photo or of the initials avatar (its shape and size).
 * @csspart name - The person's name (a link inside when the feed gives their page).
 * @csspart affiliation - The person's affiliation.
 * @csspart bio - The disclosure (`details`) that holds the bio.
 *
 * @cssprop [--esfomo-people-card-width=11rem] - The narrowest a card may be in the grid layout; columns fit the space.
 * @cssprop [--esfomo-people-row-card-width=20rem] - The narrowest a card may be in the row layout.
 * @cssprop [--esfomo-people-photo-size=9rem] - The widest a photo may be.
 * @cssprop [--esfomo-people-row-photo-share=0.32] - The photo's share of a card's width in the row layout, a number (0.32 is 32%; at most the photo size).
 * @cssprop [--esfomo-people-photo-radius=50%] - The photo's corners: `50%` is al-folio's round photo, `0` a square one.
 * @cssprop [--esfomo-people-photo-ratio=1] - The photo's aspect ratio (width / height), fixed so nothing shifts as photos load.
 * @cssprop [--esfomo-people-initials-color=#fff] - The colour of an initials avatar's letters.
 * @cssprop [--esfomo-people-avatar-background] - One background for every initials avatar, instead of a colour per name.
 * @cssprop [--esfomo-people-card-border=1px solid the shared border colour] - A card's border (`none` for bare cards).
 * @cssprop [--esfomo-people-card-padding=0.75rem] - The space inside a card.
 */
@customElement('esfomo-people')
export class EsfomoPeople extends EsfomoElement<PeopleModel> {
  static override styles = [
    ...EsfomoElement.styles,
    // One container, the host: a card is laid out as a grid of its own (the photo, then the
    // text), and the initials are an SVG that scales with its box, so no card is a container.
    css`
      :host {
        --_photo-size: var(--esfomo-people-photo-size, 9rem);
        container: people / inline-size;
      }
      ul {
        display: grid;
        /* A card is as tall as its own content: an opened bio does not stretch its neighbours. */
        align-items: start;
        grid-template-columns: repeat(auto-fill, minmax(min(var(--esfomo-people-card-width, 11rem), 100%), 1fr));
        gap: var(--_gap);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .row {
        grid-template-columns: repeat(auto-fill, minmax(min(var(--esfomo-people-row-card-width, 20rem), 100%), 1fr));
      }
      li {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0.5rem;
        align-content: start;
        min-width: 0;
        padding: var(--esfomo-people-card-padding, 0.75rem);
        border: var(--esfomo-people-card-border, 1px solid var(--_border));
        border-radius: var(--_radius);
        background: var(--_surface);
        text-align: center;
        overflow-wrap: anywhere;
        /* Cards far off screen are not laid out or painted until they come near (hundreds of people stay cheap). */
        content-visibility: auto;
        contain-intrinsic-block-size: auto 14rem;
      }
      .row li {
        gap: var(--_gap);
        contain-intrinsic-block-size: auto 9rem;
      }
      .photo {
        display: block;
        width: min(100%, var(--_photo-size));
        margin-inline: auto;
        aspect-ratio: var(--esfomo-people-photo-ratio, 1);
        border-radius: var(--esfomo-people-photo-radius, 50%);
        object-fit: cover;
        background: color-mix(in srgb, currentColor 8%, transparent);
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .initials {
        background: var(--esfomo-people-avatar-background, var(--_avatar));
        user-select: none;
      }
      /* 36 units of the 100 the box is wide: 36% of the photo's width, in every layout. */
      text {
        fill: var(--esfomo-people-initials-color, #fff);
        font-size: 36px;
        font-weight: 600;
        letter-spacing: 0.02em;
        text-anchor: middle;
        dominant-baseline: central;
      }
      p {
        margin: 0;
      }
      .name {
        font-weight: 600;
      }
      .affiliation {
        color: var(--_muted);
        font-size: 0.95em;
      }
      summary {
        cursor: pointer;
        width: fit-content;
        margin-inline: auto;
        font-size: 0.9em;
      }
      details p {
        margin-block-start: 0.35em;
        font-size: 0.9em;
        text-align: start;
        white-space: pre-line;
      }
      /* A row card has the photo beside the text, unless it is too narrow for that (a card's
         content under 15rem: with the default widths, only on an element under 16.625rem, where
         a card is as wide as the element); then it stacks them, as al-folio's does on phones. */
      @container people (width >= 16.625rem) {
        .row li {
          grid-template-columns: min(calc(var(--esfomo-people-row-photo-share, 0.32) * 100%), var(--_photo-size)) minmax(0, 1fr);
          align-items: start;
          text-align: start;
        }
        .row .photo {
          width: 100%;
        }
        .row summary {
          margin-inline: 0;
        }
      }
      /* On a phone (a narrow element), two cards or more a row, with smaller photos. */
      @container people (width < 32rem) {
        ul:not(.row) {
          grid-template-columns: repeat(auto-fill, minmax(min(var(--esfomo-people-card-width, 11rem), 9rem, 100%), 1fr));
          --_photo-size: min(var(--esfomo-people-photo-size, 9rem), 6rem);
        }
      }
      @media print {
        li {
          break-inside: avoid;
          content-visibility: visible;
        }
      }
    `,
    avatarPalette,
  ];

  protected readonly section = 'people';

  /**
   * Shows only people with one of these roles (`speaker`, `panelist`, `organizer`, `moderator`,
   * or any word the feed uses), compared without regard to case or a plural's `s`. Several
   * words, separated by spaces or commas, show people with any of them. Without it, everyone.
   */
  @property() roles?: string;

  /** The older spelling of `roles`; it still works (the console says once per page to write `roles`), but it is ARIA's attribute, and checkers report `role="speaker"` as an unknown role. */
  @property({ reflect: true }) override role!: string | null;

  #layout: PeopleLayout = 'grid';

  /**
   * `grid` (cards in columns that fit the space) or `row` (al-folio's horizontal cards: the photo beside the text). Any other value is taken as `grid`, with a console warning.
   * @default 'grid'
   */
  @property()
  get layout(): 'grid' | 'row' {
    return this.#layout;
  }
  set layout(value: string | null | undefined) {
    const { value: layout, problem } = parseEnum('layout', value, LAYOUTS, 'grid');
    if (problem) warnOnce(this, problem);
    this.#layout = layout;
  }

  /** Where the name links open, as a link's `target` (`_blank` for a new tab). By default, in the same tab. */
  @property() target?: string;

  #internals: ElementInternals = this.attachInternals();
  /** People whose photo failed to load: they get the initials avatar. */
  #broken = new WeakSet<Person>();
  #memo?: { people: Person[]; filter: string; locale: string; cards: Card[] };

  protected override computeModel(feed: Feed): PeopleModel {
    const target = this.target || undefined;
    return {
      cards: this.#cards(feed.people),
      layout: this.layout,
      target,
      rel: target && target !== '_self' ? 'noopener' : undefined,
    };
  }

  protected override renderModel({ cards, layout, target, rel }: PeopleModel): unknown {
    if (cards.length === 0) return nothing;
    return html`<ul part="grid" class=${layout}>${cards.map((card) => this.#card(card, target, rel))}</ul>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.role) {
      warnOncePerPage(
        `<esfomo-people role="${this.role}">: write roles="${this.role}" instead; role is ARIA's attribute, and accessibility checkers report it as an unknown role (role still works).`,
        'people role',
      );
    }
    const view = this.view;
    try {
      if (view.kind === 'model' && view.model.cards.length === 0) this.#internals.states.add('empty');
      else this.#internals.states.delete('empty');
    } catch {
      // A browser without custom states only misses the :state(empty) hook.
    }
  }

  /** The people to show, filtered and ordered; the same list until the feed, the filter or the language change. */
  #cards(people: Person[]): Card[] {
    const wanted = [...roleWords(this.role), ...roleWords(this.roles)];
    const filter = wanted.join(' ');
    const locale = this.locale;
    const memo = this.#memo;
    if (memo && memo.people === people && memo.filter === filter && memo.locale === locale) return memo.cards;

    const roles = new Set(wanted);
    const chosen = roles.size ? people.filter((p) => p.roles.some((r) => roles.has(roleWord(r)))) : people.slice();
    // The locale is one Intl can use (src/shared/locale.ts): the collator cannot throw.
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    // Infinity - Infinity is NaN, which is falsy: two people without importance fall through to their names.
    chosen.sort((a, b) => (a.importance ?? Infinity) - (b.importance ?? Infinity) || collator.compare(a.name, b.name));
    const cards = chosen.map((person) => ({ person, initials: initials(person.name), hue: avatarClass(person.name) }));
    this.#memo = { people, filter, locale, cards };
    return cards;
  }

  #card(card: Card, target: string | undefined, rel: string | undefined): unknown {
    const p = card.person;
    // The photo is its own box (part photo); without one, the initials are an SVG of that box.
    const photo =
      p.photo && !this.#broken.has(p)
        ? html`<img class="photo" part="photo" src=${p.photo} alt="" loading="lazy" decoding="async" @error=${(e: Event) => this.#photoFailed(e, p)} />`
        : html`<svg class="photo initials ${card.hue}" part="photo" viewBox="0 0 100 100" aria-hidden="true"><text x="50" y="50">${card.initials}</text></svg>`;
    return html`<li part="card">${photo}<div><p class="name" part="name">${
      p.url ? html`<a href=${p.url} target=${target ?? nothing} rel=${rel ?? nothing}>${p.name}</a>` : p.name
    }</p>${p.affiliation ? html`<p class="affiliation" part="affiliation">${p.affiliation}</p>` : nothing}${
      p.bio
        ? html`<details part="bio"><summary>Bio<span class="visually-hidden"> of ${p.name}</span></summary><p>${p.bio}</p></details>`
        : nothing
    }</div></li>`;
  }

  /** A photo that failed: that person gets the initials avatar from now on (for this feed). */
  #photoFailed(event: Event, person: Person): void {
    const img = event.currentTarget as HTMLImageElement;
    // A late error from a photo this <img> showed before (cards are reused) is not this person's.
    if (img.getAttribute('src') !== person.photo) return;
    this.#broken.add(person);
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-people': EsfomoPeople;
  }
}
