/**
 * One cold page load for the browser benchmarks: a fresh browser context (no cache, no code
 * cache, as a reader's first visit), the page's HTML served at `path` from memory, and whatever
 * the page hands to `window.__benchDone(…)` as the result. Page errors fail the load.
 *
 * Also what every "A against B, side by side" benchmark needs: runs of several loads each,
 * the order alternated within a run, the machine's load average recorded around each run, and
 * the ratio of medians per run with its median and range over the runs.
 */
import { cpus, loadavg } from 'node:os';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { median } from './browser-bench.js';

export interface LoadOptions {
  /** Called with the page before navigation (e.g. to start a CPU profile). */
  before?: (page: Page, cdp: CDPSession) => Promise<void>;
  /** Called with the page after the result arrived (e.g. to stop the profile). */
  after?: (page: Page, cdp: CDPSession) => Promise<void>;
  viewport?: { width: number; height: number };
  timeoutMs?: number;
}

export async function loadOnce<T>(browser: Browser, origin: string, path: string, html: string, options: LoadOptions = {}): Promise<T> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __benchResult: Promise<unknown>; __benchDone: (value: unknown) => void };
      w.__benchResult = new Promise((resolve) => (w.__benchDone = resolve));
    });
    await page.route(`${origin}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    const cdp = await context.newCDPSession(page);
    await options.before?.(page, cdp);
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    const timeout = options.timeoutMs ?? 30_000;
    const result = await Promise.race([
      page.evaluate(() => (window as unknown as { __benchResult: Promise<T> }).__benchResult),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${path}: no result in ${timeout} ms; ${errors.join('; ')}`)), timeout)),
    ]);
    await options.after?.(page, cdp);
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

export interface RunRecord<Name extends string> {
  /** Load average (1 min) just before and just after the run. */
  loadBefore: number;
  loadAfter: number;
  /** Every load's figure per variant, in ms. */
  samples: Record<Name, number[]>;
  medians: Record<Name, number>;
}

/**
 * `runs` runs; in each, every variant is loaded `loads` times, interleaved (A B B A A B…) so a
 * slow moment of a shared machine falls on both. `measure` returns one load's figure in ms.
 */
export async function sideBySide<Name extends string>(
  variants: readonly Name[],
  { runs, loads }: { runs: number; loads: number },
  measure: (variant: Name) => Promise<number>,
): Promise<RunRecord<Name>[]> {
  const records: RunRecord<Name>[] = [];
  for (let run = 0; run < runs; run++) {
    const loadBefore = loadavg()[0]!;
    const samples = Object.fromEntries(variants.map((v) => [v, [] as number[]])) as Record<Name, number[]>;
    for (let i = 0; i < loads; i++) {
      const order = (i + run) % 2 ? [...variants].reverse() : variants;
      for (const variant of order) samples[variant].push(await measure(variant));
    }
    const medians = Object.fromEntries(variants.map((v) => [v, median(samples[v])])) as Record<Name, number>;
    records.push({ loadBefore, loadAfter: loadavg()[0]!, samples, medians });
  }
  return records;
}

/** Ratio of two variants' medians per run; its median and range over the runs. */
export function ratioOverRuns<Name extends string>(records: readonly RunRecord<Name>[], numerator: Name, denominator: Name) {
  const perRun = records.map((r) => r.medians[numerator] / r.medians[denominator]);
  return { perRun, median: median(perRun), min: Math.min(...perRun), max: Math.max(...perRun) };
}

export const ratio = (value: number) => `${value.toFixed(2)}×`;

export function loadRange(records: readonly RunRecord<string>[]): string {
  const all = records.flatMap((r) => [r.loadBefore, r.loadAfter]);
  return `${Math.min(...all).toFixed(2)}–${Math.max(...all).toFixed(2)} (1-min load average on ${cpus().length} cores)`;
}
