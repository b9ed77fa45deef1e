/**
 * A node:test reporter that writes the run's counts as JSON (the destination is set on the
 * command line), so CI can add the build-time tests to its closing summary line.
 */
export default async function* nodeSummaryReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Only leaf tests count; a describe() block reports too, with its children as `details`.
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  yield JSON.stringify(totals);
}
