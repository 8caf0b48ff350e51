import { readFile } from 'node:fs/promises';
import { InputError } from './errors.js';

/**
 * The JSON in a file, or an InputError naming the file and what is wrong with it in one line:
 * missing, a folder, empty, an HTML page (a browser's "Save page" of an API URL), not JSON.
 */
export async function readJson(file: string): Promise<unknown> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${file}: is a folder, not a JSON file`);
    throw new InputError(`${file}: cannot be read (${code ?? (error as Error).message})`);
  }
  source = source.replace(/^\uFEFF/, '');
  if (!source.trim()) throw new InputError(`${file}: the file is empty`);
  if (/^\s*</.test(source)) {
    throw new InputError(`${file}: is an HTML or XML page, not JSON (save the JSON the URL returns, not the web page)`);
  }
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new InputError(`${file}: is not JSON (${(error as Error).message.split('\n')[0]})`);
  }
}
