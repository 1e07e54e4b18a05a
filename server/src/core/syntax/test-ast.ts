// The syntax tree of `test` declarations (in `*.test.hewitt` files). Tests sit beside the other
// declarations of a file (`SourceFile.tests`) rather than among them, so every consumer of rule
// declarations is unaffected; the test checker, runner, formatter and editor features read them.
// Spans are half-open UTF-16 offsets; after a syntax error any optional field may be missing.

import type { Literal, Name, Span, TextLiteral } from './ast';

export interface TestDecl {
  readonly kind: 'Test';
  readonly span: Span;
  readonly doc?: string;
  /** Span of the `test` keyword. */
  readonly keyword: Span;
  readonly name?: Name;
  readonly title?: TextLiteral;
  /** Span of the `{ … }` body, braces included, when a `{` was found. */
  readonly bodySpan?: Span;
  readonly givens: readonly GivenDecl[];
  readonly expects: readonly ExpectDecl[];
}

/** `given ledger { | … | }` or `given qof from "fixtures/qof.csv"`. */
export interface GivenDecl {
  readonly kind: 'Given';
  readonly span: Span;
  readonly keyword: Span;
  readonly dataset?: Name;
  /** Span of `from` when written. */
  readonly from?: Span;
  readonly source?: TextLiteral;
  readonly table?: GivenTable;
}

export interface GivenTable {
  readonly span: Span;
  /** The column names of the first row. */
  readonly header: readonly Name[];
  readonly headerSpan?: Span;
  readonly rows: readonly GivenRow[];
}

export interface GivenRow {
  readonly span: Span;
  readonly cells: readonly TestValue[];
}

/**
 * A value written in a test: a cell, a key or an expected value. `Empty` is an empty cell;
 * `Word` is a bare word (`screening`, `none`, `met`, `on-track`, `no-data`).
 */
export type TestValue = LiteralValue | WordValue | EmptyValue;

export interface LiteralValue {
  readonly kind: 'LiteralValue';
  readonly span: Span;
  /** The text as written, sign included. */
  readonly raw: string;
  readonly negative: boolean;
  readonly literal: Literal;
}

export interface WordValue {
  readonly kind: 'WordValue';
  readonly span: Span;
  readonly text: string;
}

export interface EmptyValue {
  readonly kind: 'EmptyValue';
  readonly span: Span;
}

/** `icb = "QE1"` inside an expectation's brackets. */
export interface ExpectKey {
  readonly span: Span;
  readonly column: Name;
  readonly value?: TestValue;
}

/** `row 1`, `stratum 1`, `status`, `points`, `groups` … after the declaration and its keys. */
export interface ExpectSelector {
  readonly span: Span;
  readonly word: Name;
  /** The row number or stratum after `row` / `stratum`. */
  readonly argument?: TestValue;
}

export interface ExpectDecl {
  readonly kind: 'Expect';
  readonly span: Span;
  readonly keyword: Span;
  /** The measure, target, metric or classification the expectation is about. */
  readonly subject?: Name;
  /** Span of `[ … ]` when written. */
  readonly keysSpan?: Span;
  readonly keys: readonly ExpectKey[];
  readonly selector?: ExpectSelector;
  readonly value?: TestValue;
  /** Span of `within` when written. */
  readonly within?: Span;
  readonly tolerance?: TestValue;
}

/** True for the file names that may hold tests. */
export function isTestFile(path: string): boolean {
  return path.endsWith('.test.hewitt');
}
