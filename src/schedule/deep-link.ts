/**
 * Deep links into a schedule: `#<date>` selects a day (`#<id>-<date>` for a schedule with an
 * `id`), `#<date>-<title slug>` (row anchors, see layout.ts) a row of that day. The page's
 * `#id` does not reach into a shadow root, so the schedule reads and writes the hash itself.
 */

/** What a hash points at in a schedule (with `id`, its prefix), or `undefined` when it is not for it. */
export function hashTarget(hash: string, id: string | undefined): { date: string; anchor?: string } | undefined {
  let text: string;
  try {
    text = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  if (id) {
    if (!text.startsWith(`${id}-`)) return undefined;
    text = text.slice(id.length + 1);
  }
  const m = /^(\d{4}-\d{2}-\d{2})(?:-(.+))?$/.exec(text);
  if (!m) return undefined;
  return m[2] ? { date: m[1], anchor: text } : { date: m[1] };
}

/** The hash of a day of a schedule: `#2024-07-26`, or `#program-2024-07-26` with `id="program"`. */
export function hashFor(date: string, id: string | undefined): string {
  return `#${id ? `${id}-` : ''}${date}`;
}

/** How long a row opened by a link stays marked. */
export const TARGETED_MS = 2500;

/** The hash prefix a schedule answers to: its id, `''` for a page's only schedule, else none. */
export function hashId(el: HTMLElement): string | undefined {
  if (el.id) return el.id;
  return el.ownerDocument.querySelectorAll(el.localName).length === 1 ? '' : undefined;
}

/** What the page's hash opens in schedule `el` of these days, or `undefined` (not for it, or no such day). */
export function linkTarget(el: HTMLElement, days: readonly { date: string }[]): { date: string; anchor?: string } | undefined {
  const id = hashId(el);
  const target = id === undefined ? undefined : hashTarget(location.hash, id);
  return target && days.some((d) => d.date === target.date) ? target : undefined;
}

/** Writes a day's hash without scrolling or a new history entry (a tab click), where the schedule has one. */
export function writeHash(el: HTMLElement, date: string): void {
  const id = hashId(el);
  if (id === undefined) return;
  try {
    history.replaceState(history.state, '', hashFor(date, id || undefined));
  } catch {
    // A sandboxed frame may refuse: the tab still shows its day.
  }
}

/** Scrolls a row opened by a link into view and marks it for a moment; false when it is not (yet) there. */
export function openRow(root: ParentNode, anchor: string): boolean {
  const row = (root as DocumentFragment).getElementById?.(anchor);
  if (!row) return false;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  row.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  row.classList.add('targeted');
  row.part.add('targeted');
  setTimeout(() => {
    row.classList.remove('targeted');
    row.part.remove('targeted');
  }, TARGETED_MS);
  return true;
}
