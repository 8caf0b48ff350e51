/**
 * Every `stories/*.stories.ts` file, imported and composed as Storybook composes it: its meta,
 * its stories with their args, decorators and loaders, and the catalogue's shared annotations.
 * The list of files comes from the test server (scripts/stories-plugin.mjs), so a new story
 * file is picked up with no change here.
 */
import { composeStories } from 'storybook/preview-api';
import { setCustomElementsManifest, setProjectAnnotations, type Meta } from '@storybook/web-components-vite';
import type { StrictArgTypes } from 'storybook/internal/types';
// The renderer's argTypes entry, which Storybook loads before preview.ts (see @storybook/web-components' preset).
import * as rendererArgTypes from '@storybook/web-components/entry-preview-argtypes';
import annotations from '../.storybook/annotations.js';

export interface ComposedStory {
  id: string;
  storyName: string;
  /** The story's argTypes, as its docs table and controls show them. */
  argTypes: StrictArgTypes;
  /** Its parameters; `__isArgsStory` when its render reads args (only then has it controls). */
  parameters: { __isArgsStory?: boolean } & Record<string, unknown>;
  run: (context?: { canvasElement?: HTMLElement }) => Promise<void>;
}

export interface StoryFile {
  /** The file's address on the test server, e.g. `/stories/topics.stories.ts`. */
  path: string;
  meta?: Meta;
  stories: [exportName: string, story: ComposedStory][];
  /** Why the file could not be imported or composed, when it could not. */
  error?: unknown;
}

async function json(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

let files: Promise<StoryFile[]> | undefined;

async function load(): Promise<StoryFile[]> {
  // What .storybook/preview.ts does in Storybook: the manifest for controls and docs, the shared
  // annotations over the renderer's argTypes entry (which calls `parameters.docs.extractArgTypes`),
  // so that every story's argTypes are those of its docs table and controls in the catalogue.
  setCustomElementsManifest(await json('/custom-elements.json'));
  const projectAnnotations = setProjectAnnotations([rendererArgTypes, annotations]);
  const paths = (await json('/__stories__.json')) as string[];
  return Promise.all(
    paths.map(async (path): Promise<StoryFile> => {
      try {
        const module = (await import(path)) as { default: Meta };
        const composed = composeStories(module, projectAnnotations) as Record<string, ComposedStory>;
        return { path, meta: module.default, stories: Object.entries(composed) };
      } catch (error) {
        return { path, stories: [], error };
      }
    }),
  );
}

/** Every story file, loaded once per test page. */
export function storyFiles(): Promise<StoryFile[]> {
  files ??= load();
  return files;
}
