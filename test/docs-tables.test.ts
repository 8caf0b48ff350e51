// What the catalogue's docs pages and controls say about each element: its stories' argTypes,
// composed as Storybook composes them (test/story-files.ts), against custom-elements.json.
// Every attribute, property, event, slot, part and custom property appears once, under its own
// kind and with its own description; nothing private or protected appears; only attributes and
// properties of a simple type have a control. And the stories' names spell the workshops as
// their feeds do.
import { expect } from '@open-wc/testing';
import type { StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import { CATEGORY } from '../.storybook/arg-types.js';
import { expectedTable, hiddenMembers, manifestDeclarations } from './manifest-tables.js';
import { storyFiles, type StoryFile } from './story-files.js';

const declarations = await manifestDeclarations();
const files = await storyFiles();

/** The story files of elements (a `component` tag), with the element's declaration. */
const elementFiles = files
  .filter((f) => typeof f.meta?.component === 'string')
  .map((f) => ({
    file: f,
    tag: f.meta!.component as unknown as string,
    declaration: declarations.find((d) => d.tagName === f.meta!.component)!,
  }));

/** The rows of a story's table: argTypes shown in the table (not disabled), as [category, name, argType]. */
function rows(argTypes: StrictArgTypes): [string, string, StrictInputType][] {
  return Object.values(argTypes)
    .filter((a) => a.table?.disable !== true)
    .map((a) => [String(a.table?.category ?? ''), a.name, a]);
}

const first = (file: StoryFile) => file.stories[0][1];

/** The one row of `name` under `category`. */
function rowOf(argTypes: StrictArgTypes, category: string, name: string): StrictInputType {
  const found = rows(argTypes).filter(([c, n]) => c === category && n === name);
  expect(found.length, `${name} under ${category}`).to.equal(1);
  return found[0][2];
}

const hasControl = (a: StrictInputType) => !!a.control && (a.control as { disable?: boolean }).disable !== true;

describe('the docs tables and controls of each element', () => {
  it('exist for every element with stories', () => {
    expect(elementFiles.map((e) => e.tag)).to.include.members([
      'esfomo-schedule',
      'esfomo-countdown',
      'esfomo-people',
      'esfomo-dates',
      'esfomo-topics',
      'esfomo-feed',
    ]);
    for (const { tag, declaration } of elementFiles) expect(declaration, `${tag} is in custom-elements.json`).to.not.equal(undefined);
  });

  it('list <esfomo-schedule> `day` once as an attribute and once as a part, each with its own description', () => {
    const { file, declaration } = elementFiles.find((e) => e.tag === 'esfomo-schedule')!;
    const argTypes = first(file).argTypes;
    const attribute = rowOf(argTypes, CATEGORY.attributes, 'day');
    const part = rowOf(argTypes, CATEGORY.cssParts, 'day');
    expect(attribute.description).to.equal(declaration.attributes!.find((a) => a.name === 'day')!.description);
    expect(part.description).to.equal(declaration.cssParts!.find((p) => p.name === 'day')!.description);
    expect(hasControl(attribute), 'the attribute has a control').to.equal(true);
    expect(hasControl(part), 'the part has none').to.equal(false);
  });

  it("list <esfomo-countdown>'s `due`, `label`, `previous` and `tbd` as attributes, and as parts only where they are parts", () => {
    const { file, declaration } = elementFiles.find((e) => e.tag === 'esfomo-countdown')!;
    const argTypes = first(file).argTypes;
    for (const name of ['due', 'label', 'previous', 'tbd']) {
      const attribute = rowOf(argTypes, CATEGORY.attributes, name);
      expect(attribute.description, name).to.equal(declaration.attributes!.find((a) => a.name === name)!.description);
      expect(hasControl(attribute), `${name} has a control`).to.equal(true);
      const part = declaration.cssParts!.find((p) => p.name === name);
      const partRows = rows(argTypes).filter(([c, n]) => c === CATEGORY.cssParts && n === name);
      expect(partRows.length, `${name} as a part`).to.equal(part ? 1 : 0);
      if (part) expect(partRows[0][2].description).to.equal(part.description);
    }
    expect(rowOf(argTypes, CATEGORY.attributes, 'tbd').control).to.deep.include({ type: 'boolean' });
  });

  for (const { file, tag, declaration } of elementFiles) {
    describe(`<${tag}>`, () => {
      it('lists every attribute, property, event, slot, custom property and part once, under its kind, with its description', () => {
        const expected = expectedTable(declaration);
        const sorted = (rows: { name: string; description: string }[]) => [...rows].sort((a, b) => a.name.localeCompare(b.name));
        for (const [, story] of file.stories) {
          const table = rows(story.argTypes);
          for (const [category, wanted] of Object.entries(expected)) {
            const shown = table.filter(([c]) => c === category).map(([, name, a]) => ({ name, description: a.description ?? '' }));
            expect(sorted(shown), `${story.id}: ${category}`).to.deep.equal(sorted(wanted));
          }
        }
      });

      it('lists nothing private or protected, and no object control for `feed`', () => {
        const hidden = hiddenMembers(declaration);
        for (const [, story] of file.stories) {
          const names = rows(story.argTypes).map(([, n]) => n);
          expect(
            names.filter((n) => n.startsWith('#') || n === 'feedController'),
            story.id,
          ).to.deep.equal([]);
          const members = rows(story.argTypes)
            .filter(([c]) => c === CATEGORY.attributes || c === CATEGORY.properties)
            .map(([, n]) => n);
          expect(
            members.filter((n) => hidden.includes(n)),
            `${story.id}: private or protected members`,
          ).to.deep.equal([]);
        }
        if (declaration.members?.some((m) => m.name === 'feed')) {
          expect(hasControl(rowOf(first(file).argTypes, CATEGORY.properties, 'feed')), 'an object property has no control').to.equal(false);
        }
      });

      it('gives a control to attributes of a simple type only: none to parts, events, slots or custom properties', () => {
        const noControl: string[] = [CATEGORY.events, CATEGORY.slots, CATEGORY.cssProperties, CATEGORY.cssParts];
        // Storybook gives controls to the stories whose render reads args.
        const argsStories = file.stories.filter(([, story]) => story.parameters.__isArgsStory);
        expect(argsStories.length, 'stories with controls').to.be.greaterThan(0);
        for (const [, story] of argsStories) {
          for (const [category, name, argType] of rows(story.argTypes)) {
            if (noControl.includes(category)) expect(hasControl(argType), `${story.id}: ${category} ${name}`).to.equal(false);
          }
          for (const attribute of declaration.attributes ?? []) {
            const simple = /^(string|boolean|number)( \| (undefined|null))?$|^'[^']*'( \| '[^']*')*( \| (undefined|null))?$/.test(
              attribute.type?.text ?? '',
            );
            expect(
              hasControl(rowOf(story.argTypes, CATEGORY.attributes, attribute.name)),
              `${story.id}: ${attribute.name} (${attribute.type?.text})`,
            ).to.equal(simple);
          }
        }
      });
    });
  }

  it('describe each shared custom property in its own words, on every element that shows a feed', () => {
    const base = declarations.find((d) => d.name === elementFiles.find((e) => e.tag === 'esfomo-schedule')!.declaration.superclass?.name);
    const shared = base?.cssProperties ?? [];
    expect(
      shared.map((p) => p.name),
      'the shared base class documents its custom properties',
    ).to.include.members([
      '--esfomo-accent',
      '--esfomo-muted-color',
      '--esfomo-border-color',
      '--esfomo-surface',
      '--esfomo-radius',
      '--esfomo-gap',
      '--esfomo-link-color',
      '--esfomo-message-accent',
      '--esfomo-message-background',
    ]);
    const descriptions = shared.map((p) => p.description ?? '');
    expect(new Set(descriptions).size, 'a description of its own for each').to.equal(shared.length);
    for (const { file, tag } of elementFiles.filter((e) => e.tag !== 'esfomo-feed')) {
      for (const p of shared)
        expect(rowOf(first(file).argTypes, CATEGORY.cssProperties, p.name).description, `${tag}: ${p.name}`).to.equal(p.description);
    }
    const theming = files.find((f) => f.meta?.title === 'Theming')!;
    for (const p of shared) {
      const row = first(theming).argTypes[p.name];
      expect(row?.description, `Theming: ${p.name}`).to.equal(p.description);
      expect(row?.table?.defaultValue?.summary ?? '', `Theming: ${p.name}'s default`).to.equal(p.default ?? '');
    }
  });
});

describe("the stories' names", () => {
  it('spell each workshop as its feed does (ES-FoMo, WANT)', async () => {
    const names = new Set<string>();
    for (const seed of ['esfomo-2023', 'want-2023']) {
      const feed = (await (await fetch(`/demo/feeds/${seed}.json`)).json()) as { workshop: { name: string } };
      names.add(feed.workshop.name);
    }
    expect(names.size).to.equal(2);
    for (const name of names) {
      // The letters of the name, in any case, with or without spaces or hyphens between them.
      const loose = new RegExp(`\\b${[...name.replace(/[^A-Za-z]/g, '')].join('[\\s-]*')}\\b`, 'gi');
      for (const file of files) {
        for (const [exportName, story] of file.stories) {
          for (const match of story.storyName.matchAll(loose))
            expect(match[0], `${file.path} ${exportName}: "${story.storyName}"`).to.equal(name);
        }
      }
    }
  });
});
