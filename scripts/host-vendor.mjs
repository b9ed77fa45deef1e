#!/usr/bin/env node
/**
 * The real CSS of the host gallery (demo/hosts/*.html): each page links its framework's or
 * theme's stylesheet by a relative URL under demo/hosts/vendor/, which this script fills from the
 * pinned devDependencies — copied as published, and Tailwind compiled from the classes the
 * Tailwind host uses (demo/hosts/tailwind.input.css). Nothing is fetched from the network.
 *
 * The folder is generated and git-ignored; `npm start`, `npm test` and `npm run build` run this
 * first. A file already newer than its sources is left alone, so a second run costs nothing.
 *
 *   node scripts/host-vendor.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const hosts = 'demo/hosts';
const vendor = join(hosts, 'vendor');
const require = createRequire(import.meta.url);

/** vendor file ← package file, exactly as the package publishes it. */
const copies = {
  'bootstrap.min.css': 'bootstrap/dist/css/bootstrap.min.css',
  'pico.min.css': '@picocss/pico/css/pico.min.css',
  'bulma.min.css': 'bulma/css/bulma.min.css',
  'water-dark.min.css': 'water.css/out/dark.min.css',
  'normalize.css': 'normalize.css/normalize.css',
  'milligram.min.css': 'milligram/dist/milligram.min.css',
};

const isFresh = (target, ...sources) => existsSync(target) && sources.every((source) => statSync(source).mtimeMs <= statSync(target).mtimeMs);

mkdirSync(vendor, { recursive: true });
let written = 0;
for (const [file, from] of Object.entries(copies)) {
  const source = require.resolve(from);
  const target = join(vendor, file);
  if (isFresh(target, source)) continue;
  copyFileSync(source, target);
  written += 1;
}

// Tailwind writes only the utilities a page uses, so it compiles against the page itself.
const tailwindInput = join(hosts, 'tailwind.input.css');
const tailwindOutput = join(vendor, 'tailwind.css');
const tailwindSources = [tailwindInput, join(hosts, 'tailwind.html'), require.resolve('tailwindcss/package.json')];
if (!isFresh(tailwindOutput, ...tailwindSources)) {
  const cli = join(dirname(require.resolve('@tailwindcss/cli/package.json')), 'dist/index.mjs');
  execFileSync(process.execPath, [cli, '--input', tailwindInput, '--output', tailwindOutput, '--minify'], { stdio: ['ignore', 'ignore', 'pipe'] });
  written += 1;
}

console.log(`hosts: ${vendor}/ ${written ? `written (${written} file${written > 1 ? 's' : ''})` : 'up to date'}`);
