// Contract metrics on the QOF sliding scale: achievement = numerator ÷ denominator per group;
// points earned = points × the achievement's position between the thresholds, clamped to 0…1;
// payment = points earned × value per point, rounded half to even to the penny. With
// `stratify by`, each stratum pools its rows (its numerator over its denominator) and the gap is
// the most deprived stratum minus the least deprived, in percentage points.

import type { MetricPlan, ScalePlan } from '../plan/plan';
import type { AggregateFn } from './expr';
import { finishEntries, type GroupEntry } from './groups';
import { compileOver } from './measure';
import type { MetricResult, MetricRow, StratumRow } from './result';
import { divideHalfEven, FINE, type RuntimeValue } from './values';

export type Scale = ScalePlan;

/** A numerator or denominator as a number (money in pence). */
function amount(value: RuntimeValue): number | null {
  if (typeof value === 'bigint') return Number(divideHalfEven(value, FINE));
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Numerator ÷ denominator as a percent; null for a zero or missing denominator. */
export function achievementOf(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const value = (numerator / denominator) * 100;
  return Number.isFinite(value) ? value : null;
}

/** Points earned on the sliding scale. */
export function pointsEarned(scale: Scale, achievement: number): number {
  if (scale.upper <= scale.lower) return achievement >= scale.upper ? scale.points : 0;
  const position = Math.min(1, Math.max(0, (achievement - scale.lower) / (scale.upper - scale.lower)));
  return scale.points * position;
}

/** Points × pence per point, rounded half to even to the penny. */
export function paymentOf(points: number, perPoint: bigint): bigint {
  const exact = points * Number(perPoint);
  const floor = Math.floor(exact);
  const fraction = exact - floor;
  if (Math.abs(fraction - 0.5) < 1e-7) return BigInt(floor % 2 === 0 ? floor : floor + 1);
  return BigInt(Math.round(exact));
}

interface Ratio {
  readonly numerator: AggregateFn;
  readonly denominator: AggregateFn;
  readonly scale: Scale | undefined;
}

function metricRow(metric: Ratio, group: MetricRow['group'], values: readonly RuntimeValue[]): MetricRow {
  const numerator = amount(metric.numerator(values));
  const denominator = amount(metric.denominator(values));
  const achievement = achievementOf(numerator, denominator);
  const points = achievement === null || metric.scale === undefined ? null : pointsEarned(metric.scale, achievement);
  const perPoint = metric.scale?.valuePerPoint;
  const payment = points === null || perPoint === undefined ? null : paymentOf(points, perPoint);
  return { group, numerator, denominator, achievement, points, payment };
}

/** Most deprived minus least deprived: quintile 1 minus quintile 5, else the first minus the last stratum. */
export function gapOf(column: string, strata: readonly StratumRow[]): number | null {
  if (strata.length < 2) return null;
  const quintiles = /quintile/i.test(column);
  const most = quintiles ? strata.find((s) => s.stratum === '1') : strata[0];
  const least = quintiles ? strata.find((s) => s.stratum === '5') : strata[strata.length - 1];
  if (most?.achievement == null || least?.achievement == null) return null;
  return most.achievement - least.achievement;
}

/** A metric's result from its groupings' groups (and strata), whichever engine computed them. */
export function metricResult(plan: MetricPlan, entries: readonly GroupEntry[], strataEntries: readonly GroupEntry[]): MetricResult {
  const ratio: Ratio = { numerator: compileOver(plan.numerator, plan.grouping), denominator: compileOver(plan.denominator, plan.grouping), scale: plan.scale };
  const { columns, aggregates } = plan.grouping;
  const rows = finishEntries(columns, aggregates, entries).map(({ group, values }) => metricRow(ratio, group, values));
  const strataPlan = plan.strata;
  const stratumColumn = strataPlan?.columns[0]?.name ?? '';
  const strata = strataPlan === undefined
    ? []
    : finishEntries(strataPlan.columns, strataPlan.aggregates, strataEntries).map(({ group, values }): StratumRow => {
        const numerator = amount(ratio.numerator(values)) ?? 0;
        const denominator = amount(ratio.denominator(values)) ?? 0;
        return { stratum: group[stratumColumn] ?? '', numerator, denominator, achievement: achievementOf(numerator, denominator) };
      });
  return { rows, strata, gap: gapOf(stratumColumn, strata) };
}
