// Measures: the `value` expression per group of `by`, over the dataset named by `from`.

import type { Expr } from '../syntax/ast';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { unitOf } from '../semantics/lookups';
import type { ValueType } from '../semantics/types';
import { compileAggregate, type CategoryWeights } from './aggregate';
import { byColumns, property } from './bindings';
import { aggregatesOf, compileAggregateLevel, type AggregateFn, type Bindings } from './expr';
import { finishGroups, newGroupTable, type GroupTable } from './groups';
import type { MeasureResult, MeasureRow, Value, ValueUnit } from './result';
import { divideHalfEven, FINE, type RuntimeValue } from './values';

export interface CompiledMeasure {
  readonly symbol: SemanticSymbol;
  readonly table: GroupTable;
  readonly value: AggregateFn;
  readonly type: ValueType;
}

/** The grouping columns of a declaration's `by`, with their row indexes. */
export function groupColumns(members: Parameters<typeof byColumns>[0], dataset: SemanticSymbol, bindings: Bindings): GroupTable['columns'] {
  return byColumns(members, dataset).flatMap((column) => {
    const index = bindings.columnIndex(column);
    return index === undefined ? [] : [{ name: column.name, index }];
  });
}

export function compileValue(expr: Expr | undefined, model: SemanticModel, bindings: Bindings, weights: CategoryWeights) {
  const aggregates = aggregatesOf(expr);
  return { aggregates, compiled: aggregates.map((a) => compileAggregate(a, model, bindings, weights)) };
}

export function compileMeasure(symbol: SemanticSymbol, dataset: SemanticSymbol, model: SemanticModel, bindings: Bindings, weights: CategoryWeights): CompiledMeasure {
  const members = symbol.declaration.kind === 'Measure' ? symbol.declaration.members : [];
  const valueProperty = property(members, 'value');
  const expr = valueProperty?.kind === 'Range' || valueProperty?.kind === 'Change' ? undefined : valueProperty;
  const { aggregates, compiled } = compileValue(expr, model, bindings, weights);
  return {
    symbol,
    table: newGroupTable(groupColumns(members, dataset, bindings), compiled),
    value: compileAggregateLevel(expr, aggregates),
    type: unitOf(model, symbol),
  };
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

export function measureOutput(measure: CompiledMeasure): MeasureOutput {
  const finished = finishGroups(measure.table);
  const rows = finished.map(({ group, values }): MeasureRow => {
    const value = measure.value(values);
    // Fiscal-year and date measures (min/max of such a column) carry their value as text.
    return typeof value === 'string' ? { group, value: null, text: value } : { group, value: resultValue(value) };
  });
  return {
    result: { unit: valueUnit(measure.type), rows },
    cells: finished.map((f) => f.cells),
    columns: measure.table.columns.map((c) => c.name),
  };
}

export function measureResult(measure: CompiledMeasure): MeasureResult {
  return measureOutput(measure).result;
}
