// A @web/test-runner plugin for test/prerender.test.ts: `/__prerendered__/PATH` serves the
// page at PATH as the build-time rendering leaves it (dist/node/prerender.js, so run the build
// first), rendered on each request with the worktree as the site's root.
import { readFile } from 'node:fs/promises';

export const PRERENDERED = '/__prerendered__/';

export function prerenderPlugin() {
  return {
    name: 'esfomo-prerender',
    async serve(context) {
      if (!context.path.startsWith(PRERENDERED)) return undefined;
      const path = context.path.slice(PRERENDERED.length - 1);
      const { prerender } = await import('../dist/node/prerender.js');
      const html = await readFile(`.${path}`, 'utf8');
      const result = await prerender(html, { root: process.cwd(), url: path });
      return { body: result.html, type: 'html', headers: { 'x-prerender-warnings': String(result.warnings.length) } };
    },
  };
}
