// Prints "Tests: N passed, N failed[, N skipped]" from Vitest's JSON report, as the closing line.
import { readFileSync, existsSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
if (!existsSync(file)) {
  console.log('Tests: 0 passed, 1 failed (no test report was written)');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const tail = skipped > 0 ? `, ${skipped} skipped` : '';
console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${tail}`);
