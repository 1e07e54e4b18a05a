// Diagnostics as the core produces them: offsets, not lines; no protocol types.
//
// Every diagnostic has a stable `code`. Structural codes are listed in `StructuralCode`; the
// catalogue's rules use `hewitt/<name>` ids. Codes are a contract with users (config files,
// suppressions, SARIF ruleIds): never rename one.

import type { TextEdit } from './edits';
import type { Span } from './syntax/ast';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Higher is more severe. */
export function severityRank(severity: Severity): number {
  switch (severity) {
    case 'error':
      return 3;
    case 'warning':
      return 2;
    case 'info':
      return 1;
    case 'hint':
      return 0;
  }
}

export const STRUCTURAL_CODES = {
  syntax: 'The text does not follow the grammar of the language.',
  'nesting-too-deep': 'An expression is nested more deeply than the checker accepts.',
  'unknown-name': 'A name that is not declared in this file or an imported file.',
  'duplicate-name': 'Two declarations (or columns, or categories) share a name.',
  'import-not-found': 'An imported file cannot be read.',
  'import-cycle': 'Files import each other in a cycle.',
  'unknown-property': 'A property or clause that this kind of declaration does not have.',
  'missing-property': 'A property that this kind of declaration needs is not given.',
  'duplicate-property': 'A property is given twice in the same declaration.',
  'invalid-value': 'A property value is not one of the values it accepts.',
  'type-mismatch': 'An expression has a type or unit that does not fit where it is used.',
  'ambiguous-percent-change': 'A change of `+1%` on a percent measure could mean points or a relative change.',
  'invalid-fiscal-year': 'A fiscal year that does not name two consecutive years.',
  'invalid-threshold': 'Thresholds outside 0–100% or with the lower not below the upper.',
  'invalid-points': 'Points that are not a positive number.',
  'invalid-weight': 'A category weight outside 0–100%.',
  'invalid-literal': 'A literal that cannot be read, such as an unterminated text.',
  'data-cell': 'A data cell that does not fit its column type.',
  'data-file': 'A data file that is missing, empty, not UTF-8 or lacks a declared column.',
  'data-column': 'A column whose values do not fit how the rules use it, such as a quintile column without quintiles 1 and 5.',
  'suppression-reason': 'A `// hewitt-ignore` comment gives no reason after the rule id.',
  'suppression-unknown-rule': 'A `// hewitt-ignore` comment names no rule of the catalogue (structural checks cannot be suppressed).',
  'suppression-unused': 'A `// hewitt-ignore` comment silences nothing on the declaration that follows it.',
  'test-location': 'A `test` declaration outside a `*.test.hewitt` file.',
  'test-no-expect': 'A test that states no expectation.',
  'test-fixture': "A `given` table whose columns, rows or cells do not fit the dataset, or a fixture file that cannot be read.",
  'test-missing-given': 'A test whose expectations read a dataset it gives no rows for.',
  'test-missing-column': "A `given` table without a column that the tested declarations read.",
  'test-unused-given': 'A `given` for a dataset that no declaration the test expects anything of reads.',
  'test-expectation': 'An `expect` whose keys, words or value do not fit the declaration it is about.',
} as const;

export type StructuralCode = keyof typeof STRUCTURAL_CODES;

/** A related location, e.g. the first declaration of a duplicated name. */
export interface RelatedInfo {
  readonly path: string;
  readonly span: Span;
  readonly message: string;
}

/** A quick fix: edits to the file the diagnostic is in. Applying them must leave a file that parses. */
export interface Fix {
  /** What the fix does, as a menu entry: "Set the change to +1pp". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix an editor may apply without asking (at most one per diagnostic). */
  readonly preferred?: boolean;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  /** One sentence a policy analyst understands: name the thing, say what is expected. */
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedInfo[];
  /** Quick fixes, when the catalogue offers some. */
  readonly fixes?: readonly Fix[];
}

export function diagnostic(
  code: StructuralCode,
  severity: Severity,
  message: string,
  span: Span,
  related?: readonly RelatedInfo[],
): Diagnostic {
  return related && related.length > 0 ? { code, severity, message, span, related } : { code, severity, message, span };
}

/** Sorts by position, then code, so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
}
