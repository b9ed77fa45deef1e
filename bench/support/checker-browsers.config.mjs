/**
 * web-test-runner configuration for the checker's benchmark in the browsers (used by
 * bench/checker.bench.ts, not by the test suite): the project's three launchers and plugins,
 * one page (checker-browser-page.ts), and a command that writes each engine's figures to
 * bench-results/checker-<engine>.json. The engines run one after another, so they do not
 * compete for the 2 cores.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import base from '../../web-test-runner.config.mjs';

const results = fileURLToPath(new URL('../../bench-results/', import.meta.url));

export default {
  ...base,
  files: ['bench/support/checker-browser-page.ts'],
  groups: [],
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 15 * 60_000 } },
  reporters: base.reporters.slice(0, 1),
  plugins: [
    ...base.plugins,
    {
      name: 'ix-checker-bench-result',
      executeCommand({ command, payload, session }) {
        if (command !== 'ix-checker-bench-result') return undefined;
        mkdirSync(results, { recursive: true });
        writeFileSync(`${results}checker-${session.browser.engine}.json`, `${JSON.stringify(payload, null, 2)}\n`);
        return true;
      },
    },
  ],
};
