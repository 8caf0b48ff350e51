/**
 * HTML markup to the plain text a reader sees, without a DOM: al-folio writes a person's
 * `title` as HTML (`<b>Albert</b> <br> Gu`), and a feed's text is plain text. A small
 * tokenizer over the string, so it runs the same on a server and nothing in the markup is
 * ever parsed into a document, loaded or run: tags and comments are removed (the contents of
 * `script` and `style` with them), a line break or block element becomes a space, character
 * references are decoded (named, decimal, hexadecimal) and whitespace is folded.
 */

/** Elements that break a line where they start or end; any other tag joins its text. */
const BREAKS = /^(br|p|div|li|[uod]l|d[td]|t[rdh]|table|h[1-6r]|blockquote|pre)$/;

/** Named references beyond the accented letters (those are made below): the ones names and affiliations use. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  szlig: 'ß',
  aelig: 'æ',
  oslash: 'ø',
  Oslash: 'Ø',
};

/** `&eacute;` is `e` + the combining acute accent; so for every such letter. */
const MARKS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};

function named(name: string): string | undefined {
  if (Object.hasOwn(NAMED, name)) return NAMED[name];
  const m = /^([a-zA-Z])([a-z]+)$/.exec(name);
  const mark = m && Object.hasOwn(MARKS, m[2]) ? MARKS[m[2]] : undefined;
  if (!m || !mark) return undefined;
  const letter = (m[1] + mark).normalize('NFC');
  return letter.length === 1 ? letter : undefined;
}

function numeric(digits: string, hex: boolean): string {
  const code = parseInt(digits, hex ? 16 : 10);
  const bad = !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff);
  return bad ? '\ufffd' : String.fromCodePoint(code);
}

/** `script` and `style` with their contents: not text. */
const RAW_TEXT = /<(script|style)\b[\s\S]*?(?:<\/\1[^>]*>|$)/gi;

/**
 * One token: a start or end tag (its quoted attribute values may hold `>`; a tag the string
 * ends inside is dropped, as HTML does), a comment (to its end, or to the string's), a
 * doctype or processing instruction or `</ >` (HTML reads those as comments), or a character
 * reference. Anything else, a `<` before a space or a digit included, is text.
 */
const TOKEN =
  /<(\/?)([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>?|<!--[\s\S]*?(?:-->|$)|<[!?/][^>]*>?|&(?:#[xX]([0-9a-fA-F]{1,8});?|#(\d{1,8});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/g;

/** The text HTML markup shows: `<b>Albert</b> <br> Gu` is `Albert Gu`, `Caf&#233; &amp; Co` is `Café & Co`. */
export function markupToText(markup: string): string {
  return markup
    .replace(RAW_TEXT, '')
    .replace(TOKEN, (token, _end: string, tag?: string, hex?: string, dec?: string, name?: string) => {
      if (tag) return BREAKS.test(tag.toLowerCase()) ? ' ' : '';
      if (hex) return numeric(hex, true);
      if (dec) return numeric(dec, false);
      if (name) return named(name) ?? token;
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim();
}
