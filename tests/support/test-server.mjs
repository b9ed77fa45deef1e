import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * What the browser-test server adds to plain static serving, for pages opened whole by
 * tests/support/page-frame.ts:
 * - `/ix-widgets.js` (and `/dist/ix-widgets.js`) is the BUILT dist/ix-widgets.js, byte for byte the
 *   file a CDN serves (pages under demo/ load it by that path, as they do from `npm start`);
 * - an HTML page requested with `ix-probe` in its query gets tests/support/frame-probe.js as its
 *   first script, so a test sees the page's errors and CSP violations from its first moment;
 * - the bundle requested with `ix-hold=<name>` in its query is held back (as over a slow
 *   connection) until the test asks for `/tests/support/release-bundle?name=<name>`, so a test
 *   sees the page exactly as it paints before the bundle arrives, for as long as it looks.
 */
const bundleFile = fileURLToPath(new URL('../../dist/ix-widgets.js', import.meta.url));
const probeTag = '<script src="/tests/support/frame-probe.js"></script>';

/** Held bundle requests by name: each resolves when the test releases that name. */
const held = new Map();
const holdFor = (name) => {
  if (!held.has(name)) {
    let release;
    held.set(name, { promise: new Promise((resolve) => (release = resolve)), release: () => release() });
  }
  return held.get(name);
};

export function pageFrameMiddleware() {
  return async function pageFrame(context, next) {
    if (context.path === '/tests/support/release-bundle') {
      const name = context.URL.searchParams.get('name') ?? '';
      // Kept once released: a request that comes after its release passes at once.
      holdFor(name).release();
      context.type = 'text/plain';
      context.body = `released ${name}`;
      return;
    }
    if (context.path === '/ix-widgets.js' || context.path === '/dist/ix-widgets.js') {
      const hold = context.URL.searchParams.get('ix-hold');
      if (hold) await holdFor(hold).promise;
      // The file's exact bytes, answered here before the esbuild plugin, which would re-emit it
      // (and so break the integrity hash every snippet pins).
      context.type = 'text/javascript';
      context.set('cache-control', 'no-store');
      context.body = await readFile(bundleFile);
      return;
    }
    const probed = context.URL.searchParams.has('ix-probe');
    await next();
    if (!probed || !context.response.is('html') || context.status !== 200) return;
    const body = typeof context.body === 'string' ? context.body : context.body ? await streamToString(context.body) : '';
    // After <head> when there is one (charset meta must stay early enough), else at the start.
    context.body = /<head[^>]*>/i.test(body) ? body.replace(/<head[^>]*>/i, (head) => `${head}${probeTag}`) : `${probeTag}${body}`;
  };
}

async function streamToString(body) {
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
