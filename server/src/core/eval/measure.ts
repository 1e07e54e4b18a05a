// Measures: the `value` expression per group of `by`, over the dataset named by `from`, finished
// from the per-group aggregates of any engine.

import type { Expr } from '../syntax/ast';
import type { ValueType } from '../semantics/types';
import type { GroupingPlan, MeasurePlan } from '../plan/plan';
import { compileAggregatePlan, type CategoryWeights } from './aggregate';
import { compileAggregateLevel, type AggregateFn, type Bindings } from './expr';
import { finishEntries, newGroupTable, type GroupEntry, type GroupTable } from './groups';
import type { MeasureResult, MeasureRow, Value, ValueUnit } from './result';
import { divideHalfEven, FINE, type RuntimeValue } from './values';

/** A grouping of the plan with its accumulators, ready for the rows of the embedded evaluator. */
export function groupTableOf(grouping: GroupingPlan, bindings: Bindings, weights: CategoryWeights): GroupTable {
  return newGroupTable(
    grouping.columns.map((c) => ({ name: c.name, index: c.index })),
    grouping.aggregates.map((a) => compileAggregatePlan(a, bindings, weights)),
  );
}

/** An aggregate-level expression over a grouping's aggregates, in their order. */
export function compileOver(expr: Expr | undefined, grouping: GroupingPlan): AggregateFn {
  return compileAggregateLevel(expr, grouping.aggregates.map((a) => a.source));
}

export function valueUnit(type: ValueType): ValueUnit {
  return type === 'money' || type === 'percent' || type === 'pp' ? type : 'number';
}

/** An aggregate-level value as a result value: money rounded half to even to the penny. */
export function resultValue(value: RuntimeValue): Value {
  if (typeof value === 'bigint') return divideHalfEven(value, FINE);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return null;
}

/** A measure's rows with the typed grouping cells they came from (for sorting derived groups). */
export interface MeasureOutput {
  readonly result: MeasureResult;
  readonly cells: readonly (readonly RuntimeValue[])[];
  readonly columns: readonly string[];
}

/** A measure's result from its grouping's groups, whichever engine computed them. */
export function measureOutput(plan: MeasurePlan, entries: readonly GroupEntry[]): MeasureOutput {
  const finished = finishEntries(plan.grouping.columns, plan.grouping.aggregates, entries);
  const value = compileOver(plan.value, plan.grouping);
  const rows = finished.map(({ group, values }): MeasureRow => {
    const v = value(values);
    // Fiscal-year and date measures (min/max of such a column) carry their value as text.
    return typeof v === 'string' ? { group, value: null, text: v } : { group, value: resultValue(v) };
  });
  return {
    result: { unit: valueUnit(plan.type), rows },
    cells: finished.map((f) => f.cells),
    columns: plan.grouping.columns.map((c) => c.name),
  };
}
