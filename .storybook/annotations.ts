// What every story shares, in Storybook and in the browser test that renders every story
// (test/stories.test.ts). Kept apart from preview.ts, which also loads custom-elements.json.
import type { Preview } from '@storybook/web-components-vite';
import { extractArgTypes } from './arg-types.js';

const annotations: Preview = {
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
