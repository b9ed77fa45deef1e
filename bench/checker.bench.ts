/**
 * checkScript's median time per call on a 300-character, a 2 KB and a 200 KB script built from
 * realistic sentences, beside write-good (a prose linter) on the same texts in the same run, in
 * Node and then in Chromium, Firefox and WebKit (through web-test-runner's launchers; the
 * engines in $IX_BROWSERS, all three by default). Also, per engine, ms per 10 KB on 20,000
 * characters of prose and the worst over adversarial text (every attack string and a grammar
 * fuzzer's scripts; see bench/support/checker-measure.ts). Prints tables and writes
 * bench-results/checker.json. Targets: ≤ 0.1 ms, ≤ 0.5 ms, ≤ 20 ms on prose in Node; on any
 * input up to 20,000 characters ≤ 50 ms per 10 KB in Node and ≤ 200 ms per 10 KB in a browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attack } from '../src/checker/adversarial-text.js';
import { checkScript } from '../src/checker/index.js';
import { measureAdversarial, measureProse, type Adversarial, type ProseRow } from './support/checker-measure.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'bench-results');
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];
const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
const TARGET_PER_10KB = { node: 50, browser: 200 };

interface EngineResult {
  engine: string;
  prose: ProseRow[];
  adversarial: Adversarial;
}

/** Runs the browser page in each selected engine; returns what each reported. */
function inBrowsers(): EngineResult[] {
  mkdirSync(results, { recursive: true });
  for (const engine of ENGINES) rmSync(join(results, `checker-${engine}.json`), { force: true });
  // write-good is CommonJS for sloppy mode: bundled as a classic script for the page.
  const bundle = spawnSync('npx', ['esbuild', 'write-good', '--bundle', '--format=iife', '--global-name=writeGood', `--outfile=${join(results, 'write-good.iife.js')}`, '--log-level=warning'], { cwd: root, stdio: 'inherit' });
  if (bundle.status !== 0) throw new Error('could not bundle write-good for the browsers');
  const run = spawnSync('npx', ['web-test-runner', '--config', 'bench/support/checker-browsers.config.mjs'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('the browser benchmark failed (see above)');
  return ENGINES.filter((engine) => existsSync(join(results, `checker-${engine}.json`))).map((engine) => {
    const { userAgent, prose, adversarial } = JSON.parse(readFileSync(join(results, `checker-${engine}.json`), 'utf8')) as EngineResult & { userAgent: string };
    return { engine: `${engine} (${userAgent.match(/(?:Chrome|Firefox|Version)\/[\d.]+/)?.[0] ?? userAgent})`, prose, adversarial };
  });
}

export default function run() {
  const { attacks } = JSON.parse(readFileSync(join(root, 'data/redos/checker-attacks.json'), 'utf8')) as { attacks: Attack[] };
  const node: EngineResult = { engine: `node ${process.version}`, prose: measureProse(checkScript, writeGood), adversarial: measureAdversarial(checkScript, attacks) };
  const engines = [node, ...inBrowsers()];

  console.log(`\n${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  console.log('engine / size                 checkScript   write-good   checker/wg');
  for (const { engine, prose } of engines) {
    for (const r of prose) {
      console.log(`${`${engine.split(' (')[0]} ${r.name}`.padEnd(28)} ${r.checkerMs.toFixed(3).padStart(9)} ms ${r.writeGoodMs.toFixed(3).padStart(9)} ms ${(r.checkerMs / r.writeGoodMs).toFixed(2).padStart(10)}x`);
    }
  }
  console.log('\nms per 10 KB at 20,000 characters: prose (median) and adversarial (worst over attacks and fuzzer)');
  for (const { engine, adversarial: a } of engines) {
    const target = engine.startsWith('node') ? TARGET_PER_10KB.node : TARGET_PER_10KB.browser;
    console.log(
      `${engine.padEnd(34)} prose ${a.proseMsPer10KB.toFixed(1).padStart(6)}  adversarial ${a.worstMsPer10KB.toFixed(1).padStart(7)} (target ≤ ${target}: ${a.worstMsPer10KB <= target ? 'yes' : 'NO'})  worst: ${a.worstName}`,
    );
  }
  const out = join(results, 'checker.json');
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, loadAverage: loadavg(), engines }, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
