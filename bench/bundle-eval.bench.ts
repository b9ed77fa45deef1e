/**
 * Bundle evaluation in headless Chromium: from the bundle's last byte arriving (resource timing
 * `responseEnd`) to the module having been evaluated, on a page with no element on it, against
 * a bundle of Lit + @lit/context alone (bench/support/lit-baseline.ts, same build settings) in the
 * same run. What our code does at import beyond what its libraries do shows as the ratio.
 *
 * The page is one inline module that imports the bundle and reads performance.now() as its first
 * statement: a module's imports are evaluated before its body, so that instant is "evaluated".
 * Every load is a fresh browser context (no HTTP cache, no code cache). Five runs of ten loads
 * per bundle, interleaved; per run the ratio of medians; over the runs its median and range.
 *
 *   IX_BENCH_BUNDLE=.cache/before/ix-widgets.js npm run bench -- bundle-eval   # another build
 *   BENCH_RUNS=5 BENCH_LOADS=10                                                 # the defaults
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ensureBundle, inChromium, ms, printTable, projectRoot, serveProject, writeResults } from './support/browser-bench.js';
import { loadOnce, loadRange, ratio, ratioOverRuns, sideBySide } from './support/page-load.js';
import { evalPage } from './support/pages.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const loads = Number(process.env.BENCH_LOADS ?? 10);
const bundles = {
  bundle: process.env.IX_BENCH_BUNDLE ?? 'dist/ix-widgets.js',
  lit: '.cache/bench/lit-baseline.js',
} as const;
type Variant = keyof typeof bundles;

if (!process.env.IX_BENCH_BUNDLE) ensureBundle();
const build = spawnSync('npx', ['vite', 'build', '--mode', 'lit-baseline', '--outDir', '.cache/bench', '--logLevel', 'error'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) throw new Error('building the Lit baseline failed');

const sizes = Object.fromEntries(
  Object.entries(bundles).map(([name, path]) => {
    const code = readFileSync(`${projectRoot}/${path}`);
    return [name, { path, raw: code.length, gzip: gzipSync(code, { level: 9 }).length }];
  }),
);

const server = await serveProject();
let records: Awaited<ReturnType<typeof sideBySide<Variant>>> = [];
const browserVersion = await inChromium(server, async (browser, origin) => {
  const measure = async (variant: Variant) => {
    const result = await loadOnce<{ evaluated: number; responseEnd: number }>(browser, origin, `/bench/eval-${variant}.html`, evalPage(bundles[variant]));
    return result.evaluated - result.responseEnd;
  };
  // A throw-away round warms the browser process and the server.
  await measure('bundle');
  await measure('lit');
  records = await sideBySide(['bundle', 'lit'], { runs, loads }, measure);
});

const overall = ratioOverRuns(records, 'bundle', 'lit');
console.log(`\nresponse end → module evaluated, no element on the page; ${loads} loads per bundle per run, fresh context each (${browserVersion})`);
for (const [name, size] of Object.entries(sizes)) console.log(`  ${name}: ${size.path}, ${size.raw} bytes, ${size.gzip} gzip -9`);
console.log();
printTable(
  ['run', 'load before → after', 'bundle (median)', 'Lit + @lit/context (median)', 'ratio'],
  records.map((r, i) => [String(i + 1), `${r.loadBefore.toFixed(2)} → ${r.loadAfter.toFixed(2)}`, ms(r.medians.bundle), ms(r.medians.lit), ratio(r.medians.bundle / r.medians.lit)]),
);
console.log(`\nratio over ${runs} runs: median ${ratio(overall.median)}, range ${ratio(overall.min)}–${ratio(overall.max)}; load ${loadRange(records)}`);
writeResults('bundle-eval', { runs, loads, sizes, records, ratio: overall }, browserVersion);
