// Three builds from one source:
// - dist/esm: ES modules for bundler users, one entry per element (it registers its tag on
//   import) plus index.js for all; lit, @lit/context and luxon stay imports; types beside them.
// - dist/cdn: one self-contained, minified module for a CDN <script type="module">.
// - dist/node: the command line (src/node, Node only; bin/esfomo-elements.js loads it). Nothing
//   outside src/node imports it, so it never reaches the two browser builds.
// The two browser builds have the CSS of lit's `css` templates minified (scripts/minify-css.mjs).
import { readdirSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyCss from './scripts/minify-css.mjs';

/** Every file directly in src/ is a public entry: src/topics.ts -> esfomo-elements/topics.js. */
const entries = Object.fromEntries(
  readdirSync('src')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => [f.slice(0, -3), `src/${f}`]),
);

// The prerender loads the elements and the validator from the built dist/esm, by the package's name.
const nodeExternal = (id) => /^(node:|luxon(\/|$)|parse5$|lit(\/|$)|@lit-labs\/|esfomo-elements(\/|$))/.test(id);

/**
 * Calls the CDN build may drop when nothing reads their result: luxon's helpers that only build
 * regular expressions and closures (called at its module's top level for its DateTime parsers),
 * and `RegExp()` itself (whose one side effect, a throw on a bad pattern, nothing relies on).
 */
export const LUXON_PARSER_BUILDERS = ['combineRegexes', 'combineExtractors', 'simpleParse', 'RegExp'];

const external = (id) => /^(lit|@lit\/context|luxon)(\/|$)/.test(id);

export default [
  {
    input: entries,
    external,
    output: {
      dir: 'dist/esm',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [typescript({ tsconfig: 'tsconfig.build.json', outDir: 'dist/esm', declarationDir: 'dist/esm' }), minifyCss()],
  },
  {
    // The elements with Lit's hydration support first, for pages rendered at build time.
    input: 'src/cdn/bundle.ts',
    // Luxon's module builds its ISO and SQL parsers (for DateTime, which the bundle leaves out)
    // with top-level calls rollup cannot prove pure; they are, and nothing reads their results.
    // (test/cdn.test.ts runs the bundle itself.)
    treeshake: { manualPureFunctions: LUXON_PARSER_BUILDERS },
    output: {
      file: 'dist/cdn/esfomo-elements.min.js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: 'tsconfig.build.json',
        declaration: false,
        declarationDir: undefined,
        outDir: 'dist/cdn',
        sourceMap: true,
      }),
      minifyCss(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  {
    input: { cli: 'src/node/cli.ts', prerender: 'src/node/prerender.ts' },
    external: nodeExternal,
    output: {
      dir: 'dist/node',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [typescript({ tsconfig: 'tsconfig.node.json', outDir: 'dist/node', declaration: true, declarationDir: 'dist/node/types' })],
  },
];
