/**
 * What every end-to-end test needs: a static server on loopback for the project's files (with
 * per-page response headers, e.g. a strict CSP), and headless Chromium driven by playwright-core.
 * These tests load the BUILT dist/ix-widgets.js, the file a CDN serves.
 */
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
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
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/find-browsers.mjs`.');
  return chromium.launch({ executablePath, args: chromeFlags, headless: true });
}

/**
 * A server and Chromium for one test file, opened before its tests and closed after them (the
 * node:test hooks are registered here). `prepare` runs first, e.g. to build what pages load.
 */
export function openSiteAndBrowser(
  options: { prepare?: () => unknown; serve?: () => Promise<StaticServer> } = {},
): { readonly server: StaticServer; readonly browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  before(async () => {
    await options.prepare?.();
    site.server = await (options.serve ?? serveProject)();
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

export interface PageProblems {
  errors: string[];
  warnings: string[];
  violations: string[];
}

/** Records console errors and warnings, uncaught exceptions and CSP violations of a page. */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], warnings: [], violations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
    if (message.type() === 'warning') problems.warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  await page.exposeFunction('__ixReportViolation', (text: string) => problems.violations.push(text));
  // Init scripts run through DevTools, so a strict CSP cannot block the probe itself.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __ixReportViolation: (t: string) => void }).__ixReportViolation;
      void report(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
    });
  });
  return problems;
}
