// The abstract syntax tree of a .hewitt file.
//
// Invariants:
// - Every node has a half-open span of UTF-16 offsets into the file's text: [start, end).
// - The tree is incomplete by design: after a syntax error any optional field may be missing,
//   and every consumer must cope with `undefined`. Recovery never invents names or values.
// - Unions are tagged with `kind`; consumers switch on it exhaustively.
// - Literals keep their source text (`raw`) so the formatter never rewrites a number the user wrote.

import type { TestDecl } from './test-ast';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An identifier as written, with its own span (used for binding, rename and highlighting). */
export interface Name {
  readonly kind: 'Name';
  readonly text: string;
  readonly span: Span;
}

export interface Comment {
  readonly kind: 'Comment';
  /** `line` is `// …`, `block` is `/* … *\/`, `doc` is `/// …`. */
  readonly style: 'line' | 'block' | 'doc';
  /** The comment exactly as written, markers included. */
  readonly text: string;
  readonly span: Span;
}

export interface SourceFile {
  readonly kind: 'SourceFile';
  readonly span: Span;
  readonly declarations: readonly Declaration[];
  /** Every comment of the file in source order, doc comments included. */
  readonly comments: readonly Comment[];
  /** The `test` declarations of a `*.test.hewitt` file (see test-ast.ts), in source order. */
  readonly tests?: readonly TestDecl[];
}

export type Declaration =
  | ImportDecl
  | DatasetDecl
  | ClassificationDecl
  | MeasureDecl
  | TargetDecl
  | MetricDecl
  | FundingDecl;

export type DeclarationKind = Declaration['kind'];

interface DeclBase {
  readonly span: Span;
  /** Text of the `///` doc comments directly above, markers stripped, lines joined by "\n". */
  readonly doc?: string;
}

export interface ImportDecl extends DeclBase {
  readonly kind: 'Import';
  readonly path?: TextLiteral;
}

/** The shape shared by every named declaration with a `{ … }` body. */
interface BlockDeclBase extends DeclBase {
  readonly name?: Name;
  readonly title?: TextLiteral;
  readonly members: readonly Member[];
  /** Span of the `{ … }` body, braces included, when a `{` was found. */
  readonly bodySpan?: Span;
}

export interface DatasetDecl extends BlockDeclBase {
  readonly kind: 'Dataset';
}

export interface ClassificationDecl extends BlockDeclBase {
  readonly kind: 'Classification';
  /** The dataset after `on`. */
  readonly dataset?: Name;
}

export interface MeasureDecl extends BlockDeclBase {
  readonly kind: 'Measure';
}

export interface TargetDecl extends BlockDeclBase {
  readonly kind: 'Target';
}

export interface MetricDecl extends BlockDeclBase {
  readonly kind: 'Metric';
}

export interface FundingDecl extends BlockDeclBase {
  readonly kind: 'Funding';
}

export type NamedDeclaration = Exclude<Declaration, ImportDecl>;

// ---------------------------------------------------------------------------------------------
// Members: what may appear inside a declaration's body. The parser accepts any member in any
// body; which members a declaration allows or requires is the checker's business, so that a
// misplaced line gets a precise "not allowed here" message instead of a syntax error.

export type Member =
  | Property
  | ColumnsBlock
  | CategoryDecl
  | FromClause
  | ByClause
  | StratifyClause
  | WhenClause
  | ExcludeClause;

/** `key: value`. The key may be several words (`value per point`), normalised to single spaces. */
export interface Property {
  readonly kind: 'Property';
  readonly span: Span;
  readonly key: string;
  readonly keySpan: Span;
  readonly value?: PropertyValue;
}

export type PropertyValue = Expr | RangeValue | ChangeValue;

/** `40% to 80%` (thresholds) or `2024/25 .. 2026/27` (period). */
export interface RangeValue {
  readonly kind: 'Range';
  readonly span: Span;
  readonly separator: 'to' | '..';
  readonly from?: Expr;
  readonly to?: Expr;
}

/** `at least +1pp`, `at most -2%`, `exactly +1% relative`. */
export interface ChangeValue {
  readonly kind: 'Change';
  readonly span: Span;
  readonly direction: 'at least' | 'at most' | 'exactly';
  readonly amount?: Expr;
  /** Span of the `relative` keyword when written. */
  readonly relative?: Span;
}

export interface ColumnsBlock {
  readonly kind: 'Columns';
  readonly span: Span;
  readonly columns: readonly ColumnDecl[];
}

export interface ColumnDecl {
  readonly kind: 'Column';
  readonly span: Span;
  readonly doc?: string;
  readonly name: Name;
  /** The type as written (`money`, `fiscal_year`, …); validated by the checker. */
  readonly type?: Name;
}

export interface CategoryDecl {
  readonly kind: 'Category';
  readonly span: Span;
  readonly doc?: string;
  readonly name?: Name;
  readonly title?: TextLiteral;
  readonly members: readonly Member[];
  readonly bodySpan?: Span;
}

export interface FromClause {
  readonly kind: 'From';
  readonly span: Span;
  readonly dataset?: Name;
}

export interface ByClause {
  readonly kind: 'By';
  readonly span: Span;
  readonly columns: readonly Name[];
}

export interface StratifyClause {
  readonly kind: 'Stratify';
  readonly span: Span;
  readonly column?: Name;
}

export interface WhenClause {
  readonly kind: 'When';
  readonly span: Span;
  readonly condition?: Expr;
}

export interface ExcludeClause {
  readonly kind: 'Exclude';
  readonly span: Span;
  readonly condition?: Expr;
}

// ---------------------------------------------------------------------------------------------
// Expressions and conditions.

export type Expr =
  | Literal
  | Reference
  | Binary
  | Unary
  | Paren
  | Comparison
  | InList
  | StartsWith
  | Aggregate
  | ListExpr;

export type BinaryOp = '+' | '-' | '*' | '/' | 'and' | 'or';
export type ComparisonOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** A name, possibly dotted: `amount`, `prevention`, `prevention.screening`. */
export interface Reference {
  readonly kind: 'Reference';
  readonly span: Span;
  readonly parts: readonly Name[];
}

export interface Binary {
  readonly kind: 'Binary';
  readonly span: Span;
  readonly op: BinaryOp;
  readonly left?: Expr;
  readonly right?: Expr;
}

export interface Unary {
  readonly kind: 'Unary';
  readonly span: Span;
  readonly op: '+' | '-' | 'not';
  readonly operand?: Expr;
}

/** Parentheses as written; kept so the formatter preserves them. */
export interface Paren {
  readonly kind: 'Paren';
  readonly span: Span;
  readonly inner?: Expr;
}

export interface Comparison {
  readonly kind: 'Comparison';
  readonly span: Span;
  readonly op: ComparisonOp;
  readonly left?: Expr;
  readonly right?: Expr;
}

/** `x in [..]` and `x not in [..]`. */
export interface InList {
  readonly kind: 'InList';
  readonly span: Span;
  readonly negated: boolean;
  readonly subject?: Expr;
  readonly list?: ListExpr;
}

export interface StartsWith {
  readonly kind: 'StartsWith';
  readonly span: Span;
  readonly subject?: Expr;
  readonly prefix?: Expr;
}

export type AggregateFn = 'sum' | 'count' | 'mean' | 'min' | 'max';

/** `sum(amount where prevention)`, `count(where recurrent = no)`, `count()`. */
export interface Aggregate {
  readonly kind: 'Aggregate';
  readonly span: Span;
  readonly fn: AggregateFn;
  readonly fnSpan: Span;
  readonly argument?: Expr;
  readonly where?: Expr;
}

export interface ListExpr {
  readonly kind: 'List';
  readonly span: Span;
  readonly items: readonly Expr[];
}

export type Literal =
  | NumberLiteral
  | PercentLiteral
  | PpLiteral
  | MoneyLiteral
  | FiscalYearLiteral
  | TextLiteral
  | BoolLiteral
  | CodeLiteral;

export interface NumberLiteral {
  readonly kind: 'Number';
  readonly span: Span;
  readonly raw: string;
  readonly value: number;
}

/** `40%`; value in percent units (40). */
export interface PercentLiteral {
  readonly kind: 'Percent';
  readonly span: Span;
  readonly raw: string;
  readonly value: number;
}

/** `1.0pp`; value in percentage points (1). The sign is a Unary around it. */
export interface PpLiteral {
  readonly kind: 'Pp';
  readonly span: Span;
  readonly raw: string;
  readonly value: number;
}

/** `£1.2m`; held exactly as integer pence. */
export interface MoneyLiteral {
  readonly kind: 'Money';
  readonly span: Span;
  readonly raw: string;
  readonly pence: bigint;
}

/** `2023/24`. `startYear` is the first calendar year; `endYear` the second as written (24 → 2024). */
export interface FiscalYearLiteral {
  readonly kind: 'FiscalYear';
  readonly span: Span;
  readonly raw: string;
  readonly startYear: number;
  readonly endYear: number;
}

export interface TextLiteral {
  readonly kind: 'Text';
  readonly span: Span;
  readonly raw: string;
  /** The text with escapes resolved. */
  readonly value: string;
}

export interface BoolLiteral {
  readonly kind: 'Bool';
  readonly span: Span;
  readonly value: boolean;
}

/** An SHA 2011 function code such as `HC.6.2`. */
export interface CodeLiteral {
  readonly kind: 'Code';
  readonly span: Span;
  readonly raw: string;
}
