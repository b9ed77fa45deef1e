/**
 * A web-test-runner reporter that adds a plain `N passed, N failed` line after the run and
 * saves the counts to .cache/browser-tests.json, so CI can print one summary at its very end.
 * wtr's own summary sits inside a progress line that log readers do not see as a result.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function summaryReporter({ file = '.cache/browser-tests.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that failed to load or threw outside a test has no test results: count it.
        if (!session.passed && totals.failed === 0 && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      mkdirSync('.cache', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
      this.totals = totals;
    },
    stop() {
      if (!this.totals) return;
      const { passed, failed, skipped } = this.totals;
      console.log(`\nbrowser: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}
