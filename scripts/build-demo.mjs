#!/usr/bin/env node
/**
 * Assembles dist-demo/: the demo pages as they are, next to the built dist/ix-widgets.js, so
 * `npm run preview` shows the real CDN bundle rather than the source the dev server compiles.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';

if (!existsSync('dist/ix-widgets.js')) {
  console.error('dist/ix-widgets.js is missing: run `npm run build` (it builds the bundle first).');
  process.exit(1);
}
rmSync('dist-demo', { recursive: true, force: true });
cpSync('demo', 'dist-demo', { recursive: true });
cpSync('dist/ix-widgets.js', 'dist-demo/ix-widgets.js');
console.log('demo: dist-demo/ built against dist/ix-widgets.js (serve it with `npm run preview`)');
