// `hewitt test --format github`: a workflow command at each failed expectation (and at the cause
// of each test that could not run), so GitHub shows them on the lines of the pull request; then
// the summary line.

import { summaryLine, type TestReport } from '../../core/tests/report';

/** Escapes a workflow command's message (and, with `property`, a property value). */
function escape(text: string, property = false): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

export function formatTestGithub(report: TestReport): string {
  const lines: string[] = [];
  for (const test of report.tests) {
    for (const f of test.failures) {
      const message = `${f.expectation}\nexpected ${f.expected}, actual ${f.actual}${f.groups?.length ? `\ngroups that exist: ${f.groups.join('; ')}` : ''}`;
      lines.push(`::error file=${escape(test.file, true)},line=${f.line},title=${escape(`test ${test.name} failed`, true)}::${escape(message)}`);
    }
    if (test.error) {
      const { file, range, code, message } = test.error;
      lines.push(`::error file=${escape(file, true)},line=${range.start.line},col=${range.start.column},title=${escape(`test ${test.name} could not run (${code})`, true)}::${escape(message)}`);
    }
  }
  lines.push(summaryLine(report));
  return lines.join('\n') + '\n';
}
