/**
 * The CDN bundle: every element, able to take over what the build-time rendering wrote
 * (declarative shadow DOM). Lit's hydration support must run before lit itself loads, so it
 * is imported first. Bundler users who prerender import it themselves, first:
 * `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from '../index.js';
