// What every story shares, in Storybook and in the browser test that renders every story
// (test/stories.test.ts). Kept apart from preview.ts, which also loads custom-elements.json.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { extractArgTypes } from './arg-types.js';

/**
 * What a story shows under an emulated media feature, as `parameters.emulate` says it:
 * `{ media: 'print' }` or `{ reducedMotion: 'reduce' }`. A page cannot switch these for
 * itself, so the catalogue says how to see it (the browser test renders the story under it).
 */
export interface Emulate {
  media?: 'print';
  reducedMotion?: 'reduce';
}

const HOW: Record<string, string> = {
  print: "the print stylesheet: open the browser's print preview, or DevTools › Rendering › Emulate CSS media type: print",
  reduce: 'reduced motion: DevTools › Rendering › Emulate CSS media feature prefers-reduced-motion: reduce (or the system setting)',
};

/** A line above a story that shows an emulated state, saying how to see it. */
const emulated: Decorator = (story, { parameters }) => {
  const emulate = parameters.emulate as Emulate | undefined;
  const how = emulate?.media ? HOW[emulate.media] : emulate?.reducedMotion ? HOW[emulate.reducedMotion] : undefined;
  return how ? html`<p style="font: 0.85rem system-ui, sans-serif; margin: 0 0 1rem">This story shows ${how}.</p>${story()}` : story();
};

const annotations: Preview = {
  decorators: [emulated],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Each element's docs table and controls, from custom-elements.json (see arg-types.ts).
    docs: { extractArgTypes },
    // Accessibility: a violation fails the story (the a11y panel shows it; the browser test checks every story).
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Elements'] },
    },
  },
};

export default annotations;
