// The size budget, checked by `npm test` after the build: the CDN bundle, minified and gzipped
// (zlib, level 9: deterministic), must stay under BUDGET. Growing past it is a decision: raise
// BUDGET in the same change, and say why. `npm run bench` breaks the figure down by package.
// It also fails when luxon's DateTime (or Duration, Interval) is in the bundle: time is luxon's
// zone classes plus Intl (src/time/).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The CDN bundle's budget, min + gzip, in bytes (kB = 1,000 bytes). */
// The target is 30 kB (everything included: five elements and the papers list, the feed's YAML
// repair, calendar files and links, hydration support). Not reached yet: the bundle is 38.0 kB (38,012 bytes)
// (lit 6.6, hydration support 2.0, @lit/context 1.5, luxon's zone classes 1.6 now that the build
// drops its unused DateTime parser set-up; the library's own code the rest). The budget sits just
// above what it is, so that nothing grows unnoticed.
export const BUDGET = 38_020;

export const CDN_FILE = 'dist/cdn/esfomo-elements.min.js';

/**
 * What only luxon's DateTime, Duration and Interval carry (their names for an invalid value, and
 * the parser's entry): the bundle uses luxon's zone classes alone and must hold none of these.
 */
export const NOT_IN_BUNDLE = ['Invalid DateTime', 'Invalid Duration', 'Invalid Interval', 'fromISO'];

/** Bytes of `code` gzipped at level 9. */
export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

if (import.meta.url === `file://${process.argv[1]}`) {
  let code;
  try {
    code = readFileSync(CDN_FILE);
  } catch {
    console.error(`size budget: ${CDN_FILE} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  const text = code.toString('utf8');
  const found = NOT_IN_BUNDLE.filter((marker) => text.includes(marker));
  if (found.length) {
    console.error(
      `size budget: ${CDN_FILE} holds luxon's DateTime code (${found.map((m) => JSON.stringify(m)).join(', ')}): import only its zone classes.`,
    );
    process.exit(1);
  }
  const size = gzipSize(code);
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const line = `size budget: ${CDN_FILE} is ${kb(size)} min+gzip (${size} bytes), budget ${kb(BUDGET)}, ${kb(Math.abs(BUDGET - size))} ${size <= BUDGET ? 'to spare' : 'over'}`;
  if (size > BUDGET) {
    console.error(`${line}.\nThe bundle grew past its budget: make it smaller, or raise BUDGET in scripts/size-budget.mjs and say why.`);
    process.exit(1);
  }
  console.log(line);
}
