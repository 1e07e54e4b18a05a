// The logical plan: what evaluating a set of rule files computes, as data, with no I/O and no
// closures. Per dataset: scan (the declared columns, in row order) → classify (first matching
// category, its weight; exclusions) → aggregate (one grouping per measure, metric and metric
// strata; each aggregate with its own filter, all in one pass over the rows) → finish (values,
// ratios, target lines, points, payment, strata and gap, on a few values per group).
//
// The embedded evaluator compiles the plan to row functions (eval/run.ts); the SQL compiler
// renders the same plan for an engine (sql/). Both hand their per-group aggregates to the one
// finishing step (plan/finish.ts), so every engine means the same thing.

import type { ColumnType } from '../data/cells';
import type { Aggregate, Expr } from '../syntax/ast';
import type { SemanticSymbol } from '../semantics/model';
import type { ValueType } from '../semantics/types';
import type { Bindings } from '../eval/expr';
import type { TargetSpec } from '../eval/target';

/** A declared column as the scan reads it: its position in a row is `index`. */
export interface ScanColumn {
  readonly symbol: SemanticSymbol;
  readonly name: string;
  readonly type: ColumnType;
  readonly index: number;
}

export interface CategoryPlan {
  readonly symbol: SemanticSymbol;
  /** A row matches when any of these holds (is yes). */
  readonly when: readonly Expr[];
  /** The weight in parts of FINE (FINE is 100%). */
  readonly weight: bigint;
}

export interface ClassifyPlan {
  readonly symbol: SemanticSymbol;
  readonly dataset: SemanticSymbol;
  readonly categories: readonly CategoryPlan[];
  /** A row is excluded when any of these holds. */
  readonly exclude: readonly Expr[];
  /** Index of the dataset's first money column (its amount) in a row, if it has one. */
  readonly moneyIndex: number | undefined;
}

export interface AggregatePlan {
  readonly fn: Aggregate['fn'];
  readonly argument: Expr | undefined;
  readonly where: Expr | undefined;
  /** Whether the argument is money (decides the empty sum and the scale). */
  readonly money: boolean;
  /** For `sum`: the classifications whose category weights scale each row (named in `where`, not negated). */
  readonly weightedBy: readonly SemanticSymbol[];
  /** The aggregate as written. */
  readonly source: Aggregate;
}

/** One GROUP BY: the grouping columns and the aggregates computed for every group. */
export interface GroupingPlan {
  /** Unique within the plan, e.g. `measure prevention_share` or `strata access_gap`. */
  readonly key: string;
  readonly owner: SemanticSymbol;
  readonly columns: readonly ScanColumn[];
  readonly aggregates: readonly AggregatePlan[];
}

export interface MeasurePlan {
  readonly symbol: SemanticSymbol;
  readonly grouping: GroupingPlan;
  /** The `value` expression over the grouping's aggregates. */
  readonly value: Expr | undefined;
  readonly type: ValueType;
}

export interface ScalePlan {
  /** Percent units. */
  readonly lower: number;
  readonly upper: number;
  readonly points: number;
  /** Pence per point, when given. */
  readonly valuePerPoint: bigint | undefined;
}

export interface MetricPlan {
  readonly symbol: SemanticSymbol;
  readonly grouping: GroupingPlan;
  /** Grouped by the `stratify by` column alone, with the same aggregates. */
  readonly strata: GroupingPlan | undefined;
  readonly numerator: Expr | undefined;
  readonly denominator: Expr | undefined;
  readonly scale: ScalePlan | undefined;
}

export interface DatasetPlan {
  readonly dataset: SemanticSymbol;
  readonly columns: readonly ScanColumn[];
  readonly classifications: readonly ClassifyPlan[];
  readonly measures: readonly MeasurePlan[];
  readonly metrics: readonly MetricPlan[];
}

export interface TargetPlan {
  readonly symbol: SemanticSymbol;
  readonly spec: TargetSpec;
  readonly measure: MeasurePlan;
  /** The measure's fiscal-year grouping column. */
  readonly yearColumn: string;
}

export interface LogicalPlan {
  /** The files evaluated: the requested ones and what they import. */
  readonly files: readonly string[];
  /** Every dataset read, in declaration order (datasets nothing uses are still read and counted). */
  readonly datasets: readonly DatasetPlan[];
  /** Every classification by symbol (conditions may name one another). */
  readonly classifications: ReadonlyMap<SemanticSymbol, ClassifyPlan>;
  readonly targets: readonly TargetPlan[];
  readonly funding: readonly SemanticSymbol[];
  /** How names in the plan's expressions resolve. */
  readonly bindings: Bindings;
}

/** Every grouping of a dataset, measures first, then each metric's groups and strata. */
export function groupingsOf(dataset: DatasetPlan): GroupingPlan[] {
  return [...dataset.measures.map((m) => m.grouping), ...dataset.metrics.flatMap((m) => (m.strata === undefined ? [m.grouping] : [m.grouping, m.strata]))];
}
