// The renderer's argTypes entry ships without types; this is what it exports (its extractor of
// argTypes from custom-elements.json, and the enhancer that calls it).
declare module '@storybook/web-components/entry-preview-argtypes' {
  import type { ArgTypesEnhancer, Parameters } from 'storybook/internal/types';
  export const parameters: Parameters;
  export const argTypesEnhancers: ArgTypesEnhancer[];
}
