/**
 * What an element's docs table must list, read straight from custom-elements.json: for each
 * kind (Storybook's category), the public items of that kind with their descriptions. Properties
 * are the instance fields that no attribute stands for; nothing `#private`, `private` or
 * `protected` is public.
 */
import { CATEGORY, type ManifestDeclaration, type ManifestItem } from '../.storybook/arg-types.js';

export type Declaration = ManifestDeclaration & { superclass?: { name: string } };

export interface Row {
  name: string;
  description: string;
}

const isPublic = (item: ManifestItem) => !item.name.startsWith('#') && (item.privacy ?? 'public') === 'public';

/** The manifest's declarations, from the test server. */
export async function manifestDeclarations(): Promise<Declaration[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []);
}

/** The rows of each category of an element's table, in the manifest's order, each name once. */
export function expectedTable(declaration: Declaration): Record<string, Row[]> {
  const once = (items: ManifestItem[] | undefined, name = (i: ManifestItem) => i.name): Row[] => {
    const rows = new Map<string, Row>();
    for (const item of (items ?? []).filter(isPublic)) {
      const key = name(item);
      if (!rows.get(key)?.description) rows.set(key, { name: key, description: item.description ?? '' });
    }
    return [...rows.values()];
  };
  const attributes = new Set((declaration.attributes ?? []).map((a) => a.fieldName ?? a.name));
  return {
    [CATEGORY.attributes]: once(declaration.attributes),
    [CATEGORY.properties]: once(
      (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.attribute && !attributes.has(m.name)),
    ),
    [CATEGORY.events]: once(declaration.events),
    [CATEGORY.slots]: once(declaration.slots, (s) => s.name || '(default)'),
    [CATEGORY.cssProperties]: once(declaration.cssProperties),
    [CATEGORY.cssParts]: once(declaration.cssParts),
  };
}

/** The names of the members that are not public (`#…`, private, protected). */
export const hiddenMembers = (declaration: Declaration): string[] =>
  (declaration.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name);
