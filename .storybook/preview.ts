// The catalogue's preview: the shared annotations, and the elements' manifest for the docs
// pages and the controls (attributes, properties, events, parts, CSS custom properties).
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import annotations from './annotations.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  ...annotations,
  // A docs page for every element, made from custom-elements.json. (Written here, not in
  // annotations.ts: Storybook reads the tags from this file's text when it indexes the stories.)
  tags: ['autodocs'],
};

export default preview;
