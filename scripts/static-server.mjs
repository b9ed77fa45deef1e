/**
 * One small static file server on loopback for everything that loads pages in a real browser:
 * end-to-end tests, browser benchmarks and Lighthouse. A folder's URL serves its index.html; a
 * missing /favicon.ico answers "no content" so browsers' own requests add no 404s to the logs.
 *
 *   const server = await serveStatic(root, { headersFor, cdn, aliases });  // server.origin, server.close()
 *
 * `headersFor(path)` adds response headers per URL path (e.g. a strict CSP on pages); `cdn` serves
 * like a CDN would (gzip for text, long-lived caching for everything but pages); `aliases` serves a
 * URL path from another file under root (e.g. `{ '/ix-widgets.js': '/dist/ix-widgets.js' }`, as the
 * demo pages load the bundle); `port` is a fixed port (default: any free one).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'text/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export async function serveStatic(root, { headersFor = () => ({}), cdn = false, aliases = {}, port = 0 } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    path = aliases[path] ?? path;
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      if (path === '/favicon.ico') response.writeHead(204).end();
      else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers = { 'content-type': type, 'cache-control': 'no-store', ...headersFor(path) };
    if (cdn) {
      // Pages revalidate; everything else is cached like a CDN's versioned file.
      headers['cache-control'] = type.startsWith('text/html') ? 'no-cache' : 'public, max-age=31536000, immutable';
      if (/^(text\/|image\/svg|application\/json)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
    }
    response.writeHead(200, { ...headers, 'content-length': body.length }).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
