// Prints one line per test run and the total, as "N passed, N failed, N skipped", and the errors
// raised outside any test.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`${file}: no report (the run did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const p = report.numPassedTests ?? 0;
  const f = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  const s = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${file}: ${p} passed, ${f} failed, ${s} skipped`);
  // Errors outside any test (written by tests/support/unhandled-errors-reporter.ts) fail the run too.
  const unhandledFile = file.replace(/\.json$/, '-unhandled.txt');
  const unhandled = existsSync(unhandledFile) ? readFileSync(unhandledFile, 'utf8').trim() : '';
  if (unhandled) {
    console.log(
      `${unhandledFile}: errors outside any test:\n${unhandled.split('\n').slice(0, 80).join('\n')}`,
    );
    failed += 1;
  }
  passed += p;
  failed += f;
  skipped += s;
}
if (passed === 0) failed += 1;
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
