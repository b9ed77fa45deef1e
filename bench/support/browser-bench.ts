/**
 * What the browser benchmarks share: a fresh build of the CDN bundle when the source changed,
 * Chromium opened and closed around a run, simple statistics, a plain-text table, a static server for a built site, and the JSON file
 * each benchmark leaves in bench-results/. Not a benchmark itself (bench/run.ts only runs `*.bench.ts`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';
import { launchChromium, projectRoot } from '../../tests/e2e/harness.js';

export { launchChromium, projectRoot, serveProject } from '../../tests/e2e/harness.js';

const bundle = join(projectRoot, 'dist/ix-widgets.js');

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return /\.(test|stories)\.ts$/.test(path) ? 0 : stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * Benchmarks measure the file a CDN serves. It is rebuilt (`npx vite build`) when missing or
 * older than anything it is built from: the source, the compiled content, the build config.
 */
export function ensureBundle(): string {
  let builtAt = 0;
  try {
    builtAt = statSync(bundle).mtimeMs;
  } catch {
    // missing: built below
  }
  const inputs = ['src', 'vite.config.ts', 'package.json'].map((path) => newestChange(join(projectRoot, path)));
  if (builtAt === 0 || Math.max(...inputs) > builtAt) {
    console.log(builtAt === 0 ? 'dist/ix-widgets.js is missing: building it…' : 'dist/ix-widgets.js is older than its source: rebuilding…');
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('`npx vite build` failed; the benchmark needs dist/ix-widgets.js');
  }
  return bundle;
}

/**
 * Runs `measure` in a fresh headless Chromium against `server`, then closes both (also when a
 * measurement fails). Returns the browser's name and version, which the results record.
 */
export async function inChromium(server: StaticServer, measure: (browser: Browser, origin: string) => Promise<void>): Promise<string> {
  const browser = await launchChromium();
  try {
    await measure(browser, server.origin);
    return `${chromium.name()} ${browser.version()}`;
  } finally {
    await browser.close();
    await server.close();
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');

/** Prints rows under a header, columns padded to their widest cell; numbers right-aligned. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (/^[\d.,×≈~<>+−-]/.test(cell) && column > 0 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** bench-results/<name>.json: the figures, when and where they were measured. */
export function writeResults(name: string, results: unknown, browserVersion?: string): void {
  const dir = join(projectRoot, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  // Other work on a shared machine moves these figures: the load average says how much.
  const load = loadavg().map((value) => Math.round(value * 100) / 100);
  const record = { benchmark: name, measuredAt: new Date().toISOString(), browser: browserVersion, cores: cpus().length, loadAverage: load, results };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nload average (1, 5, 15 min) at the end: ${load.join(', ')} on ${cpus().length} cores`);
  console.log(`wrote bench-results/${name}.json`);
}

/** Serves one directory on loopback as a site root (the built demo uses root-relative URLs). */
export function serveDirectory(root: string): Promise<StaticServer> {
  return serveStatic(root);
}
