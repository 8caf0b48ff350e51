import { isServer } from 'lit';

/**
 * Links in a feed (`url`, `photo`) must be http(s) or relative. Anything else
 * (`javascript:`, `data:`, `vbscript:`, `file:`…) is not a link we will render.
 */
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/** The URL if it is safe to put in `href`/`src`, else `undefined`. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  // Browsers ignore tabs and newlines inside a URL ("java\nscript:"), and C0 controls
  // before it; look at the scheme the browser would see.
  // eslint-disable-next-line no-control-regex
  const seen = trimmed.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = SCHEME.exec(seen);
  if (!scheme) return seen.startsWith('\\') ? undefined : trimmed;
  const name = scheme[1].toLowerCase();
  return name === 'http' || name === 'https' ? trimmed : undefined;
}

/**
 * A link made absolute against the page (`base`, by default the document's base URL), as a
 * fetch or a calendar file needs it; unchanged when it cannot be (no base on a server, or not
 * a URL at all).
 */
export function absoluteUrl(url: string, base: string | undefined = isServer ? undefined : document.baseURI): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
