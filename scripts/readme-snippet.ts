/**
 * Writes the current script tag — version, and the integrity hash of the built
 * dist/ix-widgets.js — into README.md's quick start (every line that loads the bundle from the
 * CDN). scripts/readme-snippet.test.ts fails when they differ, naming this command:
 *
 *   npm run embed:readme      (builds the bundle first)
 *
 * Not written by the build itself: a build that edits a tracked file leaves every checkout
 * dirty, and CI would "fix" a README nobody commits. A failing test makes the change visible.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scriptTag } from '../src/embed/snippet.js';
import { bundleInfo } from './bundle-info.mjs';

const readme = fileURLToPath(new URL('../README.md', import.meta.url));

/** Lines of a README that load the bundle from the CDN. */
export const cdnScriptLine = /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/ix-widgets@[^"]*\/dist\/ix-widgets\.js"[^\n]*<\/script>$/gm;

export function withCurrentScriptTag(text: string, tag = scriptTag(bundleInfo())): string {
  return text.replace(cdnScriptLine, tag);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const before = readFileSync(readme, 'utf8');
  const after = withCurrentScriptTag(before);
  if (after === before) {
    console.log('README.md: the quick start already pins the current bundle');
  } else {
    writeFileSync(readme, after);
    console.log(`README.md: quick start now pins ${scriptTag(bundleInfo())}`);
  }
}
