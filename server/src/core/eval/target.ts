// Targets: per group of the measure's `by` other than the fiscal year, the baseline year's value,
// the horizon year's value (actual when the data has that year, else projected by an ordinary
// least-squares line through the years from the baseline onward that have data) and the change,
// judged against the change the target asks for.

import type { ChangeValue, Expr, FiscalYearLiteral } from '../syntax/ast';
import type { SemanticSymbol } from '../semantics/model';
import { byColumns, property } from './bindings';
import type { Bindings } from './expr';
import { compareCells } from './groups';
import type { MeasureOutput } from './measure';
import type { Group, TargetResult, TargetRow, TargetStatus } from './result';
import type { RuntimeValue } from './values';

export interface TargetSpec {
  readonly symbol: SemanticSymbol;
  readonly measure: SemanticSymbol;
  readonly baseline: number;
  readonly horizon: number;
  readonly horizonText: string;
  readonly direction: ChangeValue['direction'];
  /** The change asked for: in the measure's unit (pence for money), or a percent when relative. */
  readonly amount: number;
  readonly relative: boolean;
  /** The change as written, e.g. `+1pp`. */
  readonly amountText: string;
}

/** A signed literal's value; money in pence. */
export function signedAmount(expr: Expr | undefined): number | undefined {
  if (expr === undefined) return undefined;
  switch (expr.kind) {
    case 'Number':
    case 'Percent':
    case 'Pp':
      return expr.value;
    case 'Money':
      return Number(expr.pence);
    case 'Paren':
      return signedAmount(expr.inner);
    case 'Unary': {
      const inner = signedAmount(expr.operand);
      return inner === undefined || expr.op === 'not' ? undefined : expr.op === '-' ? -inner : inner;
    }
    default:
      return undefined;
  }
}

/** What a target asks, or undefined when the declaration is incomplete. */
export function targetSpec(symbol: SemanticSymbol, bindings: Bindings, text: string): TargetSpec | undefined {
  if (symbol.declaration.kind !== 'Target') return undefined;
  const members = symbol.declaration.members;
  const measureRef = property(members, 'measure');
  const measure = measureRef?.kind === 'Reference' && measureRef.parts.length === 1 ? bindings.symbolOf(measureRef.parts[0]) : undefined;
  const baseline = property(members, 'baseline');
  const horizon = property(members, 'horizon');
  const change = property(members, 'change');
  if (measure?.kind !== 'measure' || baseline?.kind !== 'FiscalYear' || horizon?.kind !== 'FiscalYear' || change?.kind !== 'Change') return undefined;
  const amount = signedAmount(change.amount);
  if (amount === undefined || change.amount === undefined) return undefined;
  return {
    symbol,
    measure,
    baseline: baseline.startYear,
    horizon: horizon.startYear,
    horizonText: yearText(horizon),
    direction: change.direction,
    amount,
    relative: change.relative !== undefined,
    amountText: text.slice(change.amount.span.start, change.amount.span.end),
  };
}

function yearText(year: FiscalYearLiteral): string {
  return `${year.startYear}/${String((year.startYear + 1) % 100).padStart(2, '0')}`;
}

/** The value of an ordinary least-squares line through the points, at x; needs two distinct x. */
export function projectLeastSquares(points: readonly (readonly [number, number])[], x: number): number | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((s, [px]) => s + px, 0) / points.length;
  const meanY = points.reduce((s, [, py]) => s + py, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const [px, py] of points) {
    sxy += (px - meanX) * (py - meanY);
    sxx += (px - meanX) ** 2;
  }
  if (sxx === 0) return null;
  const value = meanY + (sxy / sxx) * (x - meanX);
  return Number.isFinite(value) ? value : null;
}

/** Whether a change meets what the target asks (with a tolerance for floating-point noise). */
export function meets(spec: Pick<TargetSpec, 'direction' | 'amount' | 'relative'>, baseline: number, change: number): boolean {
  const required = spec.relative ? (Math.abs(baseline) * spec.amount) / 100 : spec.amount;
  const tolerance = 1e-9 * Math.max(1, Math.abs(required), Math.abs(baseline));
  switch (spec.direction) {
    case 'at least':
      return change >= required - tolerance;
    case 'at most':
      return change <= required + tolerance;
    case 'exactly':
      return Math.abs(change - required) <= tolerance;
  }
}

interface Series {
  readonly group: Group;
  readonly cells: readonly RuntimeValue[];
  /** Start year → value (null: the year is in the data but has no value). */
  readonly years: Map<number, number | null>;
}

function seriesOf(output: MeasureOutput, yearColumn: string): Series[] {
  const yearIndex = output.columns.indexOf(yearColumn);
  const byKey = new Map<string, Series>();
  output.result.rows.forEach((row, i) => {
    const group: Record<string, string> = {};
    for (const column of output.columns) if (column !== yearColumn) group[column] = row.group[column] ?? '';
    const key = JSON.stringify(group);
    let series = byKey.get(key);
    if (series === undefined) {
      series = { group, cells: output.cells[i].filter((_, c) => c !== yearIndex), years: new Map() };
      byKey.set(key, series);
    }
    const year = Number.parseInt((row.group[yearColumn] ?? '').slice(0, 4), 10);
    if (Number.isFinite(year)) series.years.set(year, row.value === null ? null : Number(row.value));
  });
  return [...byKey.values()].sort((a, b) => compareCells(a.cells, b.cells));
}

export function judgeSeries(spec: TargetSpec, years: ReadonlyMap<number, number | null>, group: Group): TargetRow {
  const noData = (horizon: number | null = null, projected = false): TargetRow => ({ group, baseline: years.get(spec.baseline) ?? null, horizon, change: null, projected, status: 'no-data' });
  const baseline = years.get(spec.baseline) ?? null;
  if (baseline === null) return noData();
  let horizon: number | null;
  let projected: boolean;
  if (years.has(spec.horizon)) {
    horizon = years.get(spec.horizon) ?? null;
    projected = false;
  } else {
    const points = [...years].filter((p): p is [number, number] => p[0] >= spec.baseline && p[1] !== null).sort((a, b) => a[0] - b[0]);
    horizon = projectLeastSquares(points, spec.horizon);
    projected = true;
  }
  if (horizon === null) return noData(null, projected);
  const change = horizon - baseline;
  const ok = meets(spec, baseline, change);
  const status: TargetStatus = projected ? (ok ? 'on-track' : 'off-track') : ok ? 'met' : 'missed';
  return { group, baseline, horizon, change, projected, status };
}

/** The fiscal-year column the measure is grouped by, if any. */
export function yearColumnOf(measure: SemanticSymbol, dataset: SemanticSymbol): string | undefined {
  const members = measure.declaration.kind === 'Measure' ? measure.declaration.members : [];
  return byColumns(members, dataset).find((c) => c.columnType === 'fiscal_year')?.name;
}

export function targetResult(spec: TargetSpec, output: MeasureOutput, yearColumn: string): TargetResult {
  return { rows: seriesOf(output, yearColumn).map((s) => judgeSeries(spec, s.years, s.group)) };
}
