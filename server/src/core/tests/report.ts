// The results of a test run as plain data with lines (1-based): the JSON contract of
// `hewitt test --format json`, and what every other output (pretty, JUnit, GitHub, the editor's
// Testing view) is drawn from.

import type { SemanticModel } from '../semantics/model';
import type { Span } from '../syntax/ast';
import { LineIndex } from '../text/line-index';
import type { Coverage } from './coverage';
import type { TestOutcome, TestStatus } from './run';

export interface ReportPosition {
  readonly line: number;
  readonly column: number;
}

export interface ReportRange {
  readonly start: ReportPosition;
  readonly end: ReportPosition;
}

export interface ReportFailure {
  readonly line: number;
  readonly expectation: string;
  readonly expected: string;
  readonly actual: string;
  readonly groups?: readonly string[];
}

export interface ReportTest {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly title?: string;
  readonly status: TestStatus;
  readonly durationMs: number;
  readonly failures: readonly ReportFailure[];
  readonly error?: { readonly code: string; readonly message: string; readonly file: string; readonly range: ReportRange };
}

export interface TestReport {
  readonly version: 1;
  readonly tests: readonly ReportTest[];
  readonly summary: { readonly passed: number; readonly failed: number; readonly errors: number };
  readonly coverage?: Coverage;
}

export function testReport(model: SemanticModel, outcomes: readonly TestOutcome[], coverage?: Coverage): TestReport {
  const indexes = new Map<string, LineIndex>();
  const indexOf = (path: string): LineIndex => {
    let index = indexes.get(path);
    if (!index) indexes.set(path, (index = new LineIndex(model.files.get(path)?.text ?? '')));
    return index;
  };
  const line = (path: string, offset: number): number => indexOf(path).position(offset).line + 1;
  const range = (path: string, span: Span): ReportRange => {
    const start = indexOf(path).position(span.start);
    const end = indexOf(path).position(span.end);
    return { start: { line: start.line + 1, column: start.character + 1 }, end: { line: end.line + 1, column: end.character + 1 } };
  };
  const tests = outcomes.map(
    (o): ReportTest => ({
      file: o.path,
      line: line(o.path, o.test.span.start),
      name: o.name,
      ...(o.title === undefined ? {} : { title: o.title }),
      status: o.status,
      durationMs: Math.round(o.durationMs),
      failures: o.failures.map((f) => ({
        line: line(o.path, f.span.start),
        expectation: f.expectation,
        expected: f.expected,
        actual: f.actual,
        ...(f.groups && f.groups.length > 0 ? { groups: f.groups } : {}),
      })),
      ...(o.error ? { error: { code: o.error.code, message: o.error.message, file: o.error.path, range: range(o.error.path, o.error.span) } } : {}),
    }),
  );
  const count = (status: TestStatus): number => tests.filter((t) => t.status === status).length;
  return { version: 1, tests, summary: { passed: count('pass'), failed: count('fail'), errors: count('error') }, ...(coverage ? { coverage } : {}) };
}

/** `3 passed, 1 failed` (and `, 2 errors` when some test could not run). */
export function summaryLine(report: TestReport): string {
  const { passed, failed, errors } = report.summary;
  return `${passed} passed, ${failed} failed${errors > 0 ? `, ${errors} ${errors === 1 ? 'error' : 'errors'}` : ''}`;
}
