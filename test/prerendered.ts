// What the tests of build-time rendering share: an element's text, and the CDN bundle loaded
// so that each element's first (hydrating) browser render is kept before the update after it.

/** The text an element shows (its shadow root without the styles), whitespace folded. */
export const shadowText = (el: Element): string =>
  [...(el.shadowRoot?.childNodes ?? [])]
    .filter((n) => !(n instanceof HTMLStyleElement) && n.nodeType !== Node.COMMENT_NODE)
    .map((n) => n.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Imports the CDN bundle at `cdn`, writing into `firsts` each element's text as its first render
 * left it (at `firstUpdated`, before the update in which the visitor becomes known).
 */
export async function importRecordingFirstRenders(cdn: string, firsts: Map<Element, string>): Promise<void> {
  const define = customElements.define;
  customElements.define = function (name, ctor, options) {
    const proto = ctor.prototype as { firstUpdated?: (changed: unknown) => void };
    const own = proto.firstUpdated;
    proto.firstUpdated = function (this: HTMLElement, changed: unknown) {
      firsts.set(this, shadowText(this));
      own?.call(this, changed);
    };
    define.call(customElements, name, ctor, options);
  };
  try {
    await import(/* @vite-ignore */ cdn);
  } finally {
    customElements.define = define;
  }
}
