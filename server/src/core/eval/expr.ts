// Expressions compiled to functions. Row-level expressions (conditions, aggregate arguments)
// read a row's cells and the row's category attribution; aggregate-level expressions (a
// measure's value, a metric's numerator and denominator) combine the finished aggregates.
// Conditions use three-valued logic: a comparison with an empty cell is unknown (null), and a
// `where` or `when` holds only when its condition is yes.

import type { Aggregate, Expr, Name } from '../syntax/ast';
import type { SemanticSymbol } from '../semantics/model';
import type { Row } from '../data/load';
import {
  arithmetic,
  compareValues,
  equalValues,
  FINE,
  negate,
  type RuntimeValue,
} from './values';

/** Where a row sits in one classification. */
export interface Attribution {
  readonly excluded: boolean;
  /** Index of the first matching category, or -1. */
  readonly category: number;
}

export interface RowState {
  readonly row: Row;
  /** The row's attribution in a classification (computed once per row). */
  attribution(classification: SemanticSymbol): Attribution;
}

export type RowFn = (state: RowState) => RuntimeValue;
export type AggregateFn = (values: readonly RuntimeValue[]) => RuntimeValue;

/** What compiling needs from the semantic model. */
export interface Bindings {
  symbolOf(name: Name): SemanticSymbol | undefined;
  /** The index of a column in its dataset's rows. */
  columnIndex(column: SemanticSymbol): number | undefined;
  /** The index of a category in its classification. */
  categoryIndex(category: SemanticSymbol): number | undefined;
}

type Leaf<S> = (expr: Expr) => ((state: S) => RuntimeValue) | undefined;

function constant<S>(value: RuntimeValue): (state: S) => RuntimeValue {
  return () => value;
}

function truth(value: RuntimeValue): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** Literal values; money in `scale` units per penny. */
function literal(expr: Expr, scale: bigint): RuntimeValue | undefined {
  switch (expr.kind) {
    case 'Number':
    case 'Percent':
    case 'Pp':
      return expr.value;
    case 'Money':
      return expr.pence * scale;
    case 'FiscalYear':
      return `${expr.startYear}/${String(expr.endYear % 100).padStart(2, '0')}`;
    case 'Text':
      return expr.value;
    case 'Bool':
      return expr.value;
    case 'Code':
      return expr.raw;
    default:
      return undefined;
  }
}

function compile<S>(expr: Expr | undefined, scale: bigint, leaf: Leaf<S>): (state: S) => RuntimeValue {
  if (expr === undefined) return constant(null);
  const own = leaf(expr);
  if (own !== undefined) return own;
  const value = literal(expr, scale);
  if (value !== undefined) return constant(value);
  const sub = (e: Expr | undefined): ((state: S) => RuntimeValue) => compile(e, scale, leaf);
  switch (expr.kind) {
    case 'Paren':
      return sub(expr.inner);
    case 'Unary': {
      const operand = sub(expr.operand);
      if (expr.op === 'not') {
        return (s) => {
          const v = truth(operand(s));
          return v === null ? null : !v;
        };
      }
      return expr.op === '-' ? (s) => negate(operand(s)) : operand;
    }
    case 'Binary': {
      const left = sub(expr.left);
      const right = sub(expr.right);
      switch (expr.op) {
        case 'and':
          return (s) => {
            const l = truth(left(s));
            if (l === false) return false;
            const r = truth(right(s));
            if (r === false) return false;
            return l === null || r === null ? null : true;
          };
        case 'or':
          return (s) => {
            const l = truth(left(s));
            if (l === true) return true;
            const r = truth(right(s));
            if (r === true) return true;
            return l === null || r === null ? null : false;
          };
        default: {
          const op = expr.op;
          return (s) => arithmetic(op, left(s), right(s));
        }
      }
    }
    case 'Comparison': {
      const left = sub(expr.left);
      const right = sub(expr.right);
      const op = expr.op;
      return (s) => {
        const order = compareValues(left(s), right(s));
        if (order === null) return null;
        switch (op) {
          case '=':
            return order === 0;
          case '!=':
            return order !== 0;
          case '<':
            return order < 0;
          case '<=':
            return order <= 0;
          case '>':
            return order > 0;
          case '>=':
            return order >= 0;
        }
      };
    }
    case 'InList': {
      const subject = sub(expr.subject);
      const listed = expr.list?.items ?? [];
      const negated = expr.negated;
      const constants = listed.map((item) => (leaf(item) === undefined ? literal(item, scale) : undefined));
      if (constants.every((c) => c !== undefined && c !== null)) {
        // A list of literals: one set lookup. Sets compare by value as `=` does (numbers, money,
        // text, yes/no alike), and a value never equals a literal of another kind.
        const set = new Set(constants);
        return (s) => {
          const v = subject(s);
          if (v === null) return null;
          const found = set.has(v);
          return negated ? !found : found;
        };
      }
      const items = listed.map(sub);
      return (s) => {
        const v = subject(s);
        if (v === null) return null;
        const found = items.some((item) => equalValues(v, item(s)) === true);
        return negated ? !found : found;
      };
    }
    case 'StartsWith': {
      const subject = sub(expr.subject);
      const prefix = sub(expr.prefix);
      return (s) => {
        const v = subject(s);
        const p = prefix(s);
        return typeof v === 'string' && typeof p === 'string' ? v.startsWith(p) : null;
      };
    }
    case 'Reference':
    case 'Aggregate':
    case 'List':
    case 'Number':
    case 'Percent':
    case 'Pp':
    case 'Money':
    case 'FiscalYear':
    case 'Text':
    case 'Bool':
    case 'Code':
      return constant(null);
  }
}

/** The classification (and category index, or -1 for the whole classification) a reference names. */
export function classificationReference(bindings: Bindings, expr: Expr): { classification: SemanticSymbol; category: number } | undefined {
  if (expr.kind !== 'Reference' || expr.parts.length === 0) return undefined;
  const head = bindings.symbolOf(expr.parts[0]);
  if (head?.kind !== 'classification') return undefined;
  if (expr.parts.length === 1) return { classification: head, category: -1 };
  const category = bindings.symbolOf(expr.parts[1]);
  const index = category === undefined ? undefined : bindings.categoryIndex(category);
  return index === undefined ? undefined : { classification: head, category: index };
}

/** A row-level expression: cells by column index, money in pence, classifications as yes/no. */
export function compileRow(expr: Expr | undefined, bindings: Bindings): RowFn {
  return compile<RowState>(expr, 1n, (e) => {
    if (e.kind !== 'Reference') return undefined;
    const membership = classificationReference(bindings, e);
    if (membership !== undefined) {
      const { classification, category } = membership;
      return (s) => {
        const a = s.attribution(classification);
        if (a.excluded || a.category < 0) return false;
        return category < 0 || a.category === category;
      };
    }
    const column = e.parts.length === 1 ? bindings.symbolOf(e.parts[0]) : undefined;
    const index = column?.kind === 'column' ? bindings.columnIndex(column) : undefined;
    if (index === undefined) return constant(null);
    return (s) => s.row[index] ?? null;
  });
}

/** An aggregate-level expression over the finished aggregates; money in fine units. */
export function compileAggregateLevel(expr: Expr | undefined, aggregates: readonly Aggregate[]): AggregateFn {
  return compile<readonly RuntimeValue[]>(expr, FINE, (e) => {
    if (e.kind !== 'Aggregate') return undefined;
    const index = aggregates.indexOf(e);
    return index < 0 ? constant(null) : (values) => values[index] ?? null;
  });
}

/** Every aggregate of an aggregate-level expression, outermost only, in source order. */
export function aggregatesOf(expr: Expr | undefined): Aggregate[] {
  const found: Aggregate[] = [];
  const visit = (e: Expr | undefined): void => {
    if (e === undefined) return;
    switch (e.kind) {
      case 'Aggregate':
        found.push(e);
        return;
      case 'Paren':
        return visit(e.inner);
      case 'Unary':
        return visit(e.operand);
      case 'Binary':
      case 'Comparison':
        visit(e.left);
        return visit(e.right);
      case 'InList':
        visit(e.subject);
        return e.list?.items.forEach(visit);
      case 'StartsWith':
        visit(e.subject);
        return visit(e.prefix);
      case 'List':
        return e.items.forEach(visit);
      default:
        return;
    }
  };
  visit(expr);
  return found;
}

/** Every classification a row-level expression names (for weights). */
export function classificationsIn(expr: Expr | undefined, bindings: Bindings): SemanticSymbol[] {
  const found = new Set<SemanticSymbol>();
  const visit = (e: Expr | undefined, negated: boolean): void => {
    if (e === undefined) return;
    switch (e.kind) {
      case 'Reference': {
        const ref = classificationReference(bindings, e);
        if (ref !== undefined && !negated) found.add(ref.classification);
        return;
      }
      case 'Paren':
        return visit(e.inner, negated);
      case 'Unary':
        return visit(e.operand, e.op === 'not' ? !negated : negated);
      case 'Binary':
        visit(e.left, negated);
        return visit(e.right, negated);
      default:
        return;
    }
  };
  visit(expr, false);
  return [...found];
}
