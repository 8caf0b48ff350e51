/**
 * The feed as `@lit/context` gives it from `<esfomo-feed>` to the elements inside it.
 *
 * The key is `Symbol.for(...)`, so two copies of the library on one page still find
 * each other. One `ContextRoot` on the document replays the requests of elements that
 * upgraded before their `<esfomo-feed>` did.
 */
import { createContext, ContextRoot } from '@lit/context';
import type { FeedState } from './load.js';

export const feedContext = createContext<FeedState>(Symbol.for('esfomo-feed'));

const ROOT = Symbol.for('esfomo-elements.context-root');
type WithRoot = typeof globalThis & { [ROOT]?: ContextRoot };

/** Attaches the page's one `ContextRoot` (idempotent, shared between copies of the library). */
export function ensureContextRoot(): void {
  const g = globalThis as WithRoot;
  if (g[ROOT] || typeof document === 'undefined') return;
  g[ROOT] = new ContextRoot();
  g[ROOT].attach(document.documentElement);
}
