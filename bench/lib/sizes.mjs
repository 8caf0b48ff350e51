// Sizes: the CDN bundle as built, its breakdown by package, and each ESM entry.
//
// Every figure is bytes of minified code, then gzip (zlib level 9, as the size budget) and brotli
// (quality 11) of it. The breakdown comes from one in-memory build of every public entry of
// dist/esm (the compiled code the CDN build bundles) with rollup + node-resolve + terser, the
// options of rollup.config.mjs, and rollup's `manualChunks` putting each package in a chunk of
// its own: a package's chunk is exactly the code of it that survives tree-shaking, minified on
// its own. An entry's figures are the chunks it loads, joined and compressed together; a part is
// compressed alone, so the parts add up to a little more than the one-file CDN bundle (a
// compressor shares nothing across files). The shipped file itself is measured as it is.
// What each element adds to the CDN bundle comes from more in-memory builds of the CDN bundle
// (Lit's hydration support, then dist/esm/index.js), each with one element (or the hydration
// support) left out: what tree-shaking then drops is what that element alone costs.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { CDN_FILE, gzipSize } from '../../scripts/size-budget.mjs';
import { LUXON_PARSER_BUILDERS } from '../../rollup.config.mjs';

export { CDN_FILE };

/** `{ min, gzip, brotli }` in bytes for a piece of code. */
export function measure(code) {
  const buf = Buffer.isBuffer(code) ? code : Buffer.from(code);
  return {
    min: buf.length,
    gzip: gzipSize(buf),
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

/** The packages a bundle may contain, and how a module id tells which one it belongs to. */
export const PACKAGES = [
  {
    name: 'lit',
    test: /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/,
    note: 'lit, lit-html, lit-element, @lit/reactive-element',
  },
  { name: '@lit/context', test: /[\\/]node_modules[\\/]@lit[\\/]context[\\/]/ },
  { name: 'luxon', test: /[\\/]node_modules[\\/]luxon[\\/]/ },
];

const TERSER = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

function version(pkg) {
  try {
    return JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
  } catch {
    return '?';
  }
}

const quiet = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * One build of every public entry (dist/esm/<name>.js) at once, each package in a chunk of its
 * own and our code split where entries share it; every chunk minified once.
 */
async function build() {
  const inputs = Object.fromEntries(
    readdirSync('dist/esm')
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f.slice(0, -3), `dist/esm/${f}`]),
  );
  const bundle = await rollup({
    input: inputs,
    plugins: [nodeResolve({ browser: true })],
    treeshake: { manualPureFunctions: LUXON_PARSER_BUILDERS },
    onwarn: quiet,
  });
  const { output } = await bundle.generate({
    format: 'es',
    manualChunks: (id) => PACKAGES.find((p) => p.test.test(id))?.name,
    chunkFileNames: '[name]-[hash].js',
    plugins: [terser(TERSER)],
  });
  await bundle.close();
  return output.filter((o) => o.type === 'chunk');
}

/** The chunks an entry loads: itself and, transitively, what it imports. */
function closure(chunks, entry) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const file of chunk.imports) visit(byFile.get(file));
  };
  visit(entry);
  return [...seen];
}

const packageOf = (chunk) => (chunk.isEntry ? undefined : PACKAGES.find((p) => p.name === chunk.name));
const joined = (chunks) => measure(chunks.map((c) => c.code).join('\n'));

const HYDRATION = '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/** The CDN bundle built from dist/esm with `leave` (a line of index.js, or the hydration import) left out; min + gzip bytes. */
async function cdnWithout(lines, leave) {
  const code = [...(leave === HYDRATION ? [] : [`import '${HYDRATION}';`]), ...lines.filter((l) => l !== leave)].join('\n');
  const entry = { name: 'entry', resolveId: (id) => (id === '\0entry' ? id : null), load: (id) => (id === '\0entry' ? code : null) };
  const bundle = await rollup({
    input: '\0entry',
    plugins: [entry, nodeResolve({ browser: true })],
    treeshake: { manualPureFunctions: LUXON_PARSER_BUILDERS },
    onwarn: quiet,
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser(TERSER)] });
  await bundle.close();
  return gzipSize(Buffer.from(output[0].code));
}

/**
 * What each element, and the hydration support, adds to the CDN bundle: the bundle built with
 * everything, then once without each (its export line of index.js, or the hydration import).
 */
async function leaveOneOut() {
  const lines = readFileSync('dist/esm/index.js', 'utf8')
    .split('\n')
    .filter((l) => /^(export|import) /.test(l))
    .map((l) => l.replace(/'\.\//, "'./dist/esm/"));
  const elements = lines.filter((l) => /^export \{[^}]*\bEsfomo(?!Element\b)\w+ \}/.test(l));
  const everything = await cdnWithout(lines);
  const parts = [];
  for (const line of [HYDRATION, ...elements]) {
    const name = line === HYDRATION ? 'hydration support' : `<esfomo-${line.match(/Esfomo(\w+) \}/)[1].toLowerCase()}>`;
    parts.push({ name, without: await cdnWithout(lines, line) });
  }
  return { everything, parts: parts.map((p) => ({ ...p, adds: everything - p.without })) };
}

export async function measureSizes() {
  const chunks = await build();
  const entries = chunks
    .filter((c) => c.isEntry)
    .sort((a, b) => (a.name === 'index') - (b.name === 'index') || a.name.localeCompare(b.name))
    .map((entry) => {
      const all = closure(chunks, entry);
      const own = all.filter((c) => !packageOf(c));
      return {
        entry: `esfomo-elements/${entry.name}.js`,
        own: joined(own),
        packages: PACKAGES.filter((p) => all.some((c) => packageOf(c) === p)).map((p) => p.name),
        alone: joined(all),
      };
    });

  // The CDN bundle is index.js with everything in: its parts are the chunks index.js loads.
  const index = closure(
    chunks,
    chunks.find((c) => c.isEntry && c.name === 'index'),
  );
  const parts = PACKAGES.map((p) => ({
    name: p.name,
    version: version(p.name),
    note: p.note,
    ...joined(index.filter((c) => packageOf(c) === p)),
  }));
  parts.push({
    name: 'own code',
    version: JSON.parse(readFileSync('package.json', 'utf8')).version,
    note: 'src/ compiled by TypeScript, its decorator helper inlined',
    ...joined(index.filter((c) => !packageOf(c))),
  });
  const sum = { min: 0, gzip: 0, brotli: 0 };
  for (const p of parts) for (const k of Object.keys(sum)) sum[k] += p[k];
  return { cdn: { shipped: measure(readFileSync(CDN_FILE)), parts, sum }, entries, each: await leaveOneOut() };
}
