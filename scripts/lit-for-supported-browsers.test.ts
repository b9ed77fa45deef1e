// The bundle build edits Lit's production files (scripts/lit-for-supported-browsers.ts): every edit
// must still find its text in the installed Lit, and what it leaves must be whole JavaScript with
// none of the removed fallbacks and hooks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { editLit, litEdits } from './lit-for-supported-browsers.js';

const litFile = (file: string) => readFileSync(fileURLToPath(new URL(`../node_modules/${file}`, import.meta.url)), 'utf8');
const files = [...new Set(litEdits.map((edit) => edit.file))];

test('every edit finds its text in the installed Lit, and the edited files still parse', () => {
  for (const file of files) {
    const edited = editLit(file, litFile(file));
    assert.ok(edited.length < litFile(file).length, `${file} got smaller`);
    // Parsed, not run (Lit needs a DOM): a syntax error shows as a diagnostic.
    const { diagnostics } = ts.transpileModule(edited, { reportDiagnostics: true, fileName: file });
    assert.deepEqual(diagnostics?.map((d) => d.messageText), [], `${file} still parses`);
  }
});

test('the edited Lit keeps no stylesheet fallback, polyfill or hydration hook, version list or decorator metadata', () => {
  const edited = files.map((file) => editLit(file, litFile(file))).join('\n');
  for (const gone of ['ShadyCSS', 'litNonce', 'createElement("style")', 'PolyfillSupport', 'HydrateSupport', 'Versions', 'Symbol.metadata', 'litPropertyMetadata']) {
    assert.ok(!edited.includes(gone), `${gone} is gone`);
  }
  assert.match(edited, /adoptedStyleSheets=/, 'styles are still adopted');
});

test('an edit whose text is gone (a Lit upgrade) stops the build, naming the file and the reason', () => {
  assert.throws(() => editLit('lit-html/lit-html.js', 'const x=1;'), /lit-html\/lit-html\.js no longer holds .*update the edit/);
});
