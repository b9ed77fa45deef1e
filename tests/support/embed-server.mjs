/**
 * What the embed tests need from the browser-test server (a web-test-runner plugin):
 *
 * - A second origin acting as the CDN: a static server on a free loopback port, started and
 *   stopped with the test server, with `Access-Control-Allow-Origin: *` as jsDelivr sends. It
 *   serves the built bundle at the CDN's path, `/npm/ix-widgets@<version>/dist/ix-widgets.js`, and
 *   under `/tampered/…` the same file with one line added, as a compromised CDN might.
 * - `/tests/pages/sri/card.html?bundle=intact|tampered`: a page whose body is exactly the
 *   snippet `npm run embed` prints (src/embed/snippet.ts), its script pointed at that origin.
 * - `/tests/pages/late/<element>.html?hold=<name>`: the snippet `npm run embed` prints for that
 *   element (card, compact card, checker, call to action, provider around a call to action, dark call to action) between
 *   two paragraphs, its bundle held back until the test releases `<name>` (test-server.mjs).
 * - `/tests/support/cdn.json`: that origin, for the tests.
 * - `/tests/support/embed-cli?link=<builder query>`: what `npm run embed -- '<link>'` prints for
 *   it (the real command, run as a child process), to compare with the builder's snippet.
 * - For the embed builder opened from /demo/embed.html: `ix-widgets.json` (version and integrity
 *   of dist/ix-widgets.js, and where its exact bytes are served) and `custom-elements.json`, as
 *   the dev server and dist-demo/ serve them beside the page.
 * - `/demo-public-embed/…` (publicBuilderMiddleware): the same demo, as if built with
 *   `IX_EMBED_BASE=https://embed.example.org/` — its `ix-widgets.json` names that public address.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { bundleInfo } from '../../scripts/bundle-info.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundleFile = `${root}dist/ix-widgets.js`;
/** What a compromised CDN might append; if the browser ran it, the test would see the flag. */
export const tamperedLine = '\nglobalThis.__ixTampered = true;\n';

async function startCdn() {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://cdn').pathname;
    const match = /^(\/tampered)?\/npm\/ix-widgets@[^/]+\/dist\/ix-widgets\.js$/.exec(path);
    if (!match) {
      response.writeHead(404, { 'access-control-allow-origin': '*' }).end('not found');
      return;
    }
    const bytes = readFileSync(bundleFile);
    const body = match[1] ? Buffer.concat([bytes, Buffer.from(tamperedLine)]) : bytes;
    response
      .writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
        'content-length': body.length,
      })
      .end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

let snippetModules;

async function sriPage(cdnOrigin, bundle) {
  snippetModules ??= Promise.all([
    tsImport('../../src/embed/snippet.ts', import.meta.url),
    tsImport('../../src/generated/techniques.ts', import.meta.url),
  ]);
  const [{ embedSnippet }, { techniques }] = await snippetModules;
  const info = bundleInfo(root);
  const card = techniques[0];
  const src = `${cdnOrigin}${bundle === 'tampered' ? '/tampered' : ''}/npm/ix-widgets@${info.version}/dist/ix-widgets.js`;
  const snippet = embedSnippet({ tag: 'ix-technique-card', attributes: [['technique', card.slug]], card }, info, { src });
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>SRI: ${bundle} bundle</title>\n</head>\n<body>\n<main>\n${snippet}\n</main>\n</body>\n</html>\n`;
}

/** The snippets of issue 17's late-bundle check, by page name, as embed builder links (`npm run embed -- '<link>'`). */
const lateLinks = {
  card: 'element=ix-technique-card&technique=make-the-step-down-visibly-deliberate',
  'card-compact': 'element=ix-technique-card&technique=make-the-step-down-visibly-deliberate&variant=compact',
  checker: 'element=ix-concession-checker',
  cta: 'element=ix-trial-cta',
  provider: 'element=ix-trial-cta&provider.price=30&provider.currency=EUR&provider.locale=de-DE',
  'cta-dark': 'element=ix-trial-cta&theme=dark',
};
/** What the command printed for each page: it renders in a browser of its own, so once per run. */
const lateSnippets = new Map();

async function latePage(name, hold) {
  const link = lateLinks[name];
  if (!link) return undefined;
  if (!lateSnippets.has(name)) lateSnippets.set(name, runEmbedCli(link));
  const printed = await lateSnippets.get(name);
  if (!printed.startsWith('<script')) throw new Error(`npm run embed -- '${link}' printed no snippet:\n${printed}`);
  // The snippet exactly as printed, its bundle fetched from this server and held back.
  const snippet = printed.replace(/ src="[^"]*"/, ` src="/ix-widgets.js?ix-hold=${encodeURIComponent(hold)}"`);
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n<title>Late bundle: ${name}</title>\n</head>\n<body>\n<main>\n<p id="before">The paragraph before the element, as in an article.</p>\n${snippet}\n<p id="after">The paragraph after the element: it must not move when the bundle arrives.</p>\n</main>\n</body>\n</html>\n`;
}

function runEmbedCli(link) {
  return new Promise((resolve) => {
    execFile(`${root}node_modules/.bin/tsx`, ['scripts/embed-snippet.ts', link], { cwd: root }, (error, stdout, stderr) =>
      resolve(error ? `exit ${error.code}\n${stderr}` : stdout),
    );
  });
}

/** The public address the builder under /demo-public-embed/ was "built" for. */
export const publicEmbedBase = 'https://embed.example.org/';

/**
 * Serves demo/ a second time under /demo-public-embed/ (one folder deep, like /demo/, so the pages'
 * relative imports resolve the same), with release facts that carry a public embed address.
 */
export function publicBuilderMiddleware() {
  const prefix = '/demo-public-embed/';
  return async function publicBuilder(context, next) {
    if (!context.path.startsWith(prefix)) return next();
    if (context.path === `${prefix}ix-widgets.json`) {
      context.type = 'json';
      context.body = JSON.stringify({ ...bundleInfo(root), src: '/dist/ix-widgets.js', embedBase: publicEmbedBase });
      return;
    }
    context.path = `/demo/${context.path.slice(prefix.length)}`;
    return next();
  };
}

export function embedServerPlugin() {
  let cdn;
  return {
    name: 'ix-embed-test-server',
    async serverStart() {
      cdn = await startCdn();
    },
    async serverStop() {
      await cdn?.close();
    },
    async serve(context) {
      const { path } = context;
      if (path === '/tests/support/cdn.json') return { body: JSON.stringify({ origin: cdn.origin }), type: 'json' };
      if (path === '/tests/pages/sri/card.html') {
        const bundle = context.URL.searchParams.get('bundle') === 'tampered' ? 'tampered' : 'intact';
        return { body: await sriPage(cdn.origin, bundle), type: 'html' };
      }
      const late = /^\/tests\/pages\/late\/([\w-]+)\.html$/.exec(path);
      if (late) {
        const body = await latePage(late[1], context.URL.searchParams.get('hold') ?? '');
        if (body) return { body, type: 'html' };
      }
      if (path === '/tests/support/embed-cli') {
        const link = context.URL.searchParams.get('link') ?? '';
        return { body: await runEmbedCli(link), type: 'text' };
      }
      if (/(^|\/)ix-widgets\.json$/.test(path)) {
        // The test server serves the repository as is, so the built file is at /dist/.
        return { body: JSON.stringify({ ...bundleInfo(root), src: '/dist/ix-widgets.js' }), type: 'json' };
      }
      if (path === '/demo/custom-elements.json') return { body: readFileSync(`${root}custom-elements.json`, 'utf8'), type: 'json' };
      return undefined;
    },
  };
}
