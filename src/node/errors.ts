/**
 * What the command line reports as one line on standard error, with exit status 1:
 * a usage mistake or input it cannot use. Anything else that is thrown is a bug.
 */
export class InputError extends Error {
  override name = 'InputError';
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string's trimmed text, or `undefined` for anything else and for blank text. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** A short description of a value for a message: `a number`, `"Oral"`. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
