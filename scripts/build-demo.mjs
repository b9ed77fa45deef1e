#!/usr/bin/env node
/**
 * Assembles dist-demo/: the plain demo pages as they are, next to the built dist/ix-widgets.js, so
 * `npm run preview` shows the real CDN bundle rather than the source the dev server compiles.
 * The React and Vue pages are apps, so vite builds them, with 'ix-widgets' resolving to the built
 * dist/ix-widgets.js exactly as it would from node_modules; so is the embed builder (embed.html).
 */
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';
import { bundleInfo } from './bundle-info.mjs';

// The embed site's address, checked as its own build checks it (scripts/embed-site/site-config.ts),
// before anything is deleted.
const { embedBase } = await tsImport('./embed-site/site-config.ts', import.meta.url);
const siteBase = embedBase();

/** Pages that are apps: built by vite, not copied (their sources stay out of dist-demo). */
const appPages = ['react', 'vue', 'embed'];

if (!existsSync('dist/ix-widgets.js')) {
  console.error('dist/ix-widgets.js is missing: run `npm run build` (it builds the bundle first).');
  process.exit(1);
}
rmSync('dist-demo', { recursive: true, force: true });
cpSync('demo', 'dist-demo', {
  recursive: true,
  filter: (source) => {
    // A host page's stylesheet source (compiled into hosts/vendor/ by scripts/host-vendor.mjs).
    if (source.endsWith('.input.css')) return false;
    const top = relative('demo', source).split(sep)[0] ?? '';
    return !appPages.some((page) => top === page || top === `${page}.html`);
  },
});
cpSync('dist/ix-widgets.js', 'dist-demo/ix-widgets.js');
// The embed builder reads the manifest and the release facts beside it: the integrity hash is of
// the very file copied above, which is also what its preview loads; and the embed site's address
// (IX_EMBED_BASE) that `npm run build` gives dist-embed/ too, so the builder's link forms point
// where the card pages will be, and say they are not ready only while that is this computer.
cpSync('custom-elements.json', 'dist-demo/custom-elements.json');
writeFileSync('dist-demo/ix-widgets.json', `${JSON.stringify({ ...bundleInfo(), src: 'ix-widgets.js', embedBase: siteBase })}\n`);

await build({
  configFile: false,
  root: resolve('demo'),
  // Relative asset URLs: the built pages work from any folder (also /dist-demo/ in the e2e tests).
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: { alias: [{ find: /^ix-widgets$/, replacement: resolve('dist/ix-widgets.js') }] },
  plugins: [react(), vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ix-') } } })],
  build: {
    outDir: resolve('dist-demo'),
    emptyOutDir: false,
    target: 'es2022',
    assetsDir: 'apps',
    rolldownOptions: { input: Object.fromEntries(appPages.map((page) => [page, resolve('demo', `${page}.html`)])) },
  },
});
console.log('demo: dist-demo/ built against dist/ix-widgets.js, React and Vue pages by vite (serve it with `npm run preview`)');
