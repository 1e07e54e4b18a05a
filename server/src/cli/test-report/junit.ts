// `hewitt test --format junit`: JUnit XML for CI test tabs. One testsuite per test file, one
// testcase per test; a failed test carries a <failure> listing its failed expectations, a test
// that could not run an <error>.

import { summaryLine, type ReportTest, type TestReport } from '../../core/tests/report';
import { xml } from '../report/junit';

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function testcase(test: ReportTest): string[] {
  const open = `    <testcase classname="${xml(test.file)}" name="${xml(test.name)}" time="${seconds(test.durationMs)}"`;
  if (test.status === 'pass') return [`${open}/>`];
  const lines = [`${open}>`];
  if (test.status === 'fail') {
    const body = test.failures
      .map((f) => `${test.file}:${f.line}: ${f.expectation}\nexpected ${f.expected}, actual ${f.actual}${f.groups?.length ? `\ngroups that exist: ${f.groups.join('; ')}` : ''}`)
      .join('\n\n');
    const first = test.failures[0];
    const message = first ? `line ${first.line}: expected ${first.expected}, actual ${first.actual}` : 'failed';
    lines.push(`      <failure type="expectation" message="${xml(message)}">${xml(body)}</failure>`);
  } else if (test.error) {
    const { file, range, code, message } = test.error;
    lines.push(`      <error type="${xml(code)}" message="${xml(message)}">${xml(`${file}:${range.start.line}:${range.start.column}: ${code}: ${message}`)}</error>`);
  }
  lines.push('    </testcase>');
  return lines;
}

export function formatTestJunit(report: TestReport): string {
  const byFile = new Map<string, ReportTest[]>();
  for (const test of report.tests) byFile.set(test.file, [...(byFile.get(test.file) ?? []), test]);
  const suites: string[] = [];
  for (const [file, tests] of byFile) {
    const failures = tests.filter((t) => t.status === 'fail').length;
    const errors = tests.filter((t) => t.status === 'error').length;
    const time = seconds(tests.reduce((sum, t) => sum + t.durationMs, 0));
    suites.push(`  <testsuite name="${xml(file)}" tests="${tests.length}" failures="${failures}" errors="${errors}" skipped="0" time="${time}">`);
    for (const test of tests) suites.push(...testcase(test));
    suites.push('  </testsuite>');
  }
  const { passed, failed, errors } = report.summary;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(`hewitt test: ${summaryLine(report)}`)}" tests="${passed + failed + errors}" failures="${failed}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
