/**
 * The language dates and times are written in: the nearest `lang` around the element (the
 * host page's own), as a locale `Intl` can format with; `en` for a page that says none. Never
 * the visitor's browser language: the page's text is in the page's language, and a render made
 * at build time must read the same for every visitor.
 */
import { isServer } from 'lit';
import { composedAncestors } from './dom.js';

/** A locale `Intl` can format with; `en` when `locale` is none. */
export function usableLocale(locale: string | null | undefined): string {
  if (!locale) return 'en';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? locale : 'en';
  } catch {
    return 'en';
  }
}

/** The locale an element writes in. On a server, where there is no document around it, its own `lang`. */
export function localeOf(el: Element): string {
  if (isServer) return usableLocale(el.getAttribute?.('lang'));
  for (const node of composedAncestors(el)) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) return usableLocale(lang);
  }
  return 'en';
}
