/**
 * A static server on loopback for the project's files (with per-page response headers, e.g. a
 * strict CSP) and headless Chromium driven by playwright-core, for the browser benchmarks
 * (bench/support/browser-bench.ts). The end-to-end tests themselves run in every engine as
 * web-test-runner tests (tests/e2e/*.test.ts, pages opened by tests/support/page-frame.ts).
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromeFlags, findChrome } from '../../scripts/find-browsers.mjs';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export type { StaticServer } from '../../scripts/static-server.mjs';

/** Serves projectRoot; `headersFor(path)` adds response headers for a given URL path. */
export function serveProject(headersFor?: (path: string) => Record<string, string>): Promise<StaticServer> {
  return serveStatic(projectRoot, headersFor ? { headersFor } : {});
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/find-browsers.mjs chromium`.');
  return chromium.launch({ executablePath, args: chromeFlags, headless: true });
}
