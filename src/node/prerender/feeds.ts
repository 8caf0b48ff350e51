/**
 * Where an element's feed comes from at build time, found as the browser finds it, and the
 * feed read and validated (with the library's own validator). A feed that cannot be read or is
 * invalid is a reason, not an exception: the element is then left for the browser.
 */
import { readFile } from 'node:fs/promises';
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

/**
 * Reads feeds for one page: root-relative addresses from `root`, relative ones against the
 * page's `url` (its path in the site, or its full address). Each file is read once per reader.
 */
export function feedReader(root: string, url: string | undefined): FeedReader {
  const page = new URL(url ?? '/', `${SITE}/`);
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
    const base = resolve(root);
    const file = join(base, ...path.split('/').filter(Boolean));
    if (!file.startsWith(base + sep)) return { ok: false, reason: 'is outside the site', name: src };
    let known = files.get(file);
    if (!known) {
      known = readFile(file, 'utf8').then(
        (text) => validate(text, path),
        (error: NodeJS.ErrnoException) => ({
          ok: false as const,
          name: path,
          reason:
            error.code === 'ENOENT'
              ? `is not in the site (no file ${file})`
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
