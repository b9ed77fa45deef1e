#!/usr/bin/env node
/**
 * The CDN contract for dist/: ix-widgets.js is one self-contained module (no import or export
 * from anything else, no dynamic import, no other chunk beside it), starting with its banner;
 * checker.js imports cleanly in Node, with no DOM.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const problems = [];
const bundle = readFileSync('dist/ix-widgets.js', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// A string like "import" may occur in text; a module specifier after import/from may not.
const moduleSyntax = /(?:^|[;}\s])import\s*(?:[\w*{][^;]*?from\s*)?["'`]|\bimport\s*\(|\bexport\s*[^;]*?\bfrom\s*["'`]/m;
if (moduleSyntax.test(bundle)) problems.push('dist/ix-widgets.js imports another module');
if (!bundle.startsWith(`/*! ${pkg.name} v${pkg.version} | ${pkg.license} License */`)) {
  problems.push('dist/ix-widgets.js does not start with the banner (name, version, licence)');
}
const scripts = readdirSync('dist').filter((f) => f.endsWith('.js'));
const extra = scripts.filter((f) => f !== 'ix-widgets.js' && f !== 'checker.js');
if (extra.length) problems.push(`extra chunks in dist/: ${extra.join(', ')}`);

const checker = await import(new URL('../dist/checker.js', import.meta.url).href);
if (typeof checker.checkScript !== 'function') problems.push('dist/checker.js does not export checkScript');

if (problems.length) {
  console.error(problems.map((p) => `bundle: ${p}`).join('\n'));
  process.exit(1);
}
const gzip = gzipSync(bundle, { level: 9 }).length;
console.log(`bundle: dist/ix-widgets.js is one self-contained module, ${Buffer.byteLength(bundle)} bytes, ${gzip} bytes gzip; dist/checker.js imports in Node`);
