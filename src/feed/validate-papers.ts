/**
 * The feed's `papers`, and an item's `papers` (ids resolved to those papers), checked with the
 * validator's own helpers, so a paper's links go through the same URL gate and its problems
 * carry JSON paths like every section's. Papers are read after `people` (an author may be a
 * person's id) and before `schedule` (an item names papers by id).
 */
import type { Paper, Person } from './types.js';
import type { Validator } from './validate.js';
import { at, compact, describe, isObject, own, type Json } from './json.js';

/** A string that reads as an id (`elias-frantar`), not as a name: lower-case words joined by `-` or `_`. */
const ID_LIKE = /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/;

/** The papers of a feed, each checked, and an index of them by id for the schedule. */
export function readPapers(v: Validator, raw: Json): { papers: Paper[]; byId: Map<string, Paper> } {
  const byId = new Map<string, Paper>();
  const papers = v.list(raw, 'papers', (value, path) => {
    const found = paper(v, value, path);
    if (found === undefined) return undefined;
    if (byId.has(found.id)) {
      v.warn(at(path, 'id'), `${describe(found.id)} is the id of an earlier paper too (the first is used)`);
    } else {
      byId.set(found.id, found);
    }
    return found;
  });
  return { papers, byId };
}

function paper(v: Validator, value: unknown, path: string): Paper | undefined {
  if (!isObject(value)) {
    v.error(path, `${describe(value)} is not a paper (an object with an id, a title and authors) (skipped)`);
    return undefined;
  }
  const id = v.required(value, 'id', path, 'a paper');
  if (id === undefined) return undefined;
  const title = v.required(value, 'title', path, 'a paper');
  if (title === undefined) return undefined;
  if (own(value, 'authors') === undefined) v.warn(path, 'has no authors (an empty list is written "authors": [])');
  const kind = v.text(value, 'kind', path)?.trim().toLowerCase();
  return compact({
    id,
    title,
    authors: v.list(value, 'authors', (a, p) => author(v, a, p), path),
    kind: kind || undefined,
    url: v.link(value, 'url', path),
    pdf: v.link(value, 'pdf', path),
    code: v.link(value, 'code', path),
    poster: v.text(value, 'poster', path),
    award: v.text(value, 'award', path),
    abstract: v.text(value, 'abstract', path),
  });
}

/** An author: a person's id in `people`, an inline person, or a plain name (shown as written). */
function author(v: Validator, value: unknown, path: string): Person | undefined {
  if (typeof value !== 'string') return v.person(value, path, false);
  const listed = v.listed(value);
  if (listed) return listed;
  const name = value.trim();
  if (!name) {
    v.warn(path, 'is an empty name (ignored)');
    return undefined;
  }
  if (ID_LIKE.test(name)) v.warn(path, `${describe(value)} is not the id of anyone in people (shown as a name)`);
  return { name, roles: [] };
}

/** An item's `papers`: ids of papers in the feed; an unknown one is a warning at its path, and not shown. */
export function paperRefs(v: Validator, item: Json, path: string, byId: Map<string, Paper>): Paper[] {
  return v.list(
    item,
    'papers',
    (value, p) => {
      const found = typeof value === 'string' ? byId.get(value) : undefined;
      if (!found) v.warn(p, `${describe(value)} is not the id of a paper in papers (not shown)`);
      return found;
    },
    path,
  );
}
