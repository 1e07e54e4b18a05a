// Contract metrics on the QOF sliding scale: achievement = numerator ÷ denominator per group;
// points earned = points × the achievement's position between the thresholds, clamped to 0…1;
// payment = points earned × value per point, rounded half to even to the penny. With
// `stratify by`, each stratum pools its rows (its numerator over its denominator) and the gap is
// the most deprived stratum minus the least deprived, in percentage points.

import type { SemanticModel, SemanticSymbol } from '../semantics/model';
import type { Expr, PropertyValue } from '../syntax/ast';
import type { CategoryWeights } from './aggregate';
import { property, stratifyColumn } from './bindings';
import { compileAggregateLevel, type AggregateFn, type Bindings } from './expr';
import { finishGroups, newGroupTable, type GroupTable } from './groups';
import { compileValue, groupColumns } from './measure';
import type { MetricResult, MetricRow, StratumRow } from './result';
import { divideHalfEven, FINE, type RuntimeValue } from './values';

export interface Scale {
  /** Percent units. */
  readonly lower: number;
  readonly upper: number;
  readonly points: number;
  /** Pence per point, when given. */
  readonly valuePerPoint: bigint | undefined;
}

export interface CompiledMetric {
  readonly symbol: SemanticSymbol;
  readonly table: GroupTable;
  /** Grouped by the stratify column alone, when there is one. */
  readonly strata: GroupTable | undefined;
  readonly numerator: AggregateFn;
  readonly denominator: AggregateFn;
  readonly scale: Scale | undefined;
}

function expression(value: PropertyValue | undefined): Expr | undefined {
  return value === undefined || value.kind === 'Range' || value.kind === 'Change' ? undefined : value;
}

function scaleOf(members: Parameters<typeof property>[0]): Scale | undefined {
  const thresholds = property(members, 'thresholds');
  const points = property(members, 'points');
  const perPoint = property(members, 'value per point');
  if (thresholds?.kind !== 'Range' || thresholds.from?.kind !== 'Percent' || thresholds.to?.kind !== 'Percent' || points?.kind !== 'Number') return undefined;
  return {
    lower: thresholds.from.value,
    upper: thresholds.to.value,
    points: points.value,
    valuePerPoint: perPoint?.kind === 'Money' ? perPoint.pence : undefined,
  };
}

export function compileMetric(symbol: SemanticSymbol, dataset: SemanticSymbol, model: SemanticModel, bindings: Bindings, weights: CategoryWeights): CompiledMetric {
  const members = symbol.declaration.kind === 'Metric' ? symbol.declaration.members : [];
  const numerator = expression(property(members, 'numerator'));
  const denominator = expression(property(members, 'denominator'));
  const top = compileValue(numerator, model, bindings, weights);
  const bottom = compileValue(denominator, model, bindings, weights);
  const aggregates = [...top.aggregates, ...bottom.aggregates];
  const compiled = [...top.compiled, ...bottom.compiled];
  const stratify = stratifyColumn(members, dataset);
  const stratumIndex = stratify === undefined ? undefined : bindings.columnIndex(stratify);
  return {
    symbol,
    table: newGroupTable(groupColumns(members, dataset, bindings), compiled),
    strata: stratify === undefined || stratumIndex === undefined ? undefined : newGroupTable([{ name: stratify.name, index: stratumIndex }], compiled),
    numerator: compileAggregateLevel(numerator, aggregates),
    denominator: compileAggregateLevel(denominator, aggregates),
    scale: scaleOf(members),
  };
}

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

function metricRow(metric: CompiledMetric, group: MetricRow['group'], values: readonly RuntimeValue[]): MetricRow {
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

export function metricResult(metric: CompiledMetric): MetricResult {
  const rows = finishGroups(metric.table).map(({ group, values }) => metricRow(metric, group, values));
  const stratumColumn = metric.strata?.columns[0]?.name ?? '';
  const strata = metric.strata === undefined
    ? []
    : finishGroups(metric.strata).map(({ group, values }): StratumRow => {
        const numerator = amount(metric.numerator(values)) ?? 0;
        const denominator = amount(metric.denominator(values)) ?? 0;
        return { stratum: group[stratumColumn] ?? '', numerator, denominator, achievement: achievementOf(numerator, denominator) };
      });
  return { rows, strata, gap: gapOf(stratumColumn, strata) };
}
