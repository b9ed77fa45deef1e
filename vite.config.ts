/**
 * One config, three jobs, picked by `--mode`:
 *   vite                       dev server for the demo site, elements loaded from source
 *   vite build                 dist/ix-widgets.js: the single self-contained CDN module
 *   vite build --mode checker  dist/checker.js: the DOM-free checker analysis, for Node too
 *   vite build --mode lit-baseline --outDir DIR   Lit + @lit/context alone, the yardstick of
 *                              bench/bundle-eval.bench.ts (same build settings as the bundle)
 * The demo's production copy is assembled by scripts/build-demo.mjs around the built bundle.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { transform as transformCss } from 'lightningcss';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { minify as terser } from 'terser';
import { defineConfig, type Plugin } from 'vite';
import { buildContent } from './scripts/build-content.js';
import { bundleInfo } from './scripts/bundle-info.mjs';
import { embedBase } from './scripts/embed-site/site-config.js';
import { litForSupportedBrowsers } from './scripts/lit-for-supported-browsers.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  license: string;
};
const banner = `/*! ${pkg.name} v${pkg.version} | ${pkg.license} License */`;
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Demo pages load `/ix-widgets.js` exactly as they would from the CDN; in dev that is the source. */
function bundleFromSource(): Plugin {
  return {
    name: 'ix-bundle-from-source',
    apply: 'serve',
    resolveId(id) {
      return id === '/ix-widgets.js' ? fromRoot('./src/index.ts') : undefined;
    },
  };
}

/**
 * The embed builder (demo/embed.html) pins the BUILT bundle: `npm start` builds it first, and this
 * serves its version and integrity hash (`/ix-widgets.json`, computed from the file on each
 * request, with the embed site's address: IX_EMBED_BASE, else the local preview's), its exact bytes (`/dist/ix-widgets.js`, untouched by vite's transforms, so the
 * preview's integrity check passes) and the manifest the builder's form is made from.
 */
function embedBuilderFiles(): Plugin {
  const send = (response: ServerResponse, type: string, body: string | Buffer) =>
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  return {
    name: 'ix-embed-builder-files',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        try {
          if (path === '/ix-widgets.json') send(response, 'application/json', JSON.stringify({ ...bundleInfo(), src: '/dist/ix-widgets.js', embedBase: embedBase() }));
          else if (path === '/dist/ix-widgets.js') send(response, 'text/javascript; charset=utf-8', readFileSync(fromRoot('./dist/ix-widgets.js')));
          else if (path === '/custom-elements.json') send(response, 'application/json', readFileSync(fromRoot('./custom-elements.json')));
          else next();
        } catch (error) {
          response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}

/** Recompiles content/ when an authored file changes, so the dev server shows edits at once. */
function contentWatcher(): Plugin {
  return {
    name: 'ix-content-watcher',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(fromRoot('./content'));
      server.watcher.on('change', (file) => {
        if (!file.startsWith(fromRoot('./content'))) return;
        buildContent().catch((error: unknown) => {
          server.config.logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}

/**
 * The elements' private custom properties (`--_ix-space`: set and read only in the shadow roots'
 * own sheets, never in markup, script or docs) get one-character names in the built bundle,
 * numbered in name order over the whole build so every build and every sheet names them alike:
 * −48 B gzip -9, −131 B brotli -q 11. The `--_ix` prefix stays, so a page's own custom
 * properties still cannot meet them.
 */
function shortPrivateProperties(): Plugin {
  const privateName = /--_ix-[a-z-]+/g;
  return {
    name: 'ix-short-private-properties',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      const names = [...new Set(chunks.flatMap((chunk) => chunk.code.match(privateName) ?? []))].sort();
      for (const chunk of chunks) chunk.code = chunk.code.replace(privateName, (name) => `--_ix${names.indexOf(name).toString(36)}`);
    },
  };
}

/**
 * A second, slower minifier over the first one's output. The bundler's own minifier is fast and
 * leaves some work undone (repeated property reads, conditionals it could fold, statements it
 * could join); terser's compressor, run three passes over the whole module, finds them:
 * −140 B gzip -9, −145 B brotli -q 11 on dist/ix-widgets.js, about a second of build time.
 * Only its safe transforms (no `unsafe*` options): same behaviour, which the whole suite runs on.
 * It keeps no comment but the licence banner, so the bundler's `/* @__PURE__ *\/` marks (for
 * bundlers that tree-shake further; a file served from a CDN is the end of that line) go too.
 *
 * It also gives Lit's internal property names (`_$AH`, `_$Em`: two letters after `_$`, shared
 * between lit-html and ReactiveElement inside this one module, read by nothing outside it) one- or
 * two-character names: −84 B gzip, −35 B brotli. The names Lit reads across copies on one page
 * (`_$litType$`, `_$litPart$`, `_$cssResult$`… ending in `$`) keep theirs, so another Lit on the
 * page still meets ours as before (tests/e2e/coexistence.test.ts).
 */
function compressAgain(): Plugin {
  return {
    name: 'ix-compress-again',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // With a source map (scripts/size-report.mjs attributes bytes by it), terser maps its output
        // through the bundler's map, so the map still describes the file as written.
        const mapAsset = chunk.map ? bundle[`${chunk.fileName}.map`] : undefined;
        const mapped = mapAsset?.type === 'asset' ? mapAsset : undefined;
        const sourceMap = mapped ? { content: chunk.map!.toString(), asObject: true } : false;
        const result = await terser(chunk.code, { module: true, ecma: 2020, compress: { passes: 3 }, mangle: { properties: { regex: /^_\$[A-Z][A-Za-z]?$/ } }, format: { comments: /^!/ }, sourceMap });
        chunk.code = result.code!;
        if (mapped) mapped.source = JSON.stringify(result.map);
      }
    },
  };
}

/**
 * For scripts/size-report.mjs only (IX_STUB_CHECKER=1): the checker analysis replaced by a stub
 * that finds nothing, so the difference in size is exactly what the analysis costs.
 */
function stubCheckerForSizeReport(): Plugin | false {
  if (!process.env.IX_STUB_CHECKER) return false;
  const stub = '\0ix-checker-stub';
  return {
    name: 'ix-stub-checker',
    enforce: 'pre',
    resolveId: (id) => (/\/checker\/index\.js$/.test(id) ? stub : undefined),
    load: (id) =>
      id === stub
        ? `export const STEP_DOWN_TECHNIQUE = ''; export const checkerPacks = {};
           export const checkWithPack = () => ({ verdict: 'empty', rules: [] });
           export const checkScript = () => ({ verdict: 'empty', rules: [] });`
        : undefined,
  };
}

/**
 * The oldest browsers the bundle supports, as the README states: light-dark() in the colour
 * tokens sets the floor (Chrome 123, Firefox 120, Safari 17.5); everything else the code uses
 * (color-mix(), regex lookbehind, constructable stylesheets, ES2022) is older.
 */
const supportedBrowsers = ['chrome123', 'firefox120', 'safari17.5'];

/** `['chrome123', 'safari17.5']` as lightningcss's targets: each version packed as major << 16 | minor << 8. */
const cssTargets = Object.fromEntries(
  supportedBrowsers.map((browser) => {
    const [, name, major, minor = '0'] = /^([a-z]+)(\d+)(?:\.(\d+))?$/.exec(browser)!;
    return [name!, (Number(major) << 16) | (Number(minor) << 8)];
  }),
);

/**
 * The css`` templates, minified by lightningcss (Vite's own CSS minifier) for the supported
 * browsers: shorter than clean-css, the template minifier's default, with the same computed
 * styles. It leaves a calc() around var() as written; `*` and `/` need no spaces around them.
 */
const minifyCss = (css: string) =>
  transformCss({ filename: 'template.css', code: Buffer.from(css), minify: true, targets: cssTargets })
    .code.toString()
    .replace(/ ([*/]) /g, '$1');

function library(entry: string, fileName: string) {
  return defineConfig({
    // Lit's html`` and css`` templates keep their source indentation unless minified here.
    // Attribute values without spaces lose their quotes (`part=title`, `class=${…}`): HTML and
    // Lit's template parser read them the same.
    plugins: [
      // Only our own templates: Lit's source defines unsafeCSS(), and a file naming it makes the
      // minifier skip that file's CSS with a warning on every build (it has no templates to minify).
      minifyTemplateLiterals({ exclude: ['**/node_modules/**'], options: { minifyOptions: { removeAttributeQuotes: true, minifyCSS: minifyCss } } }),
      litForSupportedBrowsers(),
      shortPrivateProperties(),
      compressAgain(),
      stubCheckerForSizeReport(),
    ],
    build: {
      // The checker also runs in Node (`ix-widgets/checker`).
      target: fileName === 'checker.js' ? [...supportedBrowsers, 'node20.19'] : supportedBrowsers,
      outDir: 'dist',
      emptyOutDir: false,
      lib: { entry: fromRoot(entry), formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        output: { minify: true, postBanner: banner, codeSplitting: false },
      },
    },
  });
}

export default defineConfig(({ command, mode }) => {
  if (command === 'build') {
    if (mode === 'checker') return library('./src/checker/index.ts', 'checker.js');
    if (mode === 'lit-baseline') return library('./bench/support/lit-baseline.ts', 'lit-baseline.js');
    return library('./src/index.ts', 'ix-widgets.js');
  }
  return {
    root: fromRoot('./demo'),
    publicDir: false,
    server: { port: 5173, host: '127.0.0.1', fs: { allow: [fromRoot('.')] } },
    preview: { port: 4173, host: '127.0.0.1' },
    // The React and Vue demos import 'ix-widgets' as npm users do; in dev that is the source.
    resolve: { alias: [{ find: /^ix-widgets$/, replacement: fromRoot('./src/index.ts') }] },
    plugins: [
      bundleFromSource(),
      embedBuilderFiles(),
      contentWatcher(),
      react({ include: /demo\/react\/.*\.tsx$/ }),
      vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ix-') } } }),
    ],
  };
});
