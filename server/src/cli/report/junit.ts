// JUnit XML, for CI systems that show test results: one testsuite per file, one failing testcase
// per diagnostic that reaches the fail level, and one passing testcase for a file without any.

import { reachesFailLevel, type CheckResult, type ReportContext } from './model';

export function formatJunit(result: CheckResult, context: ReportContext): string {
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const file of result.files) {
    const failing = file.diagnostics.filter((d) => reachesFailLevel(d.severity, context.failLevel));
    const cases =
      failing.length === 0
        ? [`    <testcase classname="${xml(file.path)}" name="${xml(file.path)}"/>`]
        : failing.map((d) => {
            const where = `${d.start.line + 1}:${d.start.character + 1}`;
            const body = `${d.severity} ${file.path}:${where} ${d.code}: ${d.message}`;
            return [
              `    <testcase classname="${xml(file.path)}" name="${xml(`${where} ${d.code}`)}">`,
              `      <failure type="${xml(d.code)}" message="${xml(d.message)}">${xml(body)}</failure>`,
              '    </testcase>',
            ].join('\n');
          });
    totalTests += cases.length;
    totalFailures += failing.length;
    suites.push(
      [
        `  <testsuite name="${xml(file.path)}" tests="${cases.length}" failures="${failing.length}" errors="0" skipped="0">`,
        ...cases,
        '  </testsuite>',
      ].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(context.tool.name)}" tests="${totalTests}" failures="${totalFailures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** Escapes text for XML content and attributes, dropping characters XML cannot hold. */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
