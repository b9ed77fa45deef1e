// `npm start` and every build run the template minifier over the bundle's modules: it must
// minify our own css``/html`` templates and leave Lit's source alone, which names unsafeCSS()
// and used to print "unsafeCSS() detected" on every build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

async function templateMinifier(): Promise<(code: string, id: string) => Promise<unknown>> {
  const { default: config } = (await import('../vite.config.js')) as { default: (env: { command: string; mode: string }) => UserConfig };
  const plugins = (config({ command: 'build', mode: 'production' }).plugins ?? []).flat() as Plugin[];
  const minifier = plugins.find((plugin) => plugin?.name === 'minify-literals');
  assert.ok(minifier, 'the bundle build has the template minifier');
  return (code, id) => (minifier.transform as (code: string, id: string) => Promise<unknown>).call({ warn() {}, error() {} }, code, id);
}

test('building the bundle prints no "unsafeCSS() detected" warning, and our own CSS is still minified', async (t) => {
  const transform = await templateMinifier();
  const warned: string[] = [];
  t.mock.method(console, 'warn', (...args: unknown[]) => warned.push(args.join(' ')));
  const litFile = fromRoot('node_modules/@lit/reactive-element/css-tag.js');
  const litSource = readFileSync(litFile, 'utf8');
  assert.match(litSource, /unsafeCSS/, 'Lit still defines unsafeCSS (else this test proves nothing)');
  await transform(litSource, litFile);
  const ownFile = fromRoot('src/shared/tokens.styles.ts');
  const ownSource = readFileSync(ownFile, 'utf8');
  const own = (await transform(ownSource, ownFile)) as { code?: string } | undefined;
  assert.deepEqual(warned, []);
  assert.ok(own?.code && own.code.length < ownSource.length - 500, 'tokens.styles.ts is minified');
});
