// Storybook: the catalogue of the elements (`npm run storybook`, `npm run build-storybook`).
// Every `stories/*.stories.ts` file is picked up; its docs page is made from custom-elements.json
// (see preview.ts), which `npm run analyze` writes before Storybook starts.
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * The element modules register their tags when imported (`import '../src/topics.js'`), but
 * package.json's `sideEffects` lists only the built files, so the bundler would drop those
 * imports from the catalogue and no element would be defined. Every module of src/ keeps its side effects.
 */
const registerElements: Plugin = {
  name: 'esfomo-elements:src-side-effects',
  transform(code, id) {
    if (/\/src\/.*\.ts$/.test(id.split('?')[0])) return { code, map: null, moduleSideEffects: true };
    return undefined;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo feeds, at the same address as in the tests' server: `demo/feeds/<name>.json`.
  staticDirs: [
    { from: '../demo/feeds', to: '/demo/feeds' },
    { from: '../stories/assets', to: '/stories/assets' },
    // The tests' fixtures: the papers stories read what `esfomo-elements import openreview` printed.
    { from: '../test/fixtures', to: '/test/fixtures' },
  ],
  // Offline: no telemetry, no "what's new" or version checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), registerElements],
    // Storybook's own chunks (axe, the docs blocks) are big; that is expected in a catalogue.
    build: { ...vite.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
