import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { findChrome, findFirefox, findWebKit, findXvfb, selectedEngines } from './scripts/find-browsers.mjs';
import { chromiumLauncher, firefoxLauncher, webkitLauncher } from './scripts/wtr-browsers.mjs';
import { mediaFor, mediaPresets, unsupported } from './scripts/wtr-media.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { checkerReferencePlugin } from './tests/support/checker-reference-command.mjs';
import { e2eDemoPlugin, e2eMiddleware } from './tests/e2e/e2e-server.mjs';
import { foregroundPlugin } from './tests/support/foreground-command.mjs';
import { keyboardPlugin } from './tests/support/keyboard-command.mjs';
import { embedServerPlugin, publicBuilderMiddleware } from './tests/support/embed-server.mjs';
import { pageFrameMiddleware } from './tests/support/test-server.mjs';

// A promise rejected in wtr's own machinery after a test gave up on it (a command answered for a
// page already closed, under load) would otherwise stop the whole run, silently, with exit code 1:
// Node turns it into an uncaught exception, and wtr's progress display swallows the message. The
// test that waited has failed and says so; the run goes on and the rejection is printed.
process.on('unhandledRejection', (reason) => {
  writeSync(2, `\nunhandled rejection in web-test-runner's process (the run goes on): ${reason?.stack ?? reason}\n`);
});

// Every test runs in Chromium, Firefox and WebKit; IX_BROWSERS=chromium,firefox picks fewer.
const engines = selectedEngines();
const paths = {
  chromium: findChrome(),
  firefox: findFirefox(),
  webkit: findWebKit() && findXvfb() ? { ...findWebKit(), xvfb: findXvfb() } : undefined,
};
const absent = engines.filter((engine) => !paths[engine]);
if (absent.length > 0) {
  throw new Error(`No ${absent.join(', ')} found: run \`node scripts/find-browsers.mjs\` for how to install it.`);
}

/** The browsers for one media preset: one launcher per selected engine that supports it. */
function browsersFor(preset) {
  const media = mediaFor(preset);
  return engines
    .filter((engine) => !unsupported[engine]?.[preset])
    .map((engine) => {
      if (engine === 'chromium') return chromiumLauncher({ executablePath: paths.chromium, media, concurrency: 2 });
      if (engine === 'firefox') return firefoxLauncher({ executablePath: paths.firefox, media, concurrency: 1 });
      return webkitLauncher({ ...paths.webkit, media });
    });
}

const testFiles = ['src/**/*.test.ts', 'tests/hardening/**/*.test.ts', 'tests/pages/**/*.test.ts', 'tests/e2e/**/*.test.ts'];
const presets = Object.keys(mediaPresets).filter((preset) => preset !== 'default');
/** Files written for a preset are named after it: `*.dark.test.ts`, `*.forced-colors.test.ts`, … */
const presetFiles = (preset) => testFiles.map((glob) => glob.replace(/\*\.test\.ts$/, `*.${preset}.test.ts`));

export default {
  files: [...testFiles, ...presets.flatMap((preset) => presetFiles(preset).map((glob) => `!${glob}`))],
  browsers: browsersFor('default'),
  groups: presets.map((preset) => ({ name: preset, files: presetFiles(preset), browsers: browsersFor(preset) })),
  nodeResolve: true,
  middleware: [pageFrameMiddleware(), e2eMiddleware(), publicBuilderMiddleware()],
  // Per browser: Chromium's launcher asks for 2 pages at once; Firefox and WebKit run one.
  concurrency: 1,
  // The three engines side by side: most of a test's time is waiting (debounces, frames), so on
  // 2 busy cores this took 153-196 s against 330 s one engine after another, at a peak of ~3 GB
  // of memory (PSS). wtr closes each browser once its files are done.
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 10000 } },
  // A file's whole run: the checker's robustness file feeds WebKit 1–4 MB scripts (tens of
  // seconds on 2 busy cores); wtr's default of 120 s cut it off under load.
  testsFinishTimeout: 300_000,
  // An icon of its own, so no browser asks the server for /favicon.ico while a test watches the
  // page's network (WebKit did, mid-test, which the checker's privacy test rightly counted).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    foregroundPlugin(),
    keyboardPlugin(),
    checkerReferencePlugin(),
    e2eDemoPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    embedServerPlugin(),
  ],
  // Lit's one-line dev-mode notice would otherwise head every file's output.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ engines, unsupported, presetFiles })],
};
