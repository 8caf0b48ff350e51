/**
 * What of an element reaches past a vertical edge: its boxes and its text (a word too long for
 * its line overflows its box, so a box alone does not tell; text a box clips is held to that
 * box), as "tag.class: text" lines. For the reflow checks (WCAG 1.4.10) of a story and of the
 * tests. No imports: a test may load it alone.
 */
export function pastEdge(el: Element, edge: number): string[] {
  const found: string[] = [];
  const root = el.shadowRoot ?? el;
  // The element's own document (a frame's, maybe), and node types rather than classes (a frame has its own `Text`).
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeType === Node.TEXT_NODE;
    if (text) range.selectNodeContents(node);
    const box = text ? range.getBoundingClientRect() : (node as Element).getBoundingClientRect();
    const owner = text ? node.parentElement! : (node as Element);
    if (box.width <= 1 || box.right <= edge + 0.5 || clippedAt(owner) <= edge + 0.5) continue;
    found.push(
      `${owner.localName}${owner.className ? `.${owner.className}` : ''}: ${(node.textContent ?? '').trim().slice(0, 40)} (to ${Math.round(box.right)}px)`,
    );
  }
  return found;
}

/** Where the nearest box that clips `el`'s overflow (`overflow` other than visible: text hidden for screen readers) ends, if one does. */
function clippedAt(el: Element): number {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.ownerDocument.defaultView!.getComputedStyle(at).overflowX !== 'visible') return at.getBoundingClientRect().right;
  }
  return Infinity;
}
