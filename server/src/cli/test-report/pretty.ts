// `hewitt test` for a terminal: one line per test, each failed expectation with its file and line
// and the expected and actual values side by side, then the summary as the last line.

import { summaryLine, type ReportTest, type TestReport } from '../../core/tests/report';

const LABEL = { pass: 'PASS ', fail: 'FAIL ', error: 'ERROR' } as const;

function heading(test: ReportTest): string {
  return `${LABEL[test.status]} ${test.file}:${test.line} ${test.name}${test.title ? ` — ${test.title}` : ''}`;
}

export function formatTestPretty(report: TestReport): string {
  const lines: string[] = [];
  for (const test of report.tests) {
    lines.push(heading(test));
    for (const failure of test.failures) {
      lines.push(`  ${test.file}:${failure.line}: ${failure.expectation}`);
      const expected = `expected ${failure.expected}`;
      lines.push(`    ${expected.padEnd(Math.max(24, expected.length + 2))}actual ${failure.actual}`);
      if (failure.groups && failure.groups.length > 0) lines.push(`    groups that exist: ${failure.groups.join('; ')}`);
    }
    if (test.error) {
      const { file, range, code, message } = test.error;
      lines.push(`  ${file}:${range.start.line}:${range.start.column}: ${code}: ${message}`);
    }
  }
  const coverage = report.coverage;
  if (coverage) {
    lines.push('', 'Coverage:');
    if (coverage.classifications.length === 0 && coverage.files.length === 0) lines.push('  every category, measure, target and metric is tested');
    for (const c of coverage.classifications) lines.push(`  ${c.file}: classification ${c.name}: no fixture row in ${c.uncovered.join(', ')}`);
    for (const f of coverage.files) lines.push(`  ${f.file}: no expectation on ${f.unexpected.join(', ')}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(report));
  return lines.join('\n') + '\n';
}
