// A faulty feed server for the browser tests (a @web/dev-server middleware): answers under
// /faulty/ the way real servers go wrong, and counts what it was asked.
//
// (No file extension: the test server would let browsers cache such a path for a year.)
// - /faulty/flaky/<key>         HTTP 500 the first time a key is asked for, then a valid feed
// - /faulty/slow/<key>?ms=N      a valid feed (its topic names the key) after N ms
// - /faulty/count/<key>          how many requests for <key> arrived, as JSON: { "requests": n }
// - /test/fixtures/csp/*         served as usual, under a strict Content-Security-Policy
const seen = new Map();

function feedFor(key) {
  return JSON.stringify({ version: 1, topics: [`Feed ${key}`] });
}

/** No inline script or style, no style attribute, Trusted Types for script sinks. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export function faultyServer() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/test/fixtures/csp/')) {
      await next();
      ctx.set('Content-Security-Policy', STRICT_CSP);
      ctx.set('Cache-Control', 'no-store');
      return;
    }
    const m = /^\/faulty\/(flaky|slow|count)\/([\w.-]+)$/.exec(ctx.path);
    if (!m) return next();
    const [, mode, key] = m;
    if (mode === 'count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ requests: seen.get(key) ?? 0 });
      return;
    }
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    ctx.set('Cache-Control', 'no-store');
    if (mode === 'flaky' && n === 1) {
      ctx.status = 500;
      ctx.body = 'Internal Server Error';
      return;
    }
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 200)));
    ctx.type = 'application/json';
    ctx.body = feedFor(key);
  };
}
