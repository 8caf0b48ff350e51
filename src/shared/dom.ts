/**
 * The few things elements ask of the document around them, each written once. Nothing here
 * runs on a server: callers check `isServer` first.
 */

/** `el` and every node above it, across shadow roots (a shadow root's host comes after it). */
export function* composedAncestors(el: Node): Generator<Node> {
  let node: Node | null = el;
  while (node) {
    yield node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
}

/** Whether `el` is a `<script>` holding JSON (`application/json`, or `application/ld+json`). */
export function isJsonScript(el: Element | null | undefined): el is HTMLScriptElement {
  return el instanceof HTMLScriptElement && /^application\/(ld\+)?json$/i.test(el.type);
}

/**
 * A promise that settles in a later task, so that the main thread can take input and paint in
 * between: `scheduler.yield()` where the browser has it (the rest then runs before other
 * waiting tasks), else a zero timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * Runs `then` once the document has been parsed (at once when it has been), so that a feed
 * script written after an element is seen. Returns whether it had to wait.
 */
export function whenParsed(then: () => void): boolean {
  if (document.readyState !== 'loading') return false;
  document.addEventListener('DOMContentLoaded', then, { once: true });
  return true;
}
