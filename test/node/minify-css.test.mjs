// scripts/minify-css.mjs: lit's `css` templates come out smaller and mean the same to the browser.
// Each sample's exact output is checked here, and Chromium's CSS parser reads every sample, and
// every element's real styles, the same before and after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';
import { rollup } from 'rollup';
import ts from 'typescript';
import puppeteer from 'puppeteer-core';
import minifyCss, { minifyTemplate, minifyModule, cssTemplates, cook } from '../../scripts/minify-css.mjs';
import { ensureChromium, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

/** [what, the template's raw quasis, the expected minified CSS (`${}` where an interpolation is), values for the interpolations]. */
const SAMPLES = [
  [
    'rules, a comment, a custom property with spaces',
    [':host {\n  display: block;\n  /* the gap */\n  --x: 1px solid red;\n}\n'],
    ':host{display:block;--x:1px solid red}',
  ],
  [
    'calc() keeps the spaces around + and - (and *)',
    ['a { width: calc(100% - 2 * var(--gap, 1em)); margin: calc( 1px + 2px ) 0 }'],
    'a{width:calc(100% - 2 * var(--gap,1em));margin:calc(1px + 2px) 0}',
  ],
  [
    'strings keep their spaces and what looks like comments',
    ['a::before { content: "a  b /* no */ c"; }\nb::after { content: \'*/ \' }'],
    'a::before{content:"a  b /* no */ c"}b::after{content:\'*/ \'}',
  ],
  ['a comment with */ in a string before it', ['a { content: "*/"; } /* real */ b { color: red }'], 'a{content:"*/"}b{color:red}'],
  [
    ':is() lists and combinators',
    [':is(a, b) > c ~ d + e f :hover,\n:host( .x ) ::slotted( p ) { color: red }'],
    ':is(a,b)>c~d + e f :hover,:host(.x) ::slotted(p){color:red}',
  ],
  [
    'attribute selectors with spaces',
    ['[title = "x  y" i], [data-a ~= b] , a [lang|="en"] { color: red }'],
    '[title="x  y" i],[data-a~=b],a [lang|="en"]{color:red}',
  ],
  [
    '@media (…) and (…)',
    ['@media screen and (min-width: 30em) and (prefers-color-scheme: dark) {\n  a { color: red; }\n}'],
    '@media screen and (min-width:30em) and (prefers-color-scheme:dark){a{color:red}}',
  ],
  [
    '@container queries',
    ['.card { container: card / inline-size; }\n@container card (min-width: 30em) {\n  .x { color: red; }\n}'],
    '.card{container:card / inline-size}@container card (min-width:30em){.x{color:red}}',
  ],
  [
    'a comment between two names stays a separator without becoming a space',
    ['a/* x */.b, c /* x */ .d { color: red }'],
    'a/**/.b,c .d{color:red}',
  ],
  [
    'unquoted url() is copied',
    ['a { background: url( data:image/svg+xml;utf8,<svg/*x*/> ) no-repeat }'],
    'a{background:url(data:image/svg+xml;utf8,<svg/*x*/> ) no-repeat}',
  ],
  [
    '!important, font lists, nesting',
    ['a {\n  font: 12px/1.5 "Segoe UI", system-ui !important;\n  & > b { color: red }\n}'],
    'a{font:12px/1.5 "Segoe UI",system-ui !important;&>b{color:red}}',
  ],
  ['an empty custom property keeps its space', ['a { --e: ; --f: x }'], 'a{--e: ;--f:x}'],
  ['CSS escapes (a hex escape eats one space)', ['.\\\\31 0  a, .b\\\\ c { color: red }'], '.\\31 0 a,.b\\ c{color:red}'],
  ['template escapes are copied', ['a::before { content: "\\u2014 \\` \\\\2014"; }'], 'a::before{content:"\u2014 ` \\2014"}'],
  // After an interpolation, a space before a name and a `;` before `}` stay (the value could end in a name, or in `}`).
  [
    'interpolations stay where they are',
    ['a { color: ', '; margin: ', ' ', '; }\n', '\nb { content: "', ' x" }'],
    'a{color:${};margin:${} ${};}${} b{content:"${} x"}',
    ['red', '1px', '2px', 'i { color: red }', 'y'],
  ],
  [
    'a comment around an interpolation is kept whole',
    ['a { color: red } /* ', ' */ d { color: red }'],
    'a{color:red}/* ${} */ d{color:red}',
    ['x'],
  ],
];

const show = (raws) => raws.map(cook).join('${}');

for (const [what, raws, expected] of SAMPLES) {
  test(`minify: ${what}`, () => {
    const out = minifyTemplate(raws);
    assert.equal(out.length, raws.length, 'one quasi out for each quasi in');
    assert.equal(show(out), expected);
  });
}

test("only lit's templates change: css minified, html's line-break runs folded, other tags and strings as written", () => {
  const code = [
    "import { css as litCss, html } from 'lit';",
    "import * as lit from 'lit';",
    'const css = (s) => s;',
    'export const a = litCss`  a { b: c; }  `;',
    'export const b = lit.css`  d { e: f; }  `;',
    'export const c = html`<p class="x">  a  b  </p>`;',
    'export const d = String.raw`  g { h: i; }  `;',
    "export const e = '  j { k: l; }  ';",
    'export const f = html`<ul>\n    <li\n      class="y"\n    >one ${a}\n    two</li>\n  </ul>`;',
    'export const g = html`<p>\\\n  kept</p>`;',
  ].join('\n');
  const out = minifyModule(code, parseAst).code;
  assert.match(out, /const a = litCss`a\{b:c\}`;/);
  assert.match(out, /const b = lit\.css`d\{e:f\}`;/);
  assert.ok(out.includes('html`<p class="x">  a  b  </p>`'), 'runs without a line break stay');
  assert.ok(out.includes('html`<ul> <li class="y" >one ${a} two</li> </ul>`'), out);
  assert.ok(out.includes('html`<p>\\\n  kept</p>`'), 'a quasi with a backslash is left whole');
  assert.ok(out.includes('String.raw`  g { h: i; }  `'));
  assert.ok(out.includes("'  j { k: l; }  '"));
  // A module that imports nothing from lit is left alone.
  assert.equal(minifyModule('const css = (s) => s; css` a { b: c } `;', parseAst), null);
  assert.equal(minifyModule('const html = (s) => s; html`<p>\n  a</p>`;', parseAst), null);
});

test('a template lit would not get (a bad escape) is left alone', () => {
  const code = "import { css } from 'lit';\nexport const a = css`  a::before { content: '\\2014'; }  `;";
  assert.equal(minifyModule(code, parseAst), null);
});

test('in a rollup build, interpolations and the source map follow the edit', async () => {
  const source = [
    "import { css } from 'lit';",
    'const gap = css`1em`;',
    'export const styles = css`',
    '  :host {',
    '    gap: ${gap};',
    '  }',
    '  /* a comment */',
    '`;',
    'export function after() { return "marker"; }',
    '',
  ].join('\n');
  const bundle = await rollup({
    input: 'entry.js',
    external: ['lit'],
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry.js' ? id : null), load: (id) => (id === 'entry.js' ? source : null) },
      minifyCss(),
    ],
    onwarn: (warning) => assert.fail(`rollup warned: ${warning.message}`),
  });
  const { output } = await bundle.generate({ format: 'es', sourcemap: true });
  const [{ code, map }] = output;
  assert.match(code, /css`:host\{gap:\$\{gap\};\}`/);
  // "marker" is on line 9 of the source (8 from 0): the map says so, wherever it is in the output.
  const line = code.split('\n').findIndex((l) => l.includes('"marker"'));
  const column = code.split('\n')[line].indexOf('"marker"');
  assert.equal(originalLine(map.mappings, line, column), 8);
});

/** The source line (from 0) that a source map's mappings give for a line and column of the output. */
function originalLine(mappings, line, column) {
  let sourceLine = 0;
  let found;
  mappings.split(';').forEach((segments, i) => {
    let generated = 0;
    for (const segment of segments ? segments.split(',') : []) {
      const [g, , l = 0] = decode(segment);
      generated += g;
      sourceLine += l;
      if (i === line && generated <= column) found = sourceLine;
    }
  });
  return found;
}

function decode(segment) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = chars.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

// Chromium's CSS parser: the same rules, before and after.
let browser;
let page;
before(async () => {
  browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_FLAGS });
  page = await browser.newPage();
});
after(() => browser?.close());

/**
 * Every rule as Chromium serializes it, nested rules included. A value that holds `var()` (and a
 * custom property's) is kept as written, white space and all: there the space after `,` and `(`
 * and before `)`, which the minifier drops and which means nothing to CSS, is dropped too.
 */
const parsed = async (text) =>
  (
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return [...sheet.cssRules].map((rule) => rule.cssText);
    }, text)
  ).map((rule) =>
    rule
      .replace(/\s*,\s*/g, ',')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')'),
  );

/** The CSS lit would build: the quasis with the interpolations' values between them. */
const built = (raws, values = []) => raws.map(cook).reduce((css, quasi, i) => css + values[i - 1] + quasi);

test('Chromium reads every sample the same before and after', async () => {
  for (const [what, raws, , values] of SAMPLES) {
    const rules = await parsed(built(raws, values));
    assert.ok(rules.length > 0, `${what}: Chromium reads some rules`);
    assert.deepEqual(await parsed(built(minifyTemplate(raws), values)), rules, what);
  }
});

test("Chromium reads every element's styles the same before and after", async () => {
  const files = readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts'));
  let templates = 0;
  for (const file of files) {
    const js = ts.transpileModule(readFileSync(`src/${file}`, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, experimentalDecorators: true },
    }).outputText;
    for (const quasis of cssTemplates(parseAst(js))) {
      const raws = quasis.map((q) => q.raw);
      const values = raws.slice(1).map(() => '');
      const before = built(raws, values);
      const minified = built(minifyTemplate(raws), values);
      assert.ok(minified.length < before.length * 0.85, `${file}: the styles shrink`);
      assert.deepEqual(await parsed(minified), await parsed(before), file);
      templates++;
    }
  }
  assert.ok(templates >= 6, `the styles of every element are checked (${templates} templates)`);
});
