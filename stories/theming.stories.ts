import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/feed.js';
import { elementDeclarations, sharedCssProperties } from '../.storybook/arg-types.js';
import { programme, seedFeed } from './support.js';

type Args = Record<string, string>;

interface Property {
  name: string;
  default: string;
  description: string;
  category: 'Shared properties' | 'Element properties';
}

/** The properties every element reads (from the shared base class), as custom-elements.json describes them. */
const sharedProperties = (): Property[] =>
  sharedCssProperties().map((p) => ({
    name: p.name,
    default: p.default ?? '',
    description: p.description ?? '',
    category: 'Shared properties',
  }));

/** Each element's own properties, from custom-elements.json. */
function elementProperties(): Property[] {
  return elementDeclarations().flatMap((el) =>
    (el.cssProperties ?? [])
      .filter((p) => !p.inheritedFrom)
      .map((p): Property => ({
        name: p.name,
        default: p.default ?? '',
        description: `<${el.tagName}>: ${p.description ?? ''}`,
        category: 'Element properties',
      })),
  );
}

const PROPERTIES = [...sharedProperties(), ...elementProperties()];

const isColour = (name: string) => /color|accent|background|surface/.test(name);

const argTypes: ArgTypes<Args> = Object.fromEntries(
  PROPERTIES.map((p) => [
    p.name,
    {
      name: p.name,
      description: p.description,
      control: isColour(p.name) ? 'color' : 'text',
      table: { category: p.category, defaultValue: { summary: p.default } },
    },
  ]),
);

/** The properties that were given a value, as CSS. */
function declarations(args: Args): Record<string, string> {
  return Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--esfomo-') && value));
}

/**
 * The elements take the page's font and colours, and every `--esfomo-*` custom property
 * changes them live: set some in the controls below, and copy the CSS they make.
 */
export default {
  title: 'Theming',
  argTypes,
  args: Object.fromEntries(PROPERTIES.map((p) => [p.name, ''])),
  parameters: { controls: { expanded: true, sort: 'none' } },
  render: (args) => {
    const set = declarations(args);
    const css = Object.keys(set).length
      ? `esfomo-feed {\n${Object.entries(set)
          .map(([name, value]) => `  ${name}: ${value};`)
          .join('\n')}\n}`
      : '/* Every property at its default: set some in the controls. */';
    return html`<div class="themed">
      <pre aria-label="The CSS of this theme"><code>${css}</code></pre>
      <esfomo-feed src=${seedFeed('esfomo-2023')} style=${styleMap(set)}>${programme({ deadline: 'submission' })}</esfomo-feed>
    </div>`;
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Every property at its default: the elements look like the page around them. */
export const Defaults: Story = {};

/** A theme made of the properties alone. */
export const CustomProperties: Story = {
  name: 'Custom properties',
  args: {
    '--esfomo-accent': '#7b2d8e',
    '--esfomo-link-color': '#7b2d8e',
    '--esfomo-border-color': '#c9b3d1',
    '--esfomo-surface': '#faf5fc',
    '--esfomo-radius': '0',
    '--esfomo-gap': '1.25rem',
    '--esfomo-topics-marker': 'square',
    '--esfomo-topics-nested-marker': '"– "',
    '--esfomo-topics-indent': '2.5em',
    '--esfomo-topics-title-weight': '600',
  },
};

/** A plain page with a serif font: the elements inherit it, with no property set. */
export const SerifPage: Story = {
  name: 'Serif page',
  decorators: [
    (
      story,
    ) => html`<article style="font-family: Georgia, 'Times New Roman', serif; font-size: 18px; line-height: 1.5; color: #2b2b2b; background: #fffdf7; padding: 1.5rem; max-width: 46rem">
      <h2>ES-FoMo @ ICML 2023</h2>
      <p>A workshop page in a serif font: the programme below uses the page's own type and colour.</p>
      ${story()}
    </article>`,
  ],
};

/** A dark page: the elements take its light text, and its colour scheme for links. */
export const DarkPage: Story = {
  name: 'Dark page',
  parameters: { backgrounds: { disable: true } },
  decorators: [
    (
      story,
    ) => html`<article style="color-scheme: dark; font-family: system-ui, sans-serif; color: #e8e6e3; background: #15171c; padding: 1.5rem">
      <h2>ES-FoMo @ ICML 2023</h2>
      <p>A dark page: no property set, the elements follow its colours.</p>
      ${story()}
    </article>`,
  ],
};
