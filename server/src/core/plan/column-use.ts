// How a dataset's columns are used, for an engine that can save work on some of them.
//
// Key-only columns are the typed columns that matter only as grouping keys: every grouping groups
// by them and no row-level expression reads them (no condition, no aggregate argument or filter,
// not the amount a classification tallies). An engine may group such a column by its cell as
// written and type each distinct cell once afterwards (sql/one-scan.ts) instead of typing every
// row: a cell that does not fit still rejects its rows, and cells that type alike still fall in
// one group. Text columns are left out: typing them costs next to nothing, and grouping every
// other answer (the classification tallies) by a text key such as a practice code would multiply
// its groups. Unread text columns need not be read at all.

import type { Expr } from '../syntax/ast';
import type { SemanticSymbol } from '../semantics/model';
import { walkExpr } from '../semantics/walk';
import { groupingsOf, type DatasetPlan, type LogicalPlan, type ScanColumn } from './plan';

/** The column symbols that row-level expressions of the plan read. */
function columnsRead(plan: LogicalPlan, dataset: DatasetPlan): Set<SemanticSymbol> {
  const read = new Set<SemanticSymbol>();
  const visit = (root: Expr | undefined): void => {
    if (root === undefined) return;
    walkExpr(root, (expr) => {
      if (expr.kind !== 'Reference') return;
      for (const part of expr.parts) {
        const symbol = plan.bindings.symbolOf(part);
        if (symbol?.kind === 'column') read.add(symbol);
      }
    });
  };
  // Every classification: conditions may name one another, and reading too much only keeps a column typed row by row.
  for (const classification of plan.classifications.values()) {
    for (const category of classification.categories) category.when.forEach(visit);
    classification.exclude.forEach(visit);
  }
  for (const classification of dataset.classifications) {
    if (classification.moneyIndex !== undefined) read.add(dataset.columns[classification.moneyIndex].symbol);
  }
  for (const grouping of groupingsOf(dataset)) {
    for (const aggregate of grouping.aggregates) {
      visit(aggregate.argument);
      visit(aggregate.where);
    }
  }
  return read;
}

/**
 * The dataset's typed key-only columns, in declaration order; none when it has no grouping, or when a
 * grouping has a smallest or largest value (merging groups would have to compare them).
 */
export function keyOnlyColumns(plan: LogicalPlan, dataset: DatasetPlan): ScanColumn[] {
  const groupings = groupingsOf(dataset);
  if (groupings.length === 0) return [];
  if (groupings.some((g) => g.aggregates.some((a) => a.fn === 'min' || a.fn === 'max'))) return [];
  const read = columnsRead(plan, dataset);
  return dataset.columns.filter((column) => column.type !== 'text' && !read.has(column.symbol) && groupings.every((g) => g.columns.some((c) => c.symbol === column.symbol)));
}

/**
 * The dataset's text columns that nothing reads: no row-level expression and no grouping. Their
 * cells always fit, so an engine need not read them at all.
 */
export function unreadTextColumns(plan: LogicalPlan, dataset: DatasetPlan): ScanColumn[] {
  const read = columnsRead(plan, dataset);
  const groupings = groupingsOf(dataset);
  return dataset.columns.filter((column) => column.type === 'text' && !read.has(column.symbol) && !groupings.some((g) => g.columns.some((c) => c.symbol === column.symbol)));
}
