/**
 * A web-test-runner reporter that ends the run with plain lines a log reader sees as the result
 * (wtr's own summary sits inside a progress line):
 *
 *   chromium 470 passed, 0 failed (60 s)
 *   firefox 470 passed, 0 failed (90 s)
 *   webkit 466 passed, 0 failed (70 s)
 *   not run in webkit — <reason>:
 *     <file> › <suite> › <test>
 *   1408 passed, 0 failed
 *
 * and saves the counts to .cache/browser-tests.json, so CI can print one summary at its very end.
 * Tests of a media preset an engine cannot be launched with (scripts/wtr-media.mjs) are named
 * with the reason, taken from the engines that did run them.
 */
import { mkdirSync, writeFileSync, writeSync } from 'node:fs';
import { relative } from 'node:path';

function countSuite(suite, totals, names, path = []) {
  for (const test of suite.tests ?? []) {
    names.push([...path, test.name].join(' › '));
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals, names, [...path, child.name]);
}

const zero = () => ({ passed: 0, failed: 0, skipped: 0 });
const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

/**
 * @param {object} options
 * @param {string[]} options.engines the engines this run drives, in the order to print them
 * @param {Record<string, Record<string, string>>} options.unsupported engine → preset → reason
 * @param {(preset: string) => string[]} options.presetFiles the file globs of a preset's group,
 *   named instead of its tests when no engine of this run ran them
 */
export function summaryReporter({ file = '.cache/browser-tests.json', engines = [], unsupported = {}, presetFiles = () => [] } = {}) {
  let lines;
  return {
    start({ sessions }) {
      // wtr stops on SIGINT (or any process.exit) with exit code 1 and nothing on screen but the
      // last progress frame; say so, with what was running, so a log reader knows it was not a test.
      const signals = [];
      process.on('SIGINT', () => signals.push(`SIGINT at ${new Date().toISOString()}`));
      // wtr stops on an uncaught exception, but its message goes to a console that the dynamic
      // progress display holds back and never prints: write it out.
      process.on('uncaughtException', (error) => writeSync(2, `\nuncaught exception in web-test-runner's process: ${error?.stack ?? error}\n`));
      process.once('exit', (code) => {
        if (lines) return;
        const running = [...sessions.forStatus('INITIALIZING', 'TEST_STARTED', 'TEST_FINISHED')]
          .map((session) => `  ${session.browser.name}: ${relative(process.cwd(), session.testFile)}`);
        const finished = [...sessions.forStatus('FINISHED')].length;
        writeSync(2, [
          `\nweb-test-runner stopped before the end of the run (exit code ${code}), after ${finished} of ${[...sessions.all()].length} files`,
          signals.length ? `it was sent ${signals.join(', ')}` : 'no SIGINT reached it',
          running.length ? `files still running:\n${running.join('\n')}` : 'no file was running',
          '',
        ].join('\n'));
      });
    },
    onTestRunFinished({ sessions }) {
      const byEngine = Object.fromEntries(engines.map((engine) => [engine, zero()]));
      const testNames = new Map(); // `${group}\n${file}` -> names, from whichever engine ran it
      for (const session of sessions) {
        const engine = session.browser.engine ?? session.browser.name;
        const totals = (byEngine[engine] ??= zero());
        const names = [];
        const before = totals.failed;
        if (session.testResults) countSuite(session.testResults, totals, names);
        // A file that failed to load or threw outside a test has no failed test: count it once.
        if (!session.passed && totals.failed === before) totals.failed += 1;
        const key = `${session.group.name}\n${session.testFile}`;
        if (names.length > (testNames.get(key)?.length ?? 0)) testNames.set(key, names);
      }
      const all = zero();
      for (const totals of Object.values(byEngine)) for (const k of Object.keys(all)) all[k] += totals[k];

      // Wall time per engine, from each of its browsers' first file to its last.
      const seconds = {};
      for (const browser of new Set(sessions.map((session) => session.browser))) {
        const { first, last } = browser.timing ?? {};
        if (first && last) seconds[browser.engine] = (seconds[browser.engine] ?? 0) + (last - first) / 1000;
      }
      const took = (engine) => (seconds[engine] ? ` (${Math.round(seconds[engine])} s)` : '');
      lines = Object.entries(byEngine).map(([engine, totals]) => `${engine} ${line(totals)}${took(engine)}`);
      const notRun = {};
      for (const engine of engines) {
        for (const [preset, reason] of Object.entries(unsupported[engine] ?? {})) {
          const tests = [...testNames]
            .filter(([key]) => key.startsWith(`${preset}\n`))
            .flatMap(([key, names]) => names.map((name) => `${relative(process.cwd(), key.split('\n')[1])} › ${name}`));
          if (tests.length === 0) tests.push(...presetFiles(preset));
          (notRun[engine] ??= []).push({ reason, tests });
          lines.push(`not run in ${engine} (${tests.length}) — ${reason}:`, ...tests.map((test) => `  ${test}`));
        }
      }
      lines.push(line(all));
      mkdirSync('.cache', { recursive: true });
      writeFileSync(file, JSON.stringify({ ...all, engines: byEngine, seconds, notRun }));
    },
    stop() {
      if (lines) console.log(`\n${lines.join('\n')}`);
    },
  };
}
