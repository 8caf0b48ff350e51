/**
 * The language dates and times are written in: the nearest `lang` around the element
 * (the host page's own), else the browser's.
 */
export function localeOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return navigator.language || 'en';
}
