// The machine-readable evaluation: `{"version":1,"datasets":…,"classifications":…,"measures":…,
// "targets":…,"metrics":…,"funding":…,"diagnostics":[…]}`. Money is a decimal string in pounds
// with two decimals; percent and pp values keep full precision; no data is null. Keys come in a
// fixed order; later versions may add keys but never rename or remove one.

import type { EvalResult, MeasureResult, Value, ValueUnit } from '../core/eval/result';
import { fundingSummary, perYear } from './funding';
import { formatPounds } from './money';
import { locateDiagnostics, positionIn, targetUnit, type EvalReport } from './model';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

export function toEvalJson(report: EvalReport): JsonObject {
  const { result } = report;
  return {
    version: 1,
    datasets: mapValues(result.datasets, (d) => ({ path: d.path, rowsRead: d.rowsRead, rowsRejected: d.rowsRejected })),
    classifications: mapValues(result.classifications, (c) => ({
      categories: c.categories.map((category) => ({ name: category.name, rows: category.rows, amount: money(category.amount), overlapRows: category.overlapRows })),
      excludedRows: c.excludedRows,
      overlapRows: c.overlapRows,
      unclassifiedRows: c.unclassifiedRows,
      unclassifiedAmount: money(c.unclassifiedAmount),
    })),
    measures: mapValues(result.measures, measureJson),
    targets: mapValues(result.targets, (t, name) => {
      const unit = targetUnit(report, name);
      return {
        rows: t.rows.map((row) => ({
          group: { ...row.group },
          baseline: targetValue(row.baseline, unit),
          horizon: targetValue(row.horizon, unit),
          change: targetValue(row.change, unit),
          projected: row.projected,
          status: row.status,
        })),
      };
    }),
    metrics: mapValues(result.metrics, (m) => ({
      rows: m.rows.map((row) => ({
        group: { ...row.group },
        numerator: row.numerator,
        denominator: row.denominator,
        achievement: row.achievement,
        points: row.points,
        payment: money(row.payment),
      })),
      strata: m.strata.map((s) => ({ stratum: s.stratum, achievement: s.achievement, numerator: s.numerator, denominator: s.denominator })),
      gap: m.gap,
    })),
    funding: mapValues(result.funding, (f) => ({
      total: money(f.total),
      recurrent: f.recurrent,
      years: [...f.years],
      perYear: perYear(f).map((y) => ({ year: y.year, amount: formatPounds(y.amount) })),
    })),
    ...fundingSummaryJson(result),
    diagnostics: locateDiagnostics(report).map((d) => ({
      path: d.path,
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: { start: { line: d.start.line, character: d.start.character }, end: { line: d.end.line, character: d.end.character } },
    })),
    ...(report.checklist === undefined ? {} : { checklist: checklistJson(report) }),
  };
}

/** The recommendation checklist with 0-based positions, as the diagnostics carry them. */
function checklistJson(report: EvalReport): Json {
  const place = (path: string, offset: number): JsonObject => {
    const position = positionIn(report, path, offset);
    return { path, line: position.line, character: position.character };
  };
  return (report.checklist ?? []).map((item) => ({
    rule: item.rule,
    title: item.title,
    recommendation: { id: item.recommendation.id, summary: item.recommendation.summary },
    severity: item.severity,
    state: item.state,
    findings: item.findings.map((f) => ({ ...place(f.path, f.start), severity: f.severity, message: f.message })),
    suppressions: item.suppressions.map((s) => ({ ...place(s.path, s.start), reason: s.reason })),
  }));
}

export function formatEvalJson(report: EvalReport): string {
  return JSON.stringify(toEvalJson(report), null, 2) + '\n';
}

function measureJson(measure: MeasureResult): JsonObject {
  // A measure of fiscal years or dates (`max(year)`) gives its value as text, such as "2024/25".
  return { unit: measure.unit, rows: measure.rows.map((row) => ({ group: { ...row.group }, value: row.text ?? valueJson(row.value, measure.unit) })) };
}

/** `fundingSummary`, when there is funding: the total, the total per year and the recurrent share. */
function fundingSummaryJson(result: EvalResult): JsonObject {
  const summary = fundingSummary(result);
  if (summary === undefined) return {};
  return {
    fundingSummary: {
      total: formatPounds(summary.total),
      byYear: summary.byYear.map((y) => ({ year: y.year, amount: formatPounds(y.amount) })),
      recurrentShare: summary.recurrentShare,
    },
  };
}

/** A computed value: money (bigint pence) as pounds text, numbers as they are, null as null. */
export function valueJson(value: Value, unit: ValueUnit): Json {
  if (value === null) return null;
  if (typeof value === 'bigint') return formatPounds(value);
  return unit === 'money' ? formatPounds(BigInt(Math.round(value))) : value;
}

function targetValue(value: number | null, unit: ValueUnit): Json {
  return valueJson(value, unit);
}

function money(pence: bigint | null): string | null {
  return pence === null ? null : formatPounds(pence);
}

function mapValues<T>(record: Readonly<Record<string, T>>, convert: (value: T, key: string) => JsonObject): JsonObject {
  const out: Record<string, JsonObject> = {};
  for (const [key, value] of Object.entries(record)) out[key] = convert(value, key);
  return out;
}

