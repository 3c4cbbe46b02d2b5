// A Vitest reporter for CI: writes the errors raised outside any test (unhandled rejections,
// uncaught exceptions) to the file named by UNHANDLED_ERRORS_FILE, so the CI summary, printed
// last, can name them; the JSON report counts only tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter } from 'vitest/reporters';

export default class UnhandledErrorsReporter implements Reporter {
  onTestRunEnd: NonNullable<Reporter['onTestRunEnd']> = (_modules, unhandledErrors) => {
    const file = process.env['UNHANDLED_ERRORS_FILE'];
    if (!file) return;
    mkdirSync(path.dirname(file), { recursive: true });
    const report = unhandledErrors
      .map((error) => {
        const where = (error as { VITEST_TEST_PATH?: string }).VITEST_TEST_PATH;
        const told = error.stack ?? `${error.name ?? 'Error'}: ${error.message ?? String(error)}`;
        return where ? `while running ${where}:\n${told}` : told;
      })
      .join('\n\n');
    writeFileSync(file, report);
  };
}
