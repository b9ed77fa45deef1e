import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeFlags, findChrome } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { embedServerPlugin } from './tests/support/embed-server.mjs';
import { pageFrameMiddleware } from './tests/support/test-server.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/find-chrome.mjs` for how to install one.');

export default {
  files: ['src/**/*.test.ts', 'tests/hardening/**/*.test.ts', 'tests/pages/**/*.test.ts'],
  nodeResolve: true,
  middleware: [pageFrameMiddleware()],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeFlags },
    }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    embedServerPlugin(),
  ],
  // Lit's one-line dev-mode notice would otherwise head every file's output.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
