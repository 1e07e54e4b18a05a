// Whether no row can match two categories of a classification, seen from the conditions alone:
// every condition tests one and the same text column against literals (`=`, `in [...]`,
// `starts with`), and no two categories' literals can both hold for one cell (equal values, a
// value with another's prefix, prefixes one of which begins the other). Then there is nothing to
// tally as overlap, and an engine need not test later categories' conditions on every row.
// Anything else (another column, a negation, `and`, a number) answers false: overlaps are counted.

import type { Expr } from '../syntax/ast';
import type { Bindings } from '../eval/expr';
import type { ClassifyPlan, ScanColumn } from './plan';

interface Literals {
  readonly values: string[];
  readonly prefixes: string[];
}

function literal(expr: Expr | undefined): string | undefined {
  if (expr?.kind === 'Paren') return literal(expr.inner);
  if (expr?.kind === 'Text') return expr.value;
  if (expr?.kind === 'Code') return expr.raw;
  return undefined;
}

/** Adds what `expr` tests to `into`; false when it is not a test of `column` against literals. */
function collect(expr: Expr | undefined, column: (e: Expr | undefined) => boolean, into: Literals): boolean {
  if (expr === undefined) return false;
  switch (expr.kind) {
    case 'Paren':
      return collect(expr.inner, column, into);
    case 'Binary':
      return expr.op === 'or' && collect(expr.left, column, into) && collect(expr.right, column, into);
    case 'Comparison': {
      const value = literal(expr.right);
      if (expr.op !== '=' || !column(expr.left) || value === undefined) return false;
      into.values.push(value);
      return true;
    }
    case 'InList': {
      const values = (expr.list?.items ?? []).map(literal);
      if (expr.negated || !column(expr.subject) || values.some((v) => v === undefined)) return false;
      into.values.push(...(values as string[]));
      return true;
    }
    case 'StartsWith': {
      const prefix = literal(expr.prefix);
      if (!column(expr.subject) || prefix === undefined) return false;
      into.prefixes.push(prefix);
      return true;
    }
    default:
      return false;
  }
}

function meet(a: Literals, b: Literals): boolean {
  const values = new Set(a.values);
  if (b.values.some((v) => values.has(v))) return true;
  if (a.values.some((v) => b.prefixes.some((p) => v.startsWith(p))) || b.values.some((v) => a.prefixes.some((p) => v.startsWith(p)))) return true;
  return a.prefixes.some((p) => b.prefixes.some((q) => p.startsWith(q) || q.startsWith(p)));
}

export function categoriesDisjoint(classification: ClassifyPlan, bindings: Bindings, columns: readonly ScanColumn[]): boolean {
  let tested: ScanColumn | undefined;
  const column = (expr: Expr | undefined): boolean => {
    const inner = expr?.kind === 'Paren' ? expr.inner : expr;
    if (inner?.kind !== 'Reference' || inner.parts.length !== 1) return false;
    const symbol = bindings.symbolOf(inner.parts[0]);
    const found = columns.find((c) => c.symbol === symbol && c.type === 'text');
    if (found === undefined || (tested !== undefined && tested !== found)) return false;
    tested = found;
    return true;
  };
  const literals: Literals[] = [];
  for (const category of classification.categories) {
    const into: Literals = { values: [], prefixes: [] };
    if (!category.when.every((when) => collect(when, column, into))) return false;
    literals.push(into);
  }
  return literals.every((a, i) => literals.slice(i + 1).every((b) => !meet(a, b)));
}
