// The evaluation as a workbook (`hewitt eval --format xlsx`, "Export to Excel"): the data sources
// with their rejected rows, the recommendation checklist, the classifications, the targets, then
// one sheet per measure and per metric in wide form (a measure grouped by fiscal year has one
// column per year). Pure: a list of sheets of plain cells that node/xlsx-write.ts writes. Figures
// are those of the JSON report: money in pounds to the penny, percents and pp in percent units.

import type { MeasureResult, MetricResult, Value, ValueUnit } from '../core/eval/result';
import { formatPounds } from './money';
import { targetUnit, type EvalReport } from './model';
import { valueJson } from './json';

export type SheetCell = string | number | boolean | null;

/** How a column's numbers are shown; the cell holds the figure itself. */
export type CellFormat = 'text' | 'integer' | 'number' | 'money' | 'percent' | 'pp';

export interface SheetColumn {
  readonly header: string;
  readonly format: CellFormat;
}

export interface Sheet {
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetCell[])[];
}

/** Excel's limits: 31 characters in a sheet name, 32,767 in a cell. */
export const MAX_SHEET_NAME = 31;
export const MAX_CELL_TEXT = 32_767;

const YEAR = /^\d{4}\/\d{2}$/;

export function buildWorkbook(report: EvalReport): Sheet[] {
  const { result } = report;
  const names = sheetNamer();
  const sheets: Sheet[] = [];
  const add = (name: string, columns: SheetColumn[], rows: SheetCell[][]): void => void sheets.push({ name: names(name), columns, rows: rows.map((r) => r.map(clip)) });
  const text = (header: string): SheetColumn => ({ header, format: 'text' });
  const integer = (header: string): SheetColumn => ({ header, format: 'integer' });
  const money = (header: string): SheetColumn => ({ header, format: 'money' });

  add('Data sources', [text('dataset'), text('path'), integer('rows read'), integer('rows rejected')], Object.entries(result.datasets).map(([name, d]) => [name, d.path, d.rowsRead, d.rowsRejected]));
  add(
    'Checklist',
    [text('recommendation'), text('rule'), text('title'), text('state'), text('severity'), text('findings'), text('suppressed because')],
    (report.checklist ?? []).map((item) => [
      item.recommendation.id,
      item.rule,
      item.title,
      item.state,
      item.severity,
      item.findings.map((f) => f.message).join('\n'),
      item.suppressions.map((s) => s.reason).join('\n'),
    ]),
  );
  add(
    'Classifications',
    [text('classification'), text('category'), integer('rows'), money('amount'), integer('overlap rows')],
    Object.entries(result.classifications).flatMap(([name, c]) => [
      ...c.categories.map((category): SheetCell[] => [name, category.name, category.rows, pounds(category.amount), category.overlapRows]),
      [name, '(unclassified)', c.unclassifiedRows, pounds(c.unclassifiedAmount), null],
      [name, '(excluded)', c.excludedRows, null, null],
    ]),
  );
  const targets = Object.entries(result.targets);
  if (targets.length > 0) {
    add(
      'Targets',
      [text('target'), text('group'), { header: 'baseline', format: 'number' }, { header: 'horizon', format: 'number' }, { header: 'change', format: 'number' }, text('unit'), { header: 'projected', format: 'text' }, text('status')],
      targets.flatMap(([name, t]) => {
        const unit = targetUnit(report, name);
        return t.rows.map((row): SheetCell[] => [name, groupText(row.group), figure(row.baseline, unit), figure(row.horizon, unit), figure(row.change, unit), unit, row.projected, row.status]);
      }),
    );
  }
  for (const [name, measure] of Object.entries(result.measures)) {
    const { columns, rows } = measureSheet(measure);
    add(name, columns, rows);
  }
  for (const [name, metric] of Object.entries(result.metrics)) {
    const { columns, rows } = metricSheet(metric);
    add(name, columns, rows);
    if (metric.strata.length > 0) {
      add(`${name} strata`, [text('stratum'), { header: 'numerator', format: 'number' }, { header: 'denominator', format: 'number' }, { header: 'achievement', format: 'percent' }], metric.strata.map((s) => [s.stratum, s.numerator, s.denominator, s.achievement]));
    }
  }
  return sheets;
}

/** A measure in wide form: its fiscal-year column (if it has one) spread across, one column per year. */
export function measureSheet(measure: MeasureResult): { columns: SheetColumn[]; rows: SheetCell[][] } {
  const groupColumns = measure.rows.length > 0 ? Object.keys(measure.rows[0].group) : [];
  const format: CellFormat = measure.unit;
  const cell = (row: MeasureResult['rows'][number]): SheetCell => row.text ?? figure(row.value, measure.unit);
  const pivot = [...groupColumns].reverse().find((c) => measure.rows.every((r) => YEAR.test(r.group[c] ?? '')));
  if (pivot === undefined) {
    return {
      columns: [...groupColumns.map((header): SheetColumn => ({ header, format: 'text' })), { header: 'value', format }],
      rows: measure.rows.map((row) => [...groupColumns.map((c) => row.group[c] ?? ''), cell(row)]),
    };
  }
  const keys = groupColumns.filter((c) => c !== pivot);
  const years = [...new Set(measure.rows.map((r) => r.group[pivot]))].sort();
  const lines = new Map<string, { key: string[]; values: Map<string, SheetCell> }>();
  for (const row of measure.rows) {
    const key = keys.map((c) => row.group[c] ?? '');
    const id = JSON.stringify(key);
    const line = lines.get(id) ?? { key, values: new Map<string, SheetCell>() };
    line.values.set(row.group[pivot], cell(row));
    lines.set(id, line);
  }
  return {
    columns: [...keys.map((header): SheetColumn => ({ header, format: 'text' })), ...years.map((header): SheetColumn => ({ header, format }))],
    rows: [...lines.values()].map((line) => [...line.key, ...years.map((y) => line.values.get(y) ?? null)]),
  };
}

export function metricSheet(metric: MetricResult): { columns: SheetColumn[]; rows: SheetCell[][] } {
  const groupColumns = metric.rows.length > 0 ? Object.keys(metric.rows[0].group) : [];
  return {
    columns: [
      ...groupColumns.map((header): SheetColumn => ({ header, format: 'text' })),
      { header: 'numerator', format: 'number' },
      { header: 'denominator', format: 'number' },
      { header: 'achievement', format: 'percent' },
      { header: 'points', format: 'number' },
      { header: 'payment', format: 'money' },
    ],
    rows: metric.rows.map((row) => [...groupColumns.map((c) => row.group[c] ?? ''), row.numerator, row.denominator, row.achievement, row.points, pounds(row.payment)]),
  };
}

/** A figure as the JSON report gives it, with money as a number of pounds. */
function figure(value: Value, unit: ValueUnit): SheetCell {
  const json = valueJson(value, unit);
  return typeof json === 'string' ? Number(json) : (json as number | null);
}

function pounds(pence: bigint | null): number | null {
  return pence === null ? null : Number(formatPounds(pence));
}

function groupText(group: Readonly<Record<string, string>>): string {
  return Object.entries(group).map(([k, v]) => `${k} = ${v}`).join(', ');
}

/** Text past Excel's cell limit is cut, with an ellipsis. */
function clip(cell: SheetCell): SheetCell {
  return typeof cell === 'string' && cell.length > MAX_CELL_TEXT ? `${cell.slice(0, MAX_CELL_TEXT - 1)}…` : cell;
}

/** Unique sheet names within Excel's rules (no : \ / ? * [ ], at most 31 characters, case-blind). */
function sheetNamer(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    const clean = wanted.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '') || 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
}
