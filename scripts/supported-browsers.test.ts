// The browsers the README promises are the ones the bundle is built for (vite's build.target).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

test('build.target in vite.config.ts is exactly the browser versions the README states', () => {
  const stated = /\*\*Chrome and Edge (\d+)\+, Firefox (\d+)\+ and Safari ([\d.]+)\+\*\*/.exec(read('README.md'));
  assert.ok(stated, 'README states "**Chrome and Edge N+, Firefox N+ and Safari N+**"');
  const built = /const supportedBrowsers = \[([^\]]*)\]/.exec(read('vite.config.ts'));
  assert.ok(built, 'vite.config.ts has const supportedBrowsers = [...]');
  const targets = [...built[1]!.matchAll(/'([a-z]+[\d.]+)'/g)].map((m) => m[1]);
  assert.deepEqual(targets, [`chrome${stated[1]}`, `firefox${stated[2]}`, `safari${stated[3]}`]);
});
