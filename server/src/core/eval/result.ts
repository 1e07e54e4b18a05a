// The result model of an evaluation: what `hewitt eval --format json`, the HTML report, CodeLens
// and the preview all show. Pure data; the renderers format it (money as pounds with two
// decimals, rounded half-even to the penny only on output).
//
// Invariants: groups are sorted; no value is NaN or Infinity (a value that cannot be computed,
// such as a zero denominator, is `null` and shown as "no data"); money is bigint pence.

import type { Diagnostic } from '../diagnostics';

/** A group's key: grouping column → the value as text (fiscal years as `2023/24`). */
export type Group = Readonly<Record<string, string>>;

/** The unit of a computed value, as the type checker names it. */
export type ValueUnit = 'number' | 'money' | 'percent' | 'pp';

/** A computed value: a number in its unit (percent and pp in percent units), money in pence, or null for no data. */
export type Value = number | bigint | null;

export interface DatasetResult {
  /** The data file as written in the rule file's `source:`. */
  readonly path: string;
  readonly rowsRead: number;
  readonly rowsRejected: number;
}

export interface CategoryResult {
  readonly name: string;
  /** Rows attributed to this category (first match wins). */
  readonly rows: number;
  /** Weighted sum of the dataset's money column over those rows, in pence; null when the dataset has none. */
  readonly amount: bigint | null;
  /** Rows that matched this category after an earlier one had claimed them. */
  readonly overlapRows: number;
}

export interface ClassificationResult {
  readonly categories: readonly CategoryResult[];
  readonly excludedRows: number;
  readonly overlapRows: number;
  readonly unclassifiedRows: number;
  /** Money of the rows in no category (and not excluded), in pence; null when the dataset has no money column. */
  readonly unclassifiedAmount: bigint | null;
}

export interface MeasureRow {
  readonly group: Group;
  readonly value: Value;
  /** For a measure of fiscal years or dates (`min(year)`, `max(published_on)`): the value as text; `value` is then null. */
  readonly text?: string;
}

export interface MeasureResult {
  readonly unit: ValueUnit;
  readonly rows: readonly MeasureRow[];
}

export type TargetStatus = 'met' | 'missed' | 'on-track' | 'off-track' | 'no-data';

export interface TargetRow {
  readonly group: Group;
  readonly baseline: number | null;
  readonly horizon: number | null;
  readonly change: number | null;
  readonly projected: boolean;
  readonly status: TargetStatus;
}

export interface TargetResult {
  readonly rows: readonly TargetRow[];
}

export interface MetricRow {
  readonly group: Group;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Percent (0–100), null when the denominator is zero. */
  readonly achievement: number | null;
  readonly points: number | null;
  /** Pence; null when there is no value per point or no achievement. */
  readonly payment: bigint | null;
}

export interface StratumRow {
  readonly stratum: string;
  readonly numerator: number;
  readonly denominator: number;
  readonly achievement: number | null;
}

export interface MetricResult {
  readonly rows: readonly MetricRow[];
  readonly strata: readonly StratumRow[];
  /** Most deprived minus least deprived stratum, in pp; null without strata or data. */
  readonly gap: number | null;
}

export interface FundingResult {
  /** Pence. */
  readonly total: bigint | null;
  readonly recurrent: boolean | null;
  /** Every fiscal year of the period, e.g. `2024/25`. */
  readonly years: readonly string[];
}

export interface EvalResult {
  readonly version: 1;
  readonly datasets: Readonly<Record<string, DatasetResult>>;
  readonly classifications: Readonly<Record<string, ClassificationResult>>;
  readonly measures: Readonly<Record<string, MeasureResult>>;
  readonly targets: Readonly<Record<string, TargetResult>>;
  readonly metrics: Readonly<Record<string, MetricResult>>;
  readonly funding: Readonly<Record<string, FundingResult>>;
  /** Diagnostics of the evaluation (data cells, overlaps, missed targets), by rule-file path. */
  readonly diagnostics: ReadonlyMap<string, readonly Diagnostic[]>;
}
