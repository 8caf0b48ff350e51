// What every story shares, in Storybook and in the browser test that renders every story
// (test/stories.test.ts). Kept apart from preview.ts, which also loads custom-elements.json.
import type { Preview } from '@storybook/web-components-vite';

const annotations: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Accessibility: a violation fails the story (the a11y panel shows it; the browser test checks every story).
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Elements'] },
    },
  },
};

export default annotations;
