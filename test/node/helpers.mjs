// Runs the built command line as a user would, and reads what it printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/esfomo-elements.js');
export const fixture = (name) => join(ROOT, 'test/node/fixtures', name);
export const readFixture = (name) => JSON.parse(readFileSync(fixture(name), 'utf8'));

/** `esfomo-elements ...args`: its exit status, standard output and standard error's lines. */
export function cli(args, env = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ESFOMO_DEBUG: '', ...env },
  });
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  return { status: run.status, stdout: run.stdout, stderr: lines };
}

/** The JSON a successful run printed. */
export function imported(args) {
  const run = cli(args);
  if (run.status !== 0) throw new Error(`exit ${run.status}: ${run.stderr.join(' | ')}`);
  return { ...run, json: JSON.parse(run.stdout) };
}

const scratch = mkdtempSync(join(tmpdir(), 'esfomo-cli-'));
/** A file with these contents (a string, or JSON of a value), for one test. */
export function scratchFile(name, contents) {
  const path = join(scratch, name);
  writeFileSync(path, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return path;
}

/** The library's own validator, from the build (as a site owner's Node script would load it). */
export async function validator() {
  const { validateFeed } = await import(join(ROOT, 'dist/esm/index.js'));
  return validateFeed;
}
