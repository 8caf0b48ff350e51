// A tiny static file server for the benchmark: the repository, read-only, on 127.0.0.1.
// Text is sent gzip-compressed (level 6, as a web server or CDN does) to a browser that asks for
// it; `no-store` (and the harness disables the browser's cache): every visit is a first visit.
// No bare-import rewriting: pages load the self-contained CDN bundle or plain relative modules.
// The harness's own pages (bench/pages/) are cross-origin isolated (COOP + COEP), which gives
// `performance.now()` its fine resolution (5 µs instead of 100 µs): a schedule of 15 rows renders in a few ms.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** Serves `root` on an ephemeral port; resolves to `{ origin, close }`. */
export async function serve(root) {
  const base = resolve(root);
  const compressed = new Map(); // file -> { mtime, body }: compress each version of a file once
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside the root');
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (path.startsWith('/bench/pages/')) {
        headers['cross-origin-opener-policy'] = 'same-origin';
        headers['cross-origin-embedder-policy'] = 'require-corp';
      }
      if (/^text|json|svg/.test(headers['content-type']) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let hit = compressed.get(file);
        if (hit?.mtime !== info.mtimeMs) compressed.set(file, (hit = { mtime: info.mtimeMs, body: gzipSync(body, { level: 6 }) }));
        body = hit.body;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
