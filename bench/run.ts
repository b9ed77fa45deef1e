/**
 * `npm run bench`: runs every bench/*.bench.ts, each in its own Node process (so one benchmark's
 * JIT state and garbage cannot colour the next), or only those named on the command line:
 * `npm run bench -- checker card-render`. A benchmark file either runs when imported or exports a
 * default (async) function that runs it; either way it prints its own table and writes its
 * figures to bench-results/<name>.json. BENCHMARKS.md records a run with its machine.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.bench\.ts$/, '')))
  .sort();
if (!files.length) console.log(`bench: nothing matches ${wanted.join(', ') || 'bench/*.bench.ts'}`);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg()[0]?.toFixed(2)}`);
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file} ==`);
  const url = pathToFileURL(join(here, file)).href;
  const start = `import(${JSON.stringify(url)}).then((m) => typeof m.default === 'function' ? m.default() : undefined)`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--input-type=module', '-e', start], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
if (failed) {
  console.error(`\n${failed} benchmark(s) failed`);
  process.exit(1);
}
