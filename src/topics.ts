import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EsfomoElement } from './shared/esfomo-element.js';
import type { Feed, Topic } from './feed/types.js';

/**
 * The call for papers' topics, as nested lists: a group's title in bold, its topics
 * in a list under it, to any depth, as the seed call-for-papers pages show them.
 *
 * @summary The call for papers' topics, nested.
 *
 * @csspart list - Every list (`ul`), the outer one and each group's.
 * @csspart topic - Every list item, plain topic or group.
 * @csspart group - A list item that holds a group (also has part `topic`).
 * @csspart group-title - A group's title.
 *
 * @cssprop [--esfomo-topics-marker=disc] - The marker of the outer list's items (`list-style-type`).
 * @cssprop [--esfomo-topics-nested-marker=circle] - The marker of nested lists' items.
 * @cssprop [--esfomo-topics-indent=1.5em] - How far each level is indented.
 * @cssprop [--esfomo-topics-gap=0.25em] - The space between items.
 * @cssprop [--esfomo-topics-title-weight=bold] - The weight of group titles.
 */
@customElement('esfomo-topics')
export class EsfomoTopics extends EsfomoElement<Topic[]> {
  static override styles = [
    ...EsfomoElement.styles,
    css`
      :host {
        --_item-gap: var(--esfomo-topics-gap, 0.25em);
      }
      ul {
        margin: 0;
        padding-inline-start: var(--esfomo-topics-indent, 1.5em);
        list-style-type: var(--esfomo-topics-marker, disc);
      }
      ul ul {
        list-style-type: var(--esfomo-topics-nested-marker, circle);
      }
      ul ul,
      li + li {
        margin-block-start: var(--_item-gap);
      }
      span {
        font-weight: var(--esfomo-topics-title-weight, bold);
      }
    `,
  ];

  protected readonly section = 'topics';

  protected override computeModel(feed: Feed): Topic[] {
    return feed.topics;
  }

  protected override renderModel(topics: Topic[]): unknown {
    return topics.length ? this.#list(topics) : nothing;
  }

  #list(topics: Topic[]): unknown {
    return html`<ul part="list">${topics.map((topic) =>
      typeof topic === 'string'
        ? html`<li part="topic">${topic}</li>`
        : html`<li part="topic group"><span part="group-title">${topic.title}</span> ${topic.items.length ? this.#list(topic.items) : nothing}</li>`,
    )}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'esfomo-topics': EsfomoTopics;
  }
}
