/**
 * The docs tables and controls of an element, made from its declaration in custom-elements.json.
 *
 * Storybook's own extractor (@storybook/web-components, `extractArgTypesFromElements`) keys
 * every kind by its bare name in one object, so a part or an event named like an attribute
 * overwrites that attribute's row (`day` of `<esfomo-schedule>`, `label` of `<esfomo-countdown>`);
 * it lists private and protected members as properties, and types parts and custom properties
 * as `void`, which gets them an object control. Here every item keeps its own row under its
 * kind: attributes and their properties by name, properties without an attribute by name, and
 * `event:…`, `slot:…`, `part:…` for the rest (custom properties are already `--…`). Only
 * attributes and properties of a simple type (string, number, boolean, a union of string
 * literals) have a control.
 */
import { getCustomElements } from '@storybook/web-components-vite';
import type { InputType, SBType, StrictArgTypes } from 'storybook/internal/types';

export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
  kind?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
  fieldName?: string;
  inheritedFrom?: { name: string; module?: string };
}

export interface ManifestDeclaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}

export interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/** The categories of the docs table, in Storybook's words, in the order the table shows them. */
export const CATEGORY = {
  attributes: 'attributes',
  properties: 'properties',
  events: 'events',
  slots: 'slots',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
} as const;

/** Every element's declaration in a manifest (custom-elements.json). */
export function elementDeclarations(manifest: Manifest | undefined = getCustomElements() as Manifest | undefined): ManifestDeclaration[] {
  return (manifest?.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/** A member that is not part of the element's public API: `#private`, `private` or `protected`. */
export const isHidden = (item: ManifestItem): boolean =>
  item.name.startsWith('#') || (item.privacy !== undefined && item.privacy !== 'public');

/** Each name once (the first with a description wins), without hidden members. */
function unique(items: ManifestItem[] | undefined): ManifestItem[] {
  const byName = new Map<string, ManifestItem>();
  for (const item of items ?? []) {
    if (typeof item?.name !== 'string' || isHidden(item)) continue;
    const seen = byName.get(item.name);
    if (!seen || (!seen.description && item.description)) byName.set(item.name, item);
  }
  return [...byName.values()];
}

/** The type Storybook can make a control of, for a TypeScript type such as `string | undefined` or `'grid' | 'row'`. */
export function simpleType(text: string | undefined): SBType | undefined {
  if (!text) return undefined;
  const alternatives = text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'undefined' && s !== 'null');
  if (alternatives.length === 1 && ['string', 'number', 'boolean'].includes(alternatives[0])) {
    return { name: alternatives[0] as 'string' | 'number' | 'boolean' };
  }
  if (alternatives.length && alternatives.every((s) => /^'[^']*'$|^"[^"]*"$/.test(s))) {
    return { name: 'enum', value: alternatives.map((s) => s.slice(1, -1)) };
  }
  return undefined;
}

function row(item: ManifestItem, category: string, name = item.name): InputType {
  const type = category === CATEGORY.attributes || category === CATEGORY.properties ? simpleType(item.type?.text) : undefined;
  return {
    name,
    description: item.description ?? '',
    // No type, no inferred control; a disabled one also stops one inferred from a story's args
    // (and, unlike `control: false`, offers no "Setup controls" link in the table).
    ...(type ? { type: { ...type, required: false } } : { control: { disable: true } }),
    table: {
      category,
      ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
  };
}

/** The argTypes of one element's declaration: every public item once, under its own kind. */
export function argTypesOf(declaration: ManifestDeclaration): StrictArgTypes {
  const argTypes: StrictArgTypes = {};
  const add = (key: string, input: InputType) => {
    if (!(key in argTypes)) argTypes[key] = input as StrictArgTypes[string];
  };
  const attributes = unique(declaration.attributes);
  const withAttribute = new Set(attributes.map((a) => a.fieldName ?? a.name));
  for (const attribute of attributes) add(attribute.name, row(attribute, CATEGORY.attributes));
  for (const member of unique(declaration.members)) {
    // Fields only (methods are not set from a story), of an instance, that no attribute already stands for.
    if (member.kind !== 'field' || member.static || member.attribute || withAttribute.has(member.name)) continue;
    add(member.name in argTypes ? `property:${member.name}` : member.name, row(member, CATEGORY.properties));
  }
  for (const event of unique(declaration.events)) add(`event:${event.name}`, row(event, CATEGORY.events));
  for (const slot of unique(declaration.slots)) add(`slot:${slot.name || 'default'}`, row(slot, CATEGORY.slots, slot.name || '(default)'));
  for (const property of unique(declaration.cssProperties)) add(property.name, row(property, CATEGORY.cssProperties));
  for (const part of unique(declaration.cssParts)) add(`part:${part.name}`, row(part, CATEGORY.cssParts));
  return argTypes;
}

/** `parameters.docs.extractArgTypes`: the argTypes of the element with this tag, from the catalogue's manifest. */
export function extractArgTypes(tagName: string): StrictArgTypes | null {
  const declaration = elementDeclarations().find((d) => d.tagName === tagName);
  return declaration ? argTypesOf(declaration) : null;
}

/**
 * The custom properties every element reads: those each element inherits from the shared base
 * class, each with its own description and default.
 */
export function sharedCssProperties(manifest?: Manifest): ManifestItem[] {
  const shared = elementDeclarations(manifest).flatMap((d) => (d.cssProperties ?? []).filter((p) => p.inheritedFrom));
  return unique(shared);
}
