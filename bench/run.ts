/**
 * Runs every bench/*.bench.ts in turn (`npm run bench`). A benchmark file either runs when
 * imported or exports a default (async) function that runs it; either way it prints its own
 * table. Adding a benchmark is adding a file.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
if (!files.length) console.log('bench: no bench/*.bench.ts files');
for (const file of files) {
  console.log(`\n== ${file} ==`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: () => Promise<void> | void };
  if (typeof mod.default === 'function') await mod.default();
}
