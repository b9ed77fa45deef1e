/**
 * The theming tokens as custom-elements.json lists them (the docs, Storybook and the embed builder
 * read them there): every `--ix-*` token of every element has the default the shared tokens give it,
 * written in names a page can use. A default nested two brackets deep (`max(var(…, 1em), 14px)`)
 * once went missing, and a private hint the element sets for itself (`--_ix-prose-font`) once
 * showed through.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

interface Token {
  name: string;
  default?: string;
  syntax?: string;
}
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'custom-elements.json'), 'utf8')) as {
  modules: { declarations?: { customElement?: boolean; tagName?: string; cssProperties?: Token[] }[] }[];
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.cssProperties?.length);

test('every element’s --ix-* token has a default, and no default names a private --_ix-* property', () => {
  assert.ok(elements.length >= 3);
  for (const element of elements) {
    for (const token of element.cssProperties!) {
      assert.ok(token.default, `${element.tagName} ${token.name} has a default`);
      assert.doesNotMatch(token.default, /--_ix-/, `${element.tagName} ${token.name}: ${token.default}`);
    }
  }
});

test('size and font: with no prose hint, the surrounding text’s (never under 14px) and the page’s', () => {
  for (const element of elements) {
    const token = (name: string) => element.cssProperties!.find((t) => t.name === name);
    assert.deepEqual(
      { ...token('--ix-font-size') },
      { ...token('--ix-font-size'), default: 'max(1em, 14px)', syntax: '<length>' },
      element.tagName,
    );
    assert.equal(token('--ix-font-family')?.default, 'inherit', element.tagName);
  }
});
