/**
 * The feed's `papers`, and an item's `papers` (ids resolved to those papers), checked with the
 * readers every section shares, so a paper's links go through the same URL gate and its problems
 * carry JSON paths like every section's. Papers are read after `people` (an author may be a
 * person's id) and before `schedule` (an item names papers by id).
 */
import type { Paper, Person } from './types.js';
import { earlier, listedPerson, person } from './validate.js';
import { compact, isEntry, link, list, not, own, required, text, warn, type Json } from './json.js';

/** A string that reads as an id (`elias-frantar`), not as a name: lower-case words joined by `-` or `_`. */
const ID_LIKE = /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/;

/** The papers of a feed, each checked, and an index of them by id for the schedule. */
export function readPapers(raw: Json): { papers: Paper[]; byId: Map<string, Paper> } {
  const byId = new Map<string, Paper>();
  const papers = list(raw, 'papers', (value, path) => {
    const found = paper(value, path);
    if (found) {
      if (byId.has(found.id)) earlier(path, found.id, 'paper');
      else byId.set(found.id, found);
    }
    return found;
  });
  return { papers, byId };
}

function paper(value: unknown, path: string): Paper | undefined {
  if (!isEntry(value, path, 'a paper (an object with an id, a title and authors)')) return undefined;
  const id = required(value, 'id', path, 'a paper');
  if (id === undefined) return undefined;
  const title = required(value, 'title', path, 'a paper');
  if (title === undefined) return undefined;
  if (own(value, 'authors') === undefined) warn(path, 'has no authors (an empty list is written "authors": [])');
  const kind = text(value, 'kind', path)?.trim().toLowerCase();
  return compact({
    id,
    title,
    authors: list(value, 'authors', author, path),
    kind: kind || undefined,
    url: link(value, 'url', path),
    pdf: link(value, 'pdf', path),
    code: link(value, 'code', path),
    poster: text(value, 'poster', path),
    award: text(value, 'award', path),
    abstract: text(value, 'abstract', path),
  });
}

/** An author: a person's id in `people`, an inline person, or a plain name (shown as written). */
function author(value: unknown, path: string): Person | undefined {
  if (typeof value !== 'string') return person(value, path, false);
  const listed = listedPerson(value);
  if (listed) return listed;
  const name = value.trim();
  if (!name) return warn(path, 'is an empty name (ignored)');
  if (ID_LIKE.test(name)) not(path, value, 'the id of anyone in people (shown as a name)');
  return { name, roles: [] };
}

/** An item's `papers`: ids of papers in the feed; an unknown one is a warning at its path, and not shown. */
export function paperRefs(item: Json, path: string, byId: Map<string, Paper>): Paper[] {
  return list(
    item,
    'papers',
    (value, p) => (typeof value === 'string' && byId.get(value)) || not(p, value, 'the id of a paper in papers (not shown)'),
    path,
  );
}
