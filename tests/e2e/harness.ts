/**
 * What every end-to-end test needs: a static server on loopback for the project's files (with
 * per-page response headers, e.g. a strict CSP), and headless Chromium driven by playwright-core.
 * These tests load the BUILT dist/ix-widgets.js, the file a CDN serves.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromeFlags, findChrome } from '../../scripts/find-chrome.mjs';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves projectRoot; `headersFor(path)` adds response headers for a given URL path. */
export async function serveProject(headersFor: (path: string) => Record<string, string> = () => ({})): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Browsers ask for a favicon on their own; answering "no content" keeps 404s out of the logs.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(projectRoot, path));
    if (!file.startsWith(projectRoot) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headersFor(path),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/find-chrome.mjs`.');
  return chromium.launch({ executablePath, args: chromeFlags, headless: true });
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
