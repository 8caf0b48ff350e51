/**
 * `esfomo-elements/prerender`: build-time rendering for other build tools (Node only).
 *
 * ```js
 * import { prerender } from 'esfomo-elements/prerender';
 * const { html, warnings, files } = await prerender(page, { root: '_site', url: '/2024/index.html' });
 * ```
 *
 * It installs Lit's DOM shim on `globalThis` on first use and loads the built elements.
 */
export { prerender, RENDERED } from './prerender/page.js';
export type { PrerenderOptions, PrerenderResult } from './prerender/page.js';
export { prerenderFiles } from './prerender/command.js';
