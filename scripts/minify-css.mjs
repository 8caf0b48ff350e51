// A rollup plugin that minifies the CSS of lit's `css` tagged templates, and folds the indentation
// of lit's `html` templates (each run of white space holding a line break becomes one space:
// foldHtmlQuasi); every other string stays as written. It parses each module (rollup's own parser,
// after TypeScript), finds the templates tagged with `css` imported from lit, and rewrites their
// text, keeping every `${…}` interpolation where it is:
// - comments go (one between two tokens that would otherwise touch stays as `/**/`; one that holds
//   an interpolation stays whole);
// - a run of white space becomes one space, or nothing beside `{ } ; , > ~ = ( ) [ ] :` where CSS
//   does not need it (never before `:` or `(`, never around `+ - * /`: `a :hover`, `and (x)` and
//   `calc(a + b)` keep theirs);
// - strings, `url(…)`, CSS escapes and the template's own escapes (`\\`, `\``) are copied as they are;
// - a `;` just before `}` goes (not after an interpolation).
// Templates with an escape lit cannot read (cooked `undefined`) are left alone. The module's source
// map follows the edit. test/node/minify-css.test.mjs checks samples and every element's styles
// in Chromium's CSS parser.

const WS = new Set([' ', '\t', '\n', '\r', '\f']);
/** White space after these, and before the next list, is never needed. */
const AFTER = new Set(['{', '}', ';', ',', '>', '~', '=', '(', '[', ':']);
const BEFORE = new Set(['{', '}', ';', ',', '>', '~', '=', ')', ']']);
const START = Symbol('start');
const END = Symbol('end');
const INTERPOLATION = Symbol('interpolation');
const HEX = /^[0-9a-fA-F]$/;
/** The modules whose `css` export is lit's tag. */
const LIT = /^(lit|lit-element|@lit\/reactive-element)(\/.*)?$/;

/**
 * A template's raw text as units, each one character of the text lit receives (`cooked`, its
 * `c`) with the raw source that writes it (`raw`) and where that starts (`pos`).
 */
function units(raw, base) {
  const out = [];
  for (let i = 0; i < raw.length;) {
    const ch = raw[i];
    if (ch === '\r') {
      const len = raw[i + 1] === '\n' ? 2 : 1;
      out.push({ c: '\n', raw: raw.slice(i, i + len), pos: base + i });
      i += len;
      continue;
    }
    if (ch !== '\\') {
      out.push({ c: ch, raw: ch, pos: base + i });
      i += 1;
      continue;
    }
    const n = raw[i + 1];
    let len = 2;
    let c;
    switch (n) {
      case 'n':
        c = '\n';
        break;
      case 't':
        c = '\t';
        break;
      case 'r':
        c = '\r';
        break;
      case 'b':
        c = '\b';
        break;
      case 'f':
        c = '\f';
        break;
      case 'v':
        c = '\v';
        break;
      case '0':
        c = '\0';
        break;
      case 'x':
        c = String.fromCharCode(parseInt(raw.slice(i + 2, i + 4), 16));
        len = 4;
        break;
      case 'u':
        if (raw[i + 2] === '{') {
          const close = raw.indexOf('}', i + 3);
          c = String.fromCodePoint(parseInt(raw.slice(i + 3, close), 16));
          len = close - i + 1;
        } else {
          c = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
          len = 6;
        }
        break;
      case '\r':
        c = '';
        len = raw[i + 2] === '\n' ? 3 : 2;
        break;
      case '\n':
      case '\u2028':
      case '\u2029':
        c = '';
        break;
      default: {
        const code = n.charCodeAt(0);
        if (code >= 0xd800 && code < 0xdc00) len = 3;
        c = raw.slice(i + 1, i + len);
      }
    }
    // A line continuation writes nothing: dropping it changes nothing.
    if (c !== '') out.push({ c, raw: raw.slice(i, i + len), pos: base + i });
    i += len;
  }
  return out;
}

/** What lit receives for a template's raw text (for tests and as a check). */
export function cook(raw) {
  return units(raw, 0)
    .map((u) => u.c)
    .join('');
}

const isComment = (stream, i) => stream[i]?.c === '/' && stream[i + 1]?.c === '*';

/** The index after the `*` `/` that closes the comment at `i`, or -1 when an interpolation or the end comes first. */
function commentEnd(stream, i) {
  for (let j = i + 2; j < stream.length; j++) {
    if (stream[j].boundary) return -1;
    if (stream[j].c === '*' && stream[j + 1]?.c === '/') return j + 2;
  }
  return -1;
}

const isNameChar = (c) => c !== undefined && /[-\w]/.test(c);

/**
 * Minifies one template given its quasis (`[{ raw, pos }]`): the pieces each quasi becomes,
 * `[text, pos]` each, `pos` where in the source its text comes from.
 */
function minifyQuasis(quasis) {
  const stream = [];
  quasis.forEach((q, i) => {
    if (i > 0) stream.push({ boundary: true });
    stream.push(...units(q.raw, q.pos));
  });
  const pieces = quasis.map(() => []);
  let q = 0;
  let prev = START;
  let recent = '';
  let semicolon = false; // the last piece is a `;` that may go before a `}`
  const emit = (u, as = u.c) => {
    pieces[q].push([u.raw, u.pos]);
    prev = as;
    recent = (recent + u.c).slice(-4).toLowerCase();
    semicolon = false;
  };
  /** Copies units as they are from `i` until `stop(unit, index)` (included), across interpolations. */
  const copy = (i, stop) => {
    for (; i < stream.length; i++) {
      const u = stream[i];
      if (u.boundary) {
        q++;
        continue;
      }
      emit(u);
      if (u.c === '\\' && stream[i + 1] && !stream[i + 1].boundary) emit(stream[++i]);
      else if (stop(u, i)) return i + 1;
    }
    return i;
  };

  let i = 0;
  while (i < stream.length) {
    const u = stream[i];
    if (u.boundary) {
      q++;
      prev = INTERPOLATION;
      recent = '';
      semicolon = false;
      i++;
      continue;
    }
    if (WS.has(u.c) || isComment(stream, i)) {
      let j = i;
      let space = false;
      while (j < stream.length && !stream[j].boundary) {
        if (WS.has(stream[j].c)) {
          space = true;
          j++;
        } else if (isComment(stream, j)) {
          const end = commentEnd(stream, j);
          if (end < 0) break;
          j = end;
        } else break;
      }
      if (j === i) {
        // A comment that an interpolation interrupts, or that never ends: kept whole.
        emit(stream[i]);
        emit(stream[i + 1]);
        i = copy(i + 2, (v, k) => v.c === '/' && k > i + 2 && stream[k - 1].c === '*');
        continue;
      }
      const next = j >= stream.length ? END : stream[j].boundary ? INTERPOLATION : stream[j].c;
      const needed =
        (prev === ':' && (next === ';' || next === '}')) || // `--x: ;` (an empty custom property)
        (prev === '$' && next === '{') || // never write `${` into the template
        !(prev === START || next === END || AFTER.has(prev) || BEFORE.has(next));
      if (needed) {
        pieces[q].push([space ? ' ' : '/**/', u.pos]);
        prev = ' ';
        recent += ' ';
        semicolon = false;
      }
      i = j;
      continue;
    }
    if (u.c === '"' || u.c === "'") {
      emit(u);
      const quote = u.c;
      i = copy(i + 1, (c) => c.c === quote || c.c === '\n');
      continue;
    }
    if (u.c === '\\') {
      // A CSS escape: the backslash, the character or up to six hex digits and one white space after them.
      emit(u);
      let j = i + 1;
      if (stream[j] && !stream[j].boundary) {
        if (HEX.test(stream[j].c)) {
          for (let k = 0; k < 6 && stream[j] && !stream[j].boundary && HEX.test(stream[j].c); k++) emit(stream[j++]);
          if (stream[j] && !stream[j].boundary && WS.has(stream[j].c)) emit(stream[j++]);
        } else emit(stream[j++]);
      }
      prev = 'a'; // part of a name, whatever it escapes
      i = j;
      continue;
    }
    if (u.c === '(' && recent.endsWith('url') && !isNameChar(recent.at(-4))) {
      emit(u);
      let j = i + 1;
      while (stream[j] && !stream[j].boundary && WS.has(stream[j].c)) j++;
      const first = stream[j];
      if (first && !first.boundary && first.c !== '"' && first.c !== "'" && first.c !== ')') {
        // An unquoted url(…): copied up to its `)`, whatever it holds (`/*` is no comment in there).
        i = copy(j, (c) => c.c === ')');
      } else i = i + 1;
      continue;
    }
    if (u.c === '}' && semicolon) pieces[q].pop();
    const before = prev;
    emit(u);
    if (u.c === ';' && before !== INTERPOLATION) semicolon = true;
    i++;
  }
  return pieces;
}

/** A template's quasis (the raw text of each) minified, one for one (for tests; the plugin checks the escapes first). */
export function minifyTemplate(raws) {
  let pos = 0;
  const quasis = raws.map((raw) => {
    const q = { raw, pos };
    pos += raw.length + 3;
    return q;
  });
  return minifyQuasis(quasis).map((pieces) => pieces.map(([text]) => text).join(''));
}

function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (value && typeof value === 'object') walk(value, visit);
  }
}

/** The quasis (`[{ start, end, raw, cooked }]`) of every template tagged with lit's `name` (`css` or `html`) in a parsed module. */
export function litTemplates(ast, name) {
  const tags = new Set();
  const namespaces = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT.test(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && (s.imported.name ?? s.imported.value) === name) tags.add(s.local.name);
      if (s.type === 'ImportNamespaceSpecifier') namespaces.add(s.local.name);
    }
  }
  if (tags.size === 0 && namespaces.size === 0) return [];
  const found = [];
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression') return;
    const tag = node.tag;
    const matches =
      (tag.type === 'Identifier' && tags.has(tag.name)) ||
      (tag.type === 'MemberExpression' &&
        !tag.computed &&
        tag.object.type === 'Identifier' &&
        namespaces.has(tag.object.name) &&
        tag.property.name === name);
    if (matches) found.push(node.quasi.quasis.map((q) => ({ start: q.start, end: q.end, raw: q.value.raw, cooked: q.value.cooked })));
  });
  return found;
}

/** The quasis of every template tagged with lit's `css` in a parsed module. */
export const cssTemplates = (ast) => litTemplates(ast, 'css');

/** A run of white space that holds a line break: source indentation, not text. */
const LINE_BREAK_RUN = /[ \t\r\n]*\n[ \t\r\n]*/g;

/**
 * The pieces (`[text, pos]`) of one `html` quasi with each run of white space that holds a line
 * break folded to one space. HTML folds such runs to one space anyway (no template here is in a
 * `pre`-like element: `white-space: pre-line` text is always an interpolation), so the DOM reads
 * the same; the server and the browser get the same strings from the same build, so hydration's
 * template digests agree. A quasi with a backslash is left whole (a line continuation or an escape
 * beside a run would change meaning).
 */
export function foldHtmlQuasi(raw, pos = 0) {
  if (raw.includes('\\')) return [[raw, pos]];
  const pieces = [];
  let at = 0;
  for (const m of raw.matchAll(LINE_BREAK_RUN)) {
    if (m.index > at) pieces.push([raw.slice(at, m.index), pos + at]);
    pieces.push([' ', pos + m.index]);
    at = m.index + m[0].length;
  }
  if (at < raw.length) pieces.push([raw.slice(at), pos + at]);
  return pieces;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/** A source map (v3) for output made of `pieces` (`[text, pos]`, each copied from `pos` in `original`). */
function sourceMap(pieces, original, source) {
  const lineStarts = [0];
  for (let i = 0; i < original.length; i++) if (original[i] === '\n') lineStarts.push(i + 1);
  const locate = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return [lo, pos - lineStarts[lo]];
  };
  const lines = [];
  let segments = [];
  let column = 0;
  let lastColumn = 0;
  let lastLine = 0;
  let lastOriginalColumn = 0;
  let lineStart = true;
  for (const [text, pos] of pieces) {
    for (let k = 0; k < text.length; k++) {
      const ch = text[k];
      if (ch === '\n') {
        lines.push(segments.join(','));
        segments = [];
        column = 0;
        lastColumn = 0;
        lineStart = true;
        continue;
      }
      // A segment where a piece or a line starts, and at each word's or symbol's start.
      const word = /[\w$]/.test(ch);
      if (k === 0 || lineStart || !word || !/[\w$]/.test(text[k - 1])) {
        const [line, col] = locate(pos + k);
        segments.push(vlq(column - lastColumn) + vlq(0) + vlq(line - lastLine) + vlq(col - lastOriginalColumn));
        lastColumn = column;
        lastLine = line;
        lastOriginalColumn = col;
      }
      lineStart = false;
      column++;
    }
  }
  lines.push(segments.join(','));
  return { version: 3, sources: [source], names: [], mappings: lines.join(';') };
}

/**
 * Minifies the `css` templates of a module's code, and folds the line-break runs of its `html`
 * templates, given a parser (rollup's `this.parse`); null when nothing changes.
 */
export function minifyModule(code, parse, id = 'module.js') {
  if (!code.includes('`') || !(code.includes('css') || code.includes('html'))) return null;
  const ast = parse(code);
  const edits = [];
  for (const quasis of litTemplates(ast, 'css')) {
    // Only where every quasi means exactly what lit receives (no bad escapes).
    if (quasis.some((q) => q.cooked == null || cook(code.slice(q.start, q.end)) !== q.cooked)) continue;
    const pieces = minifyQuasis(quasis.map((q) => ({ raw: code.slice(q.start, q.end), pos: q.start })));
    quasis.forEach((q, i) => edits.push({ start: q.start, end: q.end, pieces: pieces[i] }));
  }
  for (const quasis of litTemplates(ast, 'html')) {
    for (const q of quasis) edits.push({ start: q.start, end: q.end, pieces: foldHtmlQuasi(code.slice(q.start, q.end), q.start) });
  }
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.start - b.start);
  const pieces = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.start > at) pieces.push([code.slice(at, edit.start), at]);
    pieces.push(...edit.pieces);
    at = edit.end;
  }
  if (at < code.length) pieces.push([code.slice(at), at]);
  const out = pieces.map(([text]) => text).join('');
  if (out === code) return null;
  return { code: out, map: sourceMap(pieces, code, id) };
}

/** The rollup plugin: put it after the TypeScript plugin, so that it sees JavaScript. */
export default function minifyCss() {
  return {
    name: 'esfomo-elements:minify-css',
    transform(code, id) {
      if (!/\.(ts|js|mjs)$/.test(id.split('?')[0])) return null;
      return minifyModule(code, (c) => this.parse(c), id);
    },
  };
}
