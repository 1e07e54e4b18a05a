// What every evaluation report is drawn from: the result, the rule-file texts (to turn
// diagnostic offsets into lines) and optional details read from the rule files (titles, metric
// thresholds, what a target asks). Pure: no fs, no clock.

import { severityRank, type Severity } from '../core/diagnostics';
import type { EvalResult, Group, MeasureResult, Value, ValueUnit } from '../core/eval/result';
import { LineIndex, type Position } from '../core/text/line-index';
import type { ChecklistItem } from './checklist';
import { displayPounds } from './money';
import { fixedDecimals, formatFixedUnit } from './wide';

export interface TargetDetails {
  /** The measure the target is on. */
  readonly measure: string;
  readonly baseline: string;
  readonly horizon: string;
  /** The change as written, e.g. `at least +1pp`. */
  readonly change: string;
  /** The change asked for, in the measure's unit (pence as a number for money), when it is absolute. */
  readonly requiredChange?: number;
}

export interface MetricDetails {
  /** Lower and upper achievement thresholds, in percent. */
  readonly lower?: number;
  readonly upper?: number;
  readonly points?: number;
}

/** Facts from the rule files that the result does not carry. Every part is optional. */
export interface ReportDetails {
  /** Declaration name → its title. */
  readonly titles?: Readonly<Record<string, string>>;
  readonly targets?: Readonly<Record<string, TargetDetails>>;
  readonly metrics?: Readonly<Record<string, MetricDetails>>;
  /** Measure → the measure of the same value over all groups by year (the national line of its chart). */
  readonly references?: Readonly<Record<string, string>>;
}

export interface EvalReport {
  readonly result: EvalResult;
  /** The rule file evaluated, as the user named it. */
  readonly file: string;
  /** Rule-file path → its text, to locate diagnostics. A missing text places them at 0:0. */
  readonly sources: ReadonlyMap<string, string>;
  readonly details?: ReportDetails;
  /** The recommendation checklist, when the rule catalogue ran (see checklist.ts). */
  readonly checklist?: readonly ChecklistItem[];
  /** The SQL engine that computed the figures (`hewitt eval --engine`); absent for the embedded evaluator. */
  readonly engine?: { readonly name: string; readonly dialect: string };
}

export interface LocatedEvalDiagnostic {
  readonly path: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: Position;
  readonly end: Position;
}

/** The symbol shown for a value that cannot be computed. */
export const NO_DATA = '–';

export const NO_DATA_LEGEND = `${NO_DATA} no data (nothing to compute from, or a zero denominator)`;

/** The 0-based line and character of an offset in a rule file of the report (0:0 without its text). */
export function positionIn(report: EvalReport, path: string, offset: number): Position {
  return new LineIndex(report.sources.get(path) ?? '').position(offset);
}

/** Every diagnostic with 0-based line/character, by path then position then code. */
export function locateDiagnostics(report: EvalReport): LocatedEvalDiagnostic[] {
  const located: LocatedEvalDiagnostic[] = [];
  const paths = [...report.result.diagnostics.keys()].sort(compareText);
  for (const path of paths) {
    const lines = new LineIndex(report.sources.get(path) ?? '');
    for (const d of report.result.diagnostics.get(path) ?? []) {
      located.push({ path, code: d.code, severity: d.severity, message: d.message, start: lines.position(d.span.start), end: lines.position(d.span.end) });
    }
  }
  return located.sort(
    (a, b) =>
      compareText(a.path, b.path) ||
      a.start.line - b.start.line ||
      a.start.character - b.start.character ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts of the diagnostics by severity, most severe first, e.g. `1 error, 2 warnings`. */
export function diagnosticCounts(diagnostics: readonly { readonly severity: Severity }[]): string {
  const order: Severity[] = ['error', 'warning', 'info', 'hint'];
  const parts = order
    .map((severity) => ({ severity, count: diagnostics.filter((d) => d.severity === severity).length }))
    .filter((entry) => entry.count > 0)
    .map(({ severity, count }) => `${count} ${severity}${count === 1 ? '' : 's'}`);
  return parts.length === 0 ? 'no problems' : parts.join(', ');
}

export function isMoreSevere(a: Severity, b: Severity): boolean {
  return severityRank(a) > severityRank(b);
}

/** The grouping columns of a set of rows, in the order they first appear. */
export function groupColumns(rows: readonly { readonly group: Group }[]): string[] {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row.group)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

/** `QE1, 2023/24`; `all` for the single group of an ungrouped measure. */
export function groupLabel(group: Group): string {
  const values = Object.values(group);
  return values.length === 0 ? 'all' : values.join(', ');
}

/** A value for people, in its unit: `4.12%`, `+1.19pp`, `£1,234.56`, `1,234`; null → `–`. */
export function displayValue(value: Value, unit: ValueUnit): string {
  if (value === null) return NO_DATA;
  if (typeof value === 'bigint') return displayPounds(value);
  switch (unit) {
    case 'percent':
      return `${displayNumber(value)}%`;
    case 'pp':
      return `${value > 0 ? '+' : ''}${displayNumber(value)}pp`;
    case 'money':
      return displayPounds(BigInt(Math.round(value)));
    case 'number':
      return displayNumber(value);
  }
}

/** A value with a fixed number of decimals (see wide.ts): `4.10%`, `+1.19pp`; money always to the penny. */
export function displayFixedValue(value: Value, unit: ValueUnit, decimals: number): string {
  if (value === null) return NO_DATA;
  if (typeof value === 'bigint') return displayPounds(value);
  if (unit === 'money') return displayPounds(BigInt(Math.round(value)));
  return formatFixedUnit(value, unit, decimals);
}

/** A change with fixed decimals: `+1.20pp`, `-£0.05`, `+3`. */
export function displayFixedChange(value: number | null, unit: ValueUnit, decimals: number): string {
  if (value === null) return NO_DATA;
  const sign = value > 0 ? '+' : '';
  if (unit === 'money') return `${sign}${displayPounds(BigInt(Math.round(value)))}`;
  return `${sign}${formatFixedUnit(value, unit === 'percent' ? 'pp' : unit, decimals).replace(/^\+/, '')}`;
}

/** The decimals every value of a measure is shown with, so its columns line up. */
export function measureDecimals(measure: MeasureResult): number {
  return fixedDecimals(
    measure.unit,
    measure.rows.flatMap((row) => (typeof row.value === 'number' ? [row.value] : [])),
  );
}

/** At most two decimals, thousands grouped: `1,234.57`, `0.5`. */
export function displayNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 0 });
}

export function displayOptionalNumber(value: number | null): string {
  return value === null ? NO_DATA : displayNumber(value);
}

export function displayPercent(value: number | null): string {
  return value === null ? NO_DATA : `${displayNumber(value)}%`;
}

export function displayChange(value: number | null, unit: ValueUnit): string {
  if (value === null) return NO_DATA;
  switch (unit) {
    case 'percent':
    case 'pp':
      return `${value > 0 ? '+' : ''}${displayNumber(value)}pp`;
    case 'money':
      return `${value > 0 ? '+' : ''}${displayPounds(BigInt(Math.round(value)))}`;
    case 'number':
      return `${value > 0 ? '+' : ''}${displayNumber(value)}`;
  }
}

/** A declaration's title when the details know it, else its name. */
export function titleOf(report: EvalReport, name: string): string {
  return report.details?.titles?.[name] ?? name;
}

/** The unit of a target's values: the unit of its measure when known. */
export function targetUnit(report: EvalReport, target: string): ValueUnit {
  const measure = report.details?.targets?.[target]?.measure;
  return (measure !== undefined ? report.result.measures[measure]?.unit : undefined) ?? 'number';
}

export function isEmptyResult(result: EvalResult): boolean {
  return [result.classifications, result.measures, result.targets, result.metrics, result.funding].every((section) => Object.keys(section).length === 0);
}
