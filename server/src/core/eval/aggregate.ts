// Aggregates folded row by row: sum, count, mean, min and max, each with an optional `where`.
// `sum` applies the weight of the category a row is attributed to in every classification its
// `where` names; the others take member rows as they are. Money sums are exact (fine units).

import type { Aggregate } from '../syntax/ast';
import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import { aggregatePlanOf } from '../plan/build';
import type { AggregatePlan } from '../plan/plan';
import { compileRow, type Bindings, type RowFn, type RowState } from './expr';
import { addPence, newPenceSum, penceTotal, type PenceSum } from './pence-sum';
import { compareValues, divideHalfEven, FINE, finite, type RuntimeValue } from './values';

export interface CompiledAggregate {
  readonly fn: Aggregate['fn'];
  readonly argument: RowFn | undefined;
  readonly where: RowFn | undefined;
  /** Whether the argument is money (decides the empty sum and the scale). */
  readonly money: boolean;
  /** The weight of a row for `sum`, in parts of FINE. */
  readonly weight: ((state: RowState) => bigint) | undefined;
}

/** The weight of a category, in parts of FINE, by classification. */
export type CategoryWeights = (classification: SemanticSymbol, category: number) => bigint;

export function compileAggregate(aggregate: Aggregate, model: SemanticModel, bindings: Bindings, weights: CategoryWeights): CompiledAggregate {
  return compileAggregatePlan(aggregatePlanOf(aggregate, model, bindings), bindings, weights);
}

/** The plan of an aggregate compiled to row functions. */
export function compileAggregatePlan(plan: AggregatePlan, bindings: Bindings, weights: CategoryWeights): CompiledAggregate {
  const classifications = plan.weightedBy;
  const weight =
    classifications.length === 0
      ? undefined
      : (state: RowState): bigint => {
          let parts = FINE;
          for (const classification of classifications) {
            const a = state.attribution(classification);
            if (a.excluded || a.category < 0) continue;
            const weight = weights(classification, a.category);
            if (weight !== FINE) parts = (parts * weight) / FINE;
          }
          return parts;
        };
  return {
    fn: plan.fn,
    argument: plan.argument === undefined ? undefined : compileRow(plan.argument, bindings),
    where: plan.where === undefined ? undefined : compileRow(plan.where, bindings),
    money: plan.money,
    weight,
  };
}

/** The running state of one aggregate in one group. */
export interface Accumulator {
  count: number;
  /** Money: fine units for sum (weighted rows), pence for mean. */
  money: bigint;
  /** Money of rows taken at full weight, in pence (sum and mean). */
  readonly pence: PenceSum;
  number: number;
  extreme: RuntimeValue;
}

export function newAccumulator(): Accumulator {
  return { count: 0, money: 0n, pence: newPenceSum(), number: 0, extreme: null };
}

export function accumulate(aggregate: CompiledAggregate, acc: Accumulator, state: RowState): void {
  if (aggregate.where !== undefined && aggregate.where(state) !== true) return;
  if (aggregate.fn === 'count') {
    acc.count++;
    return;
  }
  const value = aggregate.argument === undefined ? null : aggregate.argument(state);
  if (value === null) return;
  acc.count++;
  switch (aggregate.fn) {
    case 'sum': {
      const weight = aggregate.weight === undefined ? FINE : aggregate.weight(state);
      if (typeof value === 'bigint') {
        if (weight === FINE) addPence(acc.pence, value);
        else acc.money += value * weight;
      } else if (typeof value === 'number') acc.number += weight === FINE ? value : (value * Number(weight)) / Number(FINE);
      return;
    }
    case 'mean':
      if (typeof value === 'bigint') addPence(acc.pence, value);
      else if (typeof value === 'number') acc.number += value;
      return;
    case 'min':
    case 'max': {
      const order = compareValues(value, acc.extreme);
      if (acc.extreme === null || (order !== null && (aggregate.fn === 'min' ? order < 0 : order > 0))) acc.extreme = value;
      return;
    }
  }
}

/** The aggregate's value; money in fine units; null when no row had a value (sum: zero). */
export function finish(aggregate: Pick<CompiledAggregate, 'fn' | 'money'>, acc: Accumulator): RuntimeValue {
  switch (aggregate.fn) {
    case 'count':
      return acc.count;
    case 'sum':
      return aggregate.money ? acc.money + penceTotal(acc.pence) * FINE : finite(acc.number);
    case 'mean':
      if (acc.count === 0) return null;
      return aggregate.money ? divideHalfEven(penceTotal(acc.pence) * FINE, BigInt(acc.count)) : finite(acc.number / acc.count);
    case 'min':
    case 'max':
      return typeof acc.extreme === 'bigint' ? acc.extreme * FINE : acc.extreme;
  }
}
