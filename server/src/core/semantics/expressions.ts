// The type of an expression, resolving its names on the way.
//
// Two levels: a measure's `value` (and a metric's numerator and denominator) is at the
// `aggregate` level, where a bare column is an error and aggregates such as sum(amount) give
// values; inside an aggregate, and in a classification's conditions, expressions are at the `row`
// level, where column names stand for the row's cells. An operand of type `unknown` (after an
// error) never causes a second report.

import type { Aggregate, Comparison, Expr, Reference } from '../syntax/ast';
import { report, reportUnknown, type FileState, type Workspace } from './context';
import type { SemanticSymbol } from './model';
import {
  aggregateAccepts,
  arithmeticResult,
  describeType,
  expectedType,
  isOrdered,
  listTypes,
  type ValueType,
} from './types';

export interface ExprContext {
  readonly workspace: Workspace;
  readonly file: FileState;
  /** The dataset whose columns are in scope; undefined when it could not be resolved. */
  readonly dataset?: SemanticSymbol;
  readonly level: 'aggregate' | 'row';
  /** Whether classifications and categories may be named (as yes/no conditions). */
  readonly classifications: boolean;
  /** What the names are checked in, for messages: "a classification's condition". */
  readonly where: string;
}

export function typeOf(context: ExprContext, expr: Expr): ValueType {
  const type = infer(context, expr);
  context.workspace.types.set(expr, type);
  return type;
}

function sourceOf(context: ExprContext, expr: Expr): string {
  return context.file.text.slice(expr.span.start, expr.span.end);
}

function mismatch(context: ExprContext, message: string, expr: { span: { start: number; end: number } }): 'unknown' {
  report(context.file, 'type-mismatch', message, expr.span);
  return 'unknown';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value of type `actual` (written as `expr`) fits where `expected` is needed. */
function fits(expected: ValueType, actual: ValueType, expr: Expr): boolean {
  if (expected === actual || expected === 'unknown' || actual === 'unknown') return true;
  return expected === 'date' && expr.kind === 'Text' && ISO_DATE.test(expr.value);
}

function requireBool(context: ExprContext, expr: Expr | undefined, what: string): void {
  if (expr === undefined) return;
  const type = typeOf(context, expr);
  if (type !== 'bool' && type !== 'unknown') {
    mismatch(context, `${what} needs a yes/no condition such as programme = "IMMS", but \`${sourceOf(context, expr)}\` is ${describeType(type)}.`, expr);
  }
}

function infer(context: ExprContext, expr: Expr): ValueType {
  switch (expr.kind) {
    case 'Number':
      return 'number';
    case 'Percent':
      return 'percent';
    case 'Pp':
      return 'pp';
    case 'Money':
      return 'money';
    case 'FiscalYear':
      return 'fiscal_year';
    case 'Text':
      return 'text';
    case 'Bool':
      return 'bool';
    case 'Code':
      return 'code';
    case 'Paren':
      return expr.inner === undefined ? 'unknown' : typeOf(context, expr.inner);
    case 'Reference':
      return referenceType(context, expr);
    case 'Unary': {
      if (expr.operand === undefined) return 'unknown';
      if (expr.op === 'not') {
        requireBool(context, expr.operand, '`not`');
        return 'bool';
      }
      const type = typeOf(context, expr.operand);
      if (type === 'unknown' || type === 'number' || type === 'money' || type === 'percent' || type === 'pp') return type;
      return mismatch(context, `A sign (${expr.op}) needs a number, money, a percent or percentage points, but this is ${describeType(type)}.`, expr);
    }
    case 'Binary': {
      if (expr.op === 'and' || expr.op === 'or') {
        requireBool(context, expr.left, `\`${expr.op}\``);
        requireBool(context, expr.right, `\`${expr.op}\``);
        return 'bool';
      }
      const left = expr.left === undefined ? 'unknown' : typeOf(context, expr.left);
      const right = expr.right === undefined ? 'unknown' : typeOf(context, expr.right);
      if (left === 'unknown' || right === 'unknown') return 'unknown';
      const result = arithmeticResult(expr.op, left, right);
      return result.kind === 'ok' ? result.type : mismatch(context, result.message, expr);
    }
    case 'Comparison':
      return comparisonType(context, expr);
    case 'InList': {
      const subject = expr.subject === undefined ? 'unknown' : typeOf(context, expr.subject);
      for (const item of expr.list?.items ?? []) {
        const type = typeOf(context, item);
        if (!fits(subject, type, item)) {
          mismatch(context, `Every item of this list must be ${describeType(subject)} like \`${sourceOf(context, expr.subject!)}\`, but \`${sourceOf(context, item)}\` is ${describeType(type)}.`, item);
        }
      }
      if (expr.list) context.workspace.types.set(expr.list, subject);
      return 'bool';
    }
    case 'StartsWith': {
      for (const side of [expr.subject, expr.prefix]) {
        if (side === undefined) continue;
        const type = typeOf(context, side);
        if (type !== 'text' && type !== 'unknown') {
          mismatch(context, `\`starts with\` compares text, but \`${sourceOf(context, side)}\` is ${describeType(type)}.`, side);
        }
      }
      return 'bool';
    }
    case 'Aggregate':
      return aggregateType(context, expr);
    case 'List':
      for (const item of expr.items) typeOf(context, item);
      return mismatch(context, 'A list in square brackets can only follow `in`, as in programme in ["IMMS", "FLU"].', expr);
  }
}

function comparisonType(context: ExprContext, expr: Comparison): ValueType {
  if (expr.left === undefined || expr.right === undefined) {
    if (expr.left) typeOf(context, expr.left);
    if (expr.right) typeOf(context, expr.right);
    return 'bool';
  }
  const left = typeOf(context, expr.left);
  const right = typeOf(context, expr.right);
  if (left === 'unknown' || right === 'unknown') return 'bool';
  if (!fits(left, right, expr.right) && !fits(right, left, expr.left)) {
    mismatch(
      context,
      `Cannot compare \`${sourceOf(context, expr.left)}\` (${describeType(left)}) with \`${sourceOf(context, expr.right)}\` (${describeType(right)}); expected ${expectedType(left)}.`,
      expr.right,
    );
  } else if (expr.op !== '=' && expr.op !== '!=' && !isOrdered(left)) {
    mismatch(context, `\`${expr.op}\` needs values that can be ordered, but \`${sourceOf(context, expr.left)}\` is ${describeType(left)}; use = or !=.`, expr);
  }
  return 'bool';
}

function aggregateType(context: ExprContext, expr: Aggregate): ValueType {
  const row: ExprContext = { ...context, level: 'row', classifications: true };
  if (context.level === 'row') {
    if (expr.argument) typeOf(row, expr.argument);
    if (expr.where) typeOf(row, expr.where);
    return mismatch(
      context,
      context.classifications
        ? `Aggregates cannot be nested: \`${expr.fn}\` is already inside an aggregate.`
        : `${context.where} tests each row; aggregates such as ${expr.fn}() belong in a measure.`,
      { span: expr.fnSpan },
    );
  }
  requireBool(row, expr.where, '`where`');
  if (expr.fn === 'count') {
    if (expr.argument) {
      typeOf(row, expr.argument);
      return mismatch(context, 'count() counts rows and takes no column; write count() or count(where CONDITION).', expr.argument);
    }
    return 'number';
  }
  const accepts = aggregateAccepts(expr.fn);
  if (expr.argument === undefined) {
    return mismatch(context, `${expr.fn} needs a ${listTypes(accepts)} column, such as ${expr.fn}(amount).`, { span: expr.fnSpan });
  }
  const type = typeOf(row, expr.argument);
  if (type === 'unknown') return 'unknown';
  if (!accepts.includes(type)) {
    return mismatch(context, `${expr.fn} needs a ${listTypes(accepts)} column; \`${sourceOf(context, expr.argument)}\` is ${type === 'pp' ? 'percentage points' : type}.`, expr.argument);
  }
  return type;
}

function referenceType(context: ExprContext, expr: Reference): ValueType {
  const { file } = context;
  const [head, second, third] = expr.parts;
  if (head === undefined) return 'unknown';
  const column = context.dataset?.members.get(head.text);
  let symbol: SemanticSymbol | undefined = column;
  if (symbol === undefined && context.classifications) {
    const top = file.scope.get(head.text);
    if (top?.kind === 'classification') symbol = top;
  }
  if (symbol === undefined) {
    const top = file.scope.get(head.text);
    if (top !== undefined && top.kind !== 'dataset' && top.kind !== 'classification') {
      file.references.push({ name: head, symbol: top });
      return mismatch(context, `\`${head.text}\` is a ${top.kind}; only columns${context.classifications ? ' and classifications' : ''} can be named here.`, head);
    }
    file.unresolved.push({ name: head, expected: context.classifications ? ['column', 'classification'] : ['column'], ...(context.dataset ? { dataset: context.dataset } : {}) });
    if (context.dataset === undefined) return 'unknown';
    const candidates = [...context.dataset.members.keys()];
    if (context.classifications) for (const s of file.scope.values()) if (s.kind === 'classification') candidates.push(s.name);
    reportUnknown(file, `column \`${head.text}\` in dataset \`${context.dataset.name}\``, head, candidates);
    return 'unknown';
  }
  file.references.push({ name: head, symbol });
  if (symbol.kind === 'column') {
    if (second !== undefined) {
      return mismatch(context, `\`${head.text}\` is a column and has no parts; write \`${head.text}\` alone.`, second);
    }
    if (context.level === 'aggregate') {
      return mismatch(context, `\`${head.text}\` is a column of \`${context.dataset!.name}\`, one value per row; use an aggregate such as sum(${head.text}).`, expr);
    }
    return symbol.columnType ?? 'unknown';
  }
  // A classification, possibly with a category.
  let target = symbol;
  if (second !== undefined) {
    const category = symbol.members.get(second.text);
    if (category === undefined) {
      file.unresolved.push({ name: second, expected: ['category'] });
      reportUnknown(file, `category \`${second.text}\` in classification \`${symbol.name}\``, second, symbol.members.keys());
      return 'unknown';
    }
    file.references.push({ name: second, symbol: category });
    target = category;
    if (third !== undefined) return mismatch(context, `\`${symbol.name}.${second.text}\` is a category and has no parts.`, third);
  }
  if (context.level === 'aggregate') {
    return mismatch(context, `\`${sourceOf(context, expr)}\` is a ${target.kind}; use it in a \`where\`, as in sum(amount where ${sourceOf(context, expr)}).`, expr);
  }
  const classified = context.workspace.datasets.get(symbol);
  if (classified !== undefined && context.dataset !== undefined && classified !== context.dataset) {
    return mismatch(context, `The classification \`${symbol.name}\` classifies \`${classified.name}\`, but the rows here come from \`${context.dataset.name}\`.`, expr);
  }
  return 'bool';
}
