/**
 * Where an element's feed comes from at build time, found as the browser finds it, and the
 * feed read and validated (with the library's own validator). A feed that cannot be read or is
 * invalid is a reason, not an exception: the element is then left for the browser.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Feed, Problem } from '../../feed/types.js';
import { repairYamlFeed } from '../../feed/from-yaml.js';
import { library } from './library.js';

/** A feed as the page declares it: at an address, or JSON text in the page. */
export type FeedSource = { kind: 'src'; src: string; where: string } | { kind: 'text'; text: string; where: string; yaml?: boolean };

/** A feed read and validated, or why it could not be used. */
export type ReadFeed =
  { ok: true; raw: unknown; feed: Feed; problems: Problem[]; name: string } | { ok: false; reason: string; name: string };

/** A placeholder origin for pages given by path only: addresses on it are the site's own files. */
const SITE = 'https://site.invalid';

export interface FeedReader {
  read(source: FeedSource): Promise<ReadFeed>;
}

/** JSON text to a value, or the reason it is not JSON (an HTML page, a syntax error). */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const source = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(source)) return { ok: false, reason: 'is an HTML page, not JSON (is the address right?)' };
  if (!source.trim()) return { ok: false, reason: 'is empty' };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    return { ok: false, reason: `is not valid JSON (${(error as Error).message.split('\n')[0]})` };
  }
}

/** A base path as written (`al-folio`, `/al-folio/`), as `/al-folio` (`''` for the site's root); undefined when it is no path. */
export function normalBase(base: string | undefined): string | undefined {
  if (base === undefined) return '';
  const parts = base.split('/').filter(Boolean);
  if (parts.some((p) => p === '.' || p === '..' || /[?#\\]/.test(p))) return undefined;
  return parts.length ? `/${parts.join('/')}` : '';
}

/**
 * A hint for a root-relative address whose first folder is not in the site, and no base path
 * given: the site is likely served under one (`/al-folio/assets/feed.json` on a project site).
 */
async function baseHint(folder: string, path: string, base: string): Promise<string> {
  if (base !== '') return '';
  const first = path.split('/').filter(Boolean)[0];
  if (!first || !path.slice(1).includes('/')) return '';
  const there = await stat(join(folder, first)).catch(() => undefined);
  return there ? '' : `; if the site is served under a base path (/${first}?), give it with --base`;
}

/**
 * Reads feeds for one page: root-relative addresses from `root`, relative ones against the
 * page's `url` (its path in the site, or its full address). `base` is the path the site is
 * served under (Jekyll's `baseurl`, a project site's `/repo`): an address under it is read from
 * `root` without it. Each file is read once per reader.
 */
export function feedReader(root: string, url: string | undefined, base = ''): FeedReader {
  const page = new URL(url ?? `${base}/`, `${SITE}/`);
  const files = new Map<string, Promise<ReadFeed>>();
  const texts = new Map<string, Promise<ReadFeed>>();

  /** `yaml`: the page's script says Jekyll wrote it from YAML (`data-from="yaml"`): repaired as the browser repairs it. */
  async function validate(text: string, name: string, yaml = false): Promise<ReadFeed> {
    const json = parseJson(text);
    if (!json.ok) return { ok: false, reason: json.reason, name };
    const raw = yaml ? repairYamlFeed(json.value).feed : json.value;
    const { elements } = await library();
    try {
      const { feed, problems } = elements.validateFeed(raw);
      return { ok: true, raw, feed, problems, name };
    } catch (error) {
      if (error instanceof elements.FeedError) return { ok: false, reason: error.message, name };
      throw error;
    }
  }

  async function fromFile(src: string): Promise<ReadFeed> {
    let target: URL;
    try {
      target = new URL(src, page);
    } catch {
      return { ok: false, reason: 'is not an address', name: src };
    }
    if (target.origin !== page.origin || !/^https?:$/.test(target.protocol)) {
      return { ok: false, reason: 'is on another site: not fetched at build time (the browser loads it)', name: src };
    }
    const path = decodeURIComponent(target.pathname);
    if (base && path !== base && !path.startsWith(`${base}/`)) {
      return { ok: false, reason: `is outside the site's base path ${base} (--base): not read at build time`, name: src };
    }
    const folder = resolve(root);
    const file = join(folder, ...path.slice(base.length).split('/').filter(Boolean));
    if (!file.startsWith(folder + sep)) return { ok: false, reason: 'is outside the site', name: src };
    let known = files.get(file);
    if (!known) {
      known = readFile(file, 'utf8').then(
        (text) => validate(text, path),
        async (error: NodeJS.ErrnoException) => ({
          ok: false as const,
          name: path,
          reason:
            error.code === 'ENOENT'
              ? `is not in the site (no file ${file}${await baseHint(folder, path, base)})`
              : error.code === 'EISDIR'
                ? 'is a folder, not a file'
                : `cannot be read (${error.code ?? error.message})`,
        }),
      );
      files.set(file, known);
    }
    return known;
  }

  return {
    read(source) {
      if (source.kind === 'src') return fromFile(source.src);
      // The same script read by every element of the page: validated once, its problems reported once.
      const key = `${source.yaml ? 'yaml' : 'json'} ${source.where}\n${source.text}`;
      let known = texts.get(key);
      if (!known) texts.set(key, (known = validate(source.text, source.where, source.yaml)));
      return known;
    },
  };
}
