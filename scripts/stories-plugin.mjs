// A @web/test-runner plugin for test/stories.test.ts, which renders every story in the browser:
//
// - `/__stories__.json` lists every `stories/*.stories.ts` file, read when asked, so a new
//   story file is tested with no other change;
// - Storybook's browser runtime (composeStories, the web-components renderer, storybook/test)
//   is bundled once with esbuild and served from `/__storybook__/`: its ES modules import
//   CommonJS packages (aria-query) that a browser cannot load as they are. `lit` stays outside
//   the bundle, so stories and renderer share one lit.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

export const STORIES_INDEX = '/__stories__.json';
const PREFIX = '/__storybook__/';

/** The specifiers a story or the test may import from Storybook, and their bundle names. */
const RUNTIME = {
  'storybook/preview-api': 'preview-api',
  'storybook/test': 'test',
  'storybook/actions': 'actions',
  '@storybook/web-components': 'web-components',
  '@storybook/web-components-vite': 'web-components-vite',
  '@storybook/web-components/entry-preview': 'entry-preview',
  '@storybook/web-components/entry-preview-argtypes': 'entry-preview-argtypes',
};

export function storyFiles(dir = 'stories') {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.stories.ts'))
    .sort()
    .map((name) => `/${dir}/${name}`);
}

async function bundleRuntime() {
  const result = await build({
    entryPoints: Object.entries(RUNTIME).map(([specifier, out]) => ({ in: specifier, out })),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: 'storybook-runtime',
    write: false,
    external: ['lit', 'lit/*'],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
  const files = new Map();
  for (const file of result.outputFiles) files.set(`${PREFIX}${file.path.split('/storybook-runtime/')[1]}`, file.text);
  return files;
}

export function storiesPlugin() {
  let runtime;
  return {
    name: 'esfomo-stories',
    serve(context) {
      if (context.path === STORIES_INDEX) return { body: JSON.stringify(storyFiles()), type: 'json' };
      if (context.path.startsWith(PREFIX)) {
        runtime ??= bundleRuntime();
        return runtime.then((files) => (files.has(context.path) ? { body: files.get(context.path), type: 'js' } : undefined));
      }
      return undefined;
    },
    resolveImport({ source }) {
      return source in RUNTIME ? `${PREFIX}${RUNTIME[source]}.js` : undefined;
    },
  };
}
