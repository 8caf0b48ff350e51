// A @web/test-runner reporter that ends the run with one plain line, `N passed, N failed`
// (and `, N skipped` when any were), counted over every test of every file and browser.
function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken += 1;
      }
      const failed = totals.failed + broken;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // Printed after the default reporter's own output.
      setTimeout(() => console.log(`\n${totals.passed} passed, ${failed} failed${skipped}`), 0);
    },
  };
}
