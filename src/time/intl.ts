/**
 * Every `Intl.DateTimeFormat` of the library, made once per locale and options and kept:
 * building one costs far more than formatting with it, and a page formats the same few
 * kinds of dates and times hundreds of times.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The `Intl.DateTimeFormat` for a locale (`undefined`: the browser's) and options, built on
 * first use and kept. A locale the browser rejects falls back to `en`, so formatting a date
 * never throws for a page's odd `lang`.
 */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

/** The text of the first part of `type` in `formatToParts`'s answer, or ''. */
export const partText = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string =>
  parts.find((p) => p.type === type)?.value ?? '';

/** `05`: a number to two digits. */
export const pad = (n: number): string => String(n).padStart(2, '0');
