/**
 * HTML markup to the plain text a reader sees, without a DOM: al-folio writes a person's
 * `title` as HTML (`<b>Albert</b> <br> Gu`), and a feed's text is plain text. A small
 * tokenizer over the string, so it runs the same on a server and nothing in the markup is
 * ever parsed into a document, loaded or run: tags and comments are removed (the contents of
 * `script` and `style` with them), a line break or block element becomes a space, character
 * references are decoded (named, decimal, hexadecimal) and whitespace is folded.
 */

/** Elements that break a line where they start or end; any other tag joins its text. */
const BREAKS = /^(br|p|div|li|ul|ol|dl|dt|dd|tr|td|th|table|h[1-6]|hr|blockquote|section|article|header|footer|address|figure|figcaption|pre)$/;

/** Named references beyond the accented letters (those are made below): the ones names and affiliations use. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', middot: '·', bull: '•',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð',
  thorn: 'þ', THORN: 'Þ', dstrok: 'đ', Dstrok: 'Đ', lstrok: 'ł', Lstrok: 'Ł', copy: '©', reg: '®', trade: '™',
};

/** `&eacute;` is `e` + the combining acute accent; so for every such letter. */
const MARKS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308',
  ring: '\u030a', cedil: '\u0327', caron: '\u030c', dblac: '\u030b', ogon: '\u0328', macr: '\u0304', breve: '\u0306', dot: '\u0307',
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

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#(\d{1,8});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/y;
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)/y;

/** The index just after the `>` that ends a tag whose attributes start at `i` (quoted values may hold `>`), or the end. */
function tagEnd(s: string, i: number): number {
  let quote = '';
  for (; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '>') {
      return i + 1;
    } else if ((c === '"' || c === "'") && /=\s*$/.test(s.slice(Math.max(0, i - 8), i))) {
      quote = c;
    }
  }
  return s.length;
}

/** The text HTML markup shows: `<b>Albert</b> <br> Gu` is `Albert Gu`, `Caf&#233; &amp; Co` is `Café & Co`. */
export function markupToText(markup: string): string {
  let out = '';
  let i = 0;
  while (i < markup.length) {
    const c = markup[i];
    if (c === '<') {
      TAG.lastIndex = i;
      const tag = TAG.exec(markup);
      if (tag) {
        const name = tag[2].toLowerCase();
        i = tagEnd(markup, TAG.lastIndex);
        if (BREAKS.test(name)) out += ' ';
        if (!tag[1] && (name === 'script' || name === 'style')) {
          const close = markup.toLowerCase().indexOf(`</${name}`, i);
          i = close < 0 ? markup.length : tagEnd(markup, close);
        }
      } else if (markup.startsWith('<!--', i)) {
        const close = markup.indexOf('-->', i + 4);
        i = close < 0 ? markup.length : close + 3;
      } else if (/^<[!?/]/.test(markup.slice(i, i + 2))) {
        // A doctype, a processing instruction or `</ >`: HTML reads it as a comment.
        i = tagEnd(markup, i + 2);
      } else {
        out += c;
        i++;
      }
    } else if (c === '&') {
      REFERENCE.lastIndex = i;
      const ref = REFERENCE.exec(markup);
      const text = ref && (ref[1] ? numeric(ref[1], true) : ref[2] ? numeric(ref[2], false) : named(ref[3]));
      if (ref && text !== undefined && text !== null) {
        out += text;
        i = REFERENCE.lastIndex;
      } else {
        out += c;
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}
