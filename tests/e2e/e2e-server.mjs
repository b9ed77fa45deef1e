/**
 * What the end-to-end pages (tests/e2e/pages) need from the browser-test server:
 * - a page requested with `?csp=strict` is served with the strict Content-Security-Policy the
 *   README documents for sites that use Trusted Types;
 * - the React and Vue demos are built (dist-demo/, against the built dist/ix-widgets.js) when
 *   missing or older than the bundle, before the first test runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The policy the README documents for sites that use Trusted Types. */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types ix-widgets lit-html";

export function e2eMiddleware() {
  return async function strictCsp(context, next) {
    await next();
    if (context.URL.searchParams.get('csp') === 'strict' && context.response.is('html')) {
      context.set('Content-Security-Policy', strictPolicy);
    }
  };
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const mtime = (path) => (existsSync(`${root}/${path}`) ? statSync(`${root}/${path}`).mtimeMs : 0);

export function e2eDemoPlugin() {
  return {
    name: 'ix-e2e-demo',
    serverStart() {
      const bundle = mtime('dist/ix-widgets.js');
      if (!bundle) return; // the frameworks test says what is missing
      if (['dist-demo/react.html', 'dist-demo/vue.html'].every((page) => mtime(page) >= bundle)) return;
      // ~5 s: vite builds the two demo apps against the built bundle.
      execFileSync(process.execPath, ['scripts/build-demo.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    },
  };
}
