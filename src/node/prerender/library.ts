/**
 * The built library, loaded once into Node: Lit's DOM shim first (so the elements' modules can
 * define themselves), then the elements, the validator and the calendar code from dist/esm, by
 * the package's own name. What renders at build time is what the browser runs.
 */
import type * as Index from '../../index.js';
import type * as Calendars from '../../calendars.js';
import type * as Ssr from '@lit-labs/ssr';
import type * as RenderResult from '@lit-labs/ssr/lib/render-result.js';

export interface Library {
  elements: typeof Index;
  calendars: typeof Calendars;
  ssr: typeof Ssr;
  collectResultSync: typeof RenderResult.collectResultSync;
}

let loading: Promise<Library> | undefined;

/** Import through a variable: resolved at run time, against the built package. */
const load = <T>(specifier: string): Promise<T> => import(specifier) as Promise<T>;

/** The library, loaded on first use. */
export function library(): Promise<Library> {
  loading ??= (async () => {
    await load('@lit-labs/ssr/lib/install-global-dom-shim.js');
    const [elements, calendars, ssr, result] = await Promise.all([
      load<typeof Index>('esfomo-elements'),
      load<typeof Calendars>('esfomo-elements/calendars.js'),
      load<typeof Ssr>('@lit-labs/ssr'),
      load<typeof RenderResult>('@lit-labs/ssr/lib/render-result.js'),
    ]);
    return { elements, calendars, ssr, collectResultSync: result.collectResultSync };
  })();
  return loading;
}
