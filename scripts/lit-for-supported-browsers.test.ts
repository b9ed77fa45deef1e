// The bundle build edits Lit's production files (scripts/lit-for-supported-browsers.ts): every edit
// must still find its text in the installed Lit, and what it leaves must be whole JavaScript with
// none of the removed fallbacks, hooks and template parts; a module of ours that needs a removed
// part is caught.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { editLit, litEdits, removedTemplateFeatures, templateUses } from './lit-for-supported-browsers.js';

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

test('the edited Lit keeps no stylesheet fallback, polyfill or hydration hook, or version list', () => {
  const edited = files.map((file) => editLit(file, litFile(file))).join('\n');
  for (const gone of ['ShadyCSS', 'litNonce', 'createElement("style")', 'PolyfillSupport', 'HydrateSupport', 'Versions']) {
    assert.ok(!edited.includes(gone), `${gone} is gone`);
  }
  assert.match(edited, /adoptedStyleSheets=/, 'styles are still adopted');
});

test('the edited lit-html keeps attribute and event bindings but no property, boolean or element part, nor svg/mathml wrappers', () => {
  const edited = editLit('lit-html/lit-html.js', litFile('lit-html/lit-html.js'));
  for (const gone of ['toggleAttribute', 'type=3', 'type=4', 'type=6', '<svg>', '</math>']) assert.ok(!edited.includes(gone), `${gone} is gone`);
  assert.match(edited, /ctor:"@"===e\[1\]\?z:H\}/, 'event bindings and attribute bindings still get their parts');
  assert.match(edited, /addEventListener/, 'the event part stays');
});

test('a module of ours that needs a removed template feature is caught, naming the feature', () => {
  const lit = "import { html, svg } from 'lit';\n";
  assert.deepEqual(templateUses(lit + "html`<input .value=${'x'}>`;"), [removedTemplateFeatures[0]!.what]);
  assert.deepEqual(templateUses(lit + "html`<button ?disabled=${true}></button>`;"), [removedTemplateFeatures[1]!.what]);
  assert.deepEqual(templateUses(lit + "svg`<circle r=${1}></circle>`;"), [removedTemplateFeatures[2]!.what]);
  assert.deepEqual(templateUses(lit + "import { ref } from 'lit/directives/ref.js';"), [removedTemplateFeatures[3]!.what]);
  assert.deepEqual(templateUses(lit + "import { directive } from 'lit/directive.js';"), [removedTemplateFeatures[3]!.what]);
  // What our templates do use passes, and code that does not import Lit is not read at all.
  const used = lit + "import { ifDefined } from 'lit/directives/if-defined.js';\nhtml`<a href=${ifDefined('x')} @click=${() => 0}>${'t'}</a>`;";
  assert.deepEqual(templateUses(used), []);
  assert.deepEqual(templateUses("const url = `${base} ?q=${term}`;"), []);
});

test('an edit whose text is gone (a Lit upgrade) stops the build, naming the file and the reason', () => {
  assert.throws(() => editLit('lit-html/lit-html.js', 'const x=1;'), /lit-html\/lit-html\.js no longer holds .*update the edit/);
});
