// Row-level expressions (conditions, aggregate arguments) in SQL, with the meaning the embedded
// evaluator gives them (eval/expr.ts): empty cells are NULL and comparisons with them unknown,
// `and`/`or`/`not` three-valued, money in whole pence, every division floating point with a
// NULLIF on its divisor, a prefix tested without LIKE wildcards, text ordered by code point.

import type { Expr, Span } from '../syntax/ast';
import type { SemanticSymbol } from '../semantics/model';
import { classificationReference, type Bindings } from '../eval/expr';
import type { ScanColumn } from '../plan/plan';
import type { Dialect } from './dialect';

export type SqlKind = 'money' | 'number' | 'text' | 'bool' | 'null';

export interface SqlExpr {
  readonly sql: string;
  readonly kind: SqlKind;
}

/** Something the SQL compiler cannot express, where it is written. */
export interface SqlProblem {
  readonly message: string;
  readonly span: Span;
  readonly path: string;
}

export interface RowContext {
  readonly dialect: Dialect;
  readonly bindings: Bindings;
  /** The path of the file the expressions are written in (for problems). */
  readonly path: string;
  readonly columns: readonly ScanColumn[];
  /** The SQL of a classification's category index for the current row (-2 excluded, -1 none). */
  category(classification: SemanticSymbol): string;
  readonly problems: SqlProblem[];
}

const NULL: SqlExpr = { sql: 'NULL', kind: 'null' };

function numberLiteral(value: number): string {
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

export function kindOf(type: ScanColumn['type']): SqlKind {
  switch (type) {
    case 'money':
      return 'money';
    case 'number':
    case 'percent':
      return 'number';
    case 'bool':
      return 'bool';
    default:
      return 'text';
  }
}

function unsupported(ctx: RowContext, expr: Expr, what: string): SqlExpr {
  ctx.problems.push({ message: `${what} cannot be computed in SQL yet; evaluate this file with the embedded engine.`, span: expr.span, path: ctx.path });
  return NULL;
}

export function rowSql(expr: Expr | undefined, ctx: RowContext): SqlExpr {
  if (expr === undefined) return NULL;
  const d = ctx.dialect;
  switch (expr.kind) {
    case 'Number':
    case 'Percent':
    case 'Pp':
      return { sql: numberLiteral(expr.value), kind: 'number' };
    case 'Money':
      return { sql: `CAST(${expr.pence} AS ${d.bigintType})`, kind: 'money' };
    case 'FiscalYear':
      return { sql: d.text(`${expr.startYear}/${String(expr.endYear % 100).padStart(2, '0')}`), kind: 'text' };
    case 'Text':
      return { sql: d.text(expr.value), kind: 'text' };
    case 'Code':
      return { sql: d.text(expr.raw), kind: 'text' };
    case 'Bool':
      return { sql: d.bool(expr.value), kind: 'bool' };
    case 'Paren': {
      const inner = rowSql(expr.inner, ctx);
      return { sql: `(${inner.sql})`, kind: inner.kind };
    }
    case 'Reference':
      return reference(expr, ctx);
    case 'Unary': {
      const operand = rowSql(expr.operand, ctx);
      if (expr.op === 'not') return { sql: `(NOT ${operand.sql})`, kind: 'bool' };
      return expr.op === '-' ? { sql: `(-${operand.sql})`, kind: operand.kind } : operand;
    }
    case 'Binary': {
      const left = rowSql(expr.left, ctx);
      const right = rowSql(expr.right, ctx);
      if (expr.op === 'and' || expr.op === 'or') return { sql: `(${left.sql} ${expr.op.toUpperCase()} ${right.sql})`, kind: 'bool' };
      return arithmetic(expr, expr.op, left, right, ctx);
    }
    case 'Comparison': {
      const left = rowSql(expr.left, ctx);
      const right = rowSql(expr.right, ctx);
      if (left.kind !== right.kind && left.kind !== 'null' && right.kind !== 'null') return { sql: d.unknownBool, kind: 'bool' };
      const op = expr.op === '!=' ? '<>' : expr.op;
      if (left.kind === 'bool' || right.kind === 'bool') return { sql: `(${d.flag(left.sql)} ${op} ${d.flag(right.sql)})`, kind: 'bool' };
      const text = left.kind === 'text' && op !== '=' && op !== '<>';
      return { sql: `(${text ? d.binaryText(left.sql) : left.sql} ${op} ${text ? d.binaryText(right.sql) : right.sql})`, kind: 'bool' };
    }
    case 'InList': {
      const subject = rowSql(expr.subject, ctx);
      const items = (expr.list?.items ?? []).map((item) => rowSql(item, ctx));
      const literal = (expr.list?.items ?? []).every((item) => item.kind !== 'Reference' && item.kind !== 'Aggregate');
      let found: string;
      if (items.length === 0) found = d.bool(false);
      else if (literal) found = `${subject.sql} IN (${items.map((i) => i.sql).join(', ')})`;
      // A listed column that is empty equals nothing: the test is still yes or no.
      else found = items.map((i) => d.equalsOrFalse(subject.sql, i.sql)).join(' OR ');
      const test = expr.negated ? `NOT (${found})` : `(${found})`;
      return { sql: `(${d.test(`CASE WHEN ${subject.sql} IS NULL THEN NULL ELSE ${d.flag(test)} END`)})`, kind: 'bool' };
    }
    case 'StartsWith': {
      const subject = rowSql(expr.subject, ctx);
      const prefix = rowSql(expr.prefix, ctx);
      if (subject.kind !== 'text' || prefix.kind !== 'text') return { sql: d.unknownBool, kind: 'bool' };
      return { sql: d.startsWith(subject.sql, prefix.sql), kind: 'bool' };
    }
    case 'Aggregate':
    case 'List':
      return NULL;
  }
}

function reference(expr: Expr & { kind: 'Reference' }, ctx: RowContext): SqlExpr {
  const membership = classificationReference(ctx.bindings, expr);
  if (membership !== undefined) {
    const category = ctx.category(membership.classification);
    return { sql: membership.category < 0 ? `(${category} >= 0)` : `(${category} = ${membership.category})`, kind: 'bool' };
  }
  const symbol = expr.parts.length === 1 ? ctx.bindings.symbolOf(expr.parts[0]) : undefined;
  const column = ctx.columns.find((c) => c.symbol === symbol);
  if (column === undefined) return NULL;
  const kind = kindOf(column.type);
  return { sql: kind === 'bool' ? ctx.dialect.test(ctx.dialect.quote(column.name)) : ctx.dialect.quote(column.name), kind };
}

function arithmetic(expr: Expr, op: '+' | '-' | '*' | '/', left: SqlExpr, right: SqlExpr, ctx: RowContext): SqlExpr {
  const d = ctx.dialect;
  const double = (e: SqlExpr): string => `CAST(${e.sql} AS ${d.doubleType})`;
  if (left.kind === 'money' && right.kind === 'money') {
    if (op === '+' || op === '-') return { sql: `(${left.sql} ${op} ${right.sql})`, kind: 'money' };
    if (op === '/') return { sql: `(${double(left)} / NULLIF(${double(right)}, 0) * 100)`, kind: 'number' };
    return NULL;
  }
  if (left.kind === 'number' && right.kind === 'number') {
    if (op === '/') return { sql: `(${double(left)} / NULLIF(${double(right)}, 0))`, kind: 'number' };
    return { sql: `(${double(left)} ${op} ${double(right)})`, kind: 'number' };
  }
  if (left.kind === 'money' || right.kind === 'money') {
    const factor = left.kind === 'money' ? (expr.kind === 'Binary' ? expr.right : undefined) : expr.kind === 'Binary' ? expr.left : undefined;
    const money = left.kind === 'money' ? left : right;
    if (op === '*' && factor?.kind === 'Number' && Number.isSafeInteger(factor.value)) return { sql: `(${money.sql} * ${factor.value})`, kind: 'money' };
    return unsupported(ctx, expr, 'Money multiplied or divided by anything but a whole number, row by row,');
  }
  return NULL;
}
