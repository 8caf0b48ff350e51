/**
 * `esfomo-elements prerender PATH... [--root DIR] [--base PATH] [--strict]`: every esfomo element of the
 * given HTML files (a folder: every `.html` file under it) rendered in place, the calendar
 * files written beside each page.
 *
 * Standard output: one line per page that has esfomo elements or warnings, each warning on its
 * own line under it, then a summary. Standard error: a progress line every 100 pages. Bad input
 * (a missing path, a feed that cannot be read or is invalid) is a warning and exit status 0;
 * with `--strict`, any warning makes the status 1.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { Io } from '../cli.js';
import { prerender } from './page.js';
import { normalBase } from './feeds.js';

export const PROGRESS_EVERY = 100;

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Every `.html` file under a folder, sorted (so the output is the same every run). */
async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...(await htmlFiles(path)));
    } else if (entry.isFile() && /\.html?$/i.test(entry.name)) out.push(path);
  }
  return out;
}

/** A calendar file's text without its DTSTAMP lines: a file that differs only there is not rewritten. */
const stampless = (text: string) => text.replace(/^DTSTAMP:.*\r?\n/gm, '');

async function writeIfChanged(file: string, text: string, sameAs: (a: string, b: string) => boolean = (a, b) => a === b): Promise<void> {
  const before = await readFile(file, 'utf8').catch(() => undefined);
  if (before === undefined || !sameAs(before, text)) await writeFile(file, text);
}

export interface PrerenderFilesOptions {
  /** The site's root for root-relative feed addresses. Default: each folder given (a file's own folder). */
  root?: string;
  /** The path the site is served under (`/al-folio`), already normalised (`normalBase`). Default: none. */
  base?: string;
}

export interface PrerenderFilesSummary {
  pages: number;
  rendered: number;
  left: number;
  warnings: number;
}

/** Prerenders files and folders in place, reporting on `io`. */
export async function prerenderFiles(paths: string[], options: PrerenderFilesOptions, io: Io): Promise<PrerenderFilesSummary> {
  const summary = { pages: 0, rendered: 0, left: 0, warnings: 0 };
  const pages: { file: string; root: string }[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      io.out(`${path}: no such file or folder\n`);
      summary.warnings++;
      continue;
    }
    const root = resolve(options.root ?? (info.isDirectory() ? path : dirname(path)));
    const files = info.isDirectory() ? await htmlFiles(path) : [path];
    for (const file of files) pages.push({ file, root });
  }
  let done = 0;
  for (const { file, root } of pages) {
    if (done > 0 && done % PROGRESS_EVERY === 0) io.err(`prerender: ${done}/${pages.length} pages`);
    done++;
    const inside = relative(root, resolve(file));
    const url = inside.startsWith('..') ? undefined : `${options.base ?? ''}/${inside.split(sep).join('/')}`;
    let html: string;
    let result: Awaited<ReturnType<typeof prerender>>;
    try {
      html = await readFile(file, 'utf8');
      result = await prerender(html, { root, url, base: options.base });
    } catch (error) {
      // A page the prerender cannot handle stays as it was; the rest of the site goes on.
      io.out(`${file}: not rendered (${(error as Error)?.message?.split('\n')[0] ?? error}); left as it was\n`);
      summary.pages++;
      summary.warnings++;
      continue;
    }
    if (result.html !== html) await writeFile(file, result.html);
    for (const calendar of result.files)
      await writeIfChanged(join(dirname(file), calendar.path), calendar.text, (a, b) => stampless(a) === stampless(b));
    summary.pages++;
    summary.rendered += result.rendered;
    summary.left += result.left;
    summary.warnings += result.warnings.length;
    if (result.rendered || result.left || result.warnings.length) {
      const parts = [`${result.rendered} rendered`];
      if (result.left) parts.push(`${result.left} left for the browser`);
      if (result.files.length) parts.push(`${result.files.length} calendar file${result.files.length === 1 ? '' : 's'}`);
      if (result.warnings.length) parts.push(`${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`);
      io.out(`${file}: ${parts.join(', ')}\n`);
      for (const warning of result.warnings) io.out(`  ${file}: ${warning}\n`);
    }
  }
  return summary;
}

/** The command: arguments after `prerender`; the exit status. */
export async function run(args: string[], io: Io): Promise<number> {
  const paths: string[] = [];
  let root: string | undefined;
  let base: string | undefined;
  let strict = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--strict') strict = true;
    else if (arg === '--root' || arg.startsWith('--root=')) {
      root = arg === '--root' ? args[++i] : arg.slice('--root='.length);
      if (!root) throw new InputError('prerender: --root needs a folder');
    } else if (arg === '--base' || arg.startsWith('--base=')) {
      const given = arg === '--base' ? args[++i] : arg.slice('--base='.length);
      if (given === undefined) throw new InputError('prerender: --base needs the path the site is served under (e.g. /al-folio)');
      base = normalBase(given);
      if (base === undefined) throw new InputError(`prerender: --base ${given} is not a path (such as /al-folio)`);
    } else if (arg.startsWith('--')) throw new InputError(`prerender: unknown option ${arg} (known: --root DIR, --base PATH, --strict)`);
    else paths.push(arg);
  }
  if (!paths.length) throw new InputError('prerender: name the HTML files or folders to render (e.g. _site)');
  if (root !== undefined) {
    const info = await stat(root).catch(() => undefined);
    if (!info?.isDirectory()) throw new InputError(`prerender: --root ${root} is not a folder`);
  }
  const s = await prerenderFiles(paths, { root, base }, io);
  io.out(
    `prerender: ${s.pages} page${s.pages === 1 ? '' : 's'}, ${s.rendered} element${s.rendered === 1 ? '' : 's'} rendered, ${s.left} left for the browser, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}\n`,
  );
  return strict && s.warnings > 0 ? 1 : 0;
}
