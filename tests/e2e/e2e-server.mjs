/**
 * What the end-to-end pages (tests/e2e/pages) need from the browser-test server:
 * - a page requested with `?csp=strict` is served with the strict Content-Security-Policy the
 *   README documents for sites that use Trusted Types;
 * - the React and Vue demos are built (dist-demo/, against the built dist/ix-widgets.js) when
 *   missing or older than the bundle, before the first test runs;
 * - the embed site (dist-embed/) likewise, when missing or older than the bundle or its own
 *   sources, and its pages are served with the headers its `_headers` file names, as a static
 *   host would (the cross-origin header its pages need inside a sandbox among them), and as if
 *   built for this server: the base URL the build wrote into pages, oEmbed documents and
 *   policies (`IX_EMBED_BASE`) reads as this server's /dist-embed/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { previewHeaders } from '../../scripts/embed-site/preview-headers.mjs';

/** The policy the README documents for sites that use Trusted Types. */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types ix-widgets lit-html";

export function e2eMiddleware() {
  let embedHeaders;
  return async function strictCsp(context, next) {
    const embedPath = context.path.startsWith('/dist-embed/') && existsSync(`${root}/dist-embed/_headers`) ? context.path.slice('/dist-embed'.length) : undefined;
    if (embedPath === undefined) {
      await next();
    } else {
      const file = `${root}/dist-embed${embedPath.endsWith('/') ? `${embedPath}index.html` : embedPath}`;
      if (!existsSync(file)) return next();
      const rebase = embedBaseRewriter(context.origin);
      // The exact bytes of scripts and images, untouched by the test server's module transforms:
      // the pages pin their hashes. Text that names the base is served as if built for here.
      const text = /\.(html|json|xml)$/.test(file);
      context.type = { html: 'html', json: 'json', xml: 'xml', js: 'text/javascript', css: 'css', png: 'png' }[file.split('.').pop()] ?? 'application/octet-stream';
      let body = text ? rebase(readFileSync(file, 'utf8')) : readFileSync(file);
      if (context.URL.searchParams.has('ix-axe') && file.endsWith('.html')) {
        // axe-core as a script of the page's own: its Trusted Types policy refuses one added later.
        body = body.replace(/<head>/, '<head><script src="/node_modules/axe-core/axe.min.js"></script>');
      }
      context.body = body;
      context.set('cache-control', 'no-store');
      embedHeaders ??= previewHeaders(`${root}/dist-embed`);
      for (const [name, value] of Object.entries(embedHeaders(embedPath))) context.set(name, rebase(value));
    }
    if (context.URL.searchParams.get('csp') === 'strict' && context.response.is('html')) {
      context.set('Content-Security-Policy', strictPolicy);
    }
  };
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Replaces the base dist-embed/ was built for (its root page's canonical address) with `origin`/dist-embed/. */
function embedBaseRewriter(origin) {
  const canonical = /<link rel="canonical" href="([^"]+)">/.exec(readFileSync(`${root}/dist-embed/index.html`, 'utf8'))?.[1];
  if (!canonical) return (text) => text;
  const builtOrigin = new URL(canonical).origin;
  return (text) => text.replaceAll(canonical, `${origin}/dist-embed/`).replaceAll(builtOrigin, origin);
}
const mtime = (path) => (existsSync(`${root}/${path}`) ? statSync(`${root}/${path}`).mtimeMs : 0);
const newest = (dir) => Math.max(0, ...readdirSync(`${root}/${dir}`, { recursive: true, encoding: 'utf8' }).map((file) => mtime(`${dir}/${file}`)));

export function e2eDemoPlugin() {
  return {
    name: 'ix-e2e-demo',
    serverStart() {
      const bundle = mtime('dist/ix-widgets.js');
      if (!bundle) return; // the frameworks test says what is missing
      const embedSources = Math.max(bundle, newest('src/embed-page'), newest('scripts/embed-site'), newest('content'));
      if (mtime('dist-embed/index.html') < embedSources) {
        // ~10 s: pages, social images and frame heights measured in Chromium.
        execFileSync(`${root}/node_modules/.bin/tsx`, ['scripts/embed-site/build.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      }
      if (['dist-demo/react.html', 'dist-demo/vue.html'].every((page) => mtime(page) >= bundle)) return;
      // ~5 s: vite builds the two demo apps against the built bundle.
      execFileSync(process.execPath, ['scripts/build-demo.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    },
  };
}
