// The evaluation as sections of plain tables of display text, one section per declaration kind.
// The terminal, Markdown and HTML formats all lay out these same tables, so they agree cell by cell.

import type { ClassificationResult, MeasureResult, MetricResult, TargetResult, TargetStatus } from '../core/eval/result';
import { fundingSummary, perYear } from './funding';
import { displayPounds } from './money';
import { fixedDecimals, pivotByYear } from './wide';
import {
  displayChange,
  displayFixedChange,
  displayNumber,
  displayOptionalNumber,
  displayPercent,
  displayFixedValue,
  groupColumns,
  measureDecimals,
  locateDiagnostics,
  NO_DATA,
  targetUnit,
  titleOf,
  type EvalReport,
} from './model';

export type Align = 'left' | 'right';

export interface Column {
  readonly header: string;
  readonly align: Align;
}

export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
}

export interface Block {
  /** The declaration's name (empty for a section-wide block). */
  readonly name: string;
  /** E.g. `prevention_share — Share of ICB spend on prevention (percent)`. */
  readonly heading: string;
  readonly table: Table;
  /** Lines shown under the table. */
  readonly notes: readonly string[];
}

export type SectionKind = 'datasets' | 'classifications' | 'measures' | 'targets' | 'metrics' | 'funding' | 'diagnostics';

export interface Section {
  readonly kind: SectionKind;
  readonly title: string;
  readonly blocks: readonly Block[];
}

const left = (header: string): Column => ({ header, align: 'left' });
const right = (header: string): Column => ({ header, align: 'right' });

/** The non-empty sections, in a fixed order. */
export function buildSections(report: EvalReport): Section[] {
  const { result } = report;
  const sections: Section[] = [
    { kind: 'datasets', title: 'Datasets', blocks: datasetBlocks(report) },
    { kind: 'classifications', title: 'Classifications', blocks: entries(result.classifications).map(([name, c]) => classificationBlock(report, name, c)) },
    { kind: 'measures', title: 'Measures', blocks: entries(result.measures).map(([name, m]) => measureBlock(report, name, m)) },
    { kind: 'targets', title: 'Targets', blocks: entries(result.targets).map(([name, t]) => targetBlock(report, name, t)) },
    { kind: 'metrics', title: 'Metrics', blocks: entries(result.metrics).map(([name, m]) => metricBlock(report, name, m)) },
    { kind: 'funding', title: 'Funding', blocks: fundingBlocks(report) },
    { kind: 'diagnostics', title: 'Problems', blocks: diagnosticBlocks(report) },
  ];
  return sections.filter((section) => section.blocks.length > 0);
}

function entries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record);
}

function heading(report: EvalReport, name: string, suffix?: string): string {
  const title = titleOf(report, name);
  const base = title === name ? name : `${name} — ${title}`;
  return suffix === undefined ? base : `${base} (${suffix})`;
}

function datasetBlocks(report: EvalReport): Block[] {
  const rows = entries(report.result.datasets).map(([name, d]) => [name, d.path, displayNumber(d.rowsRead), displayNumber(d.rowsRejected)]);
  if (rows.length === 0) return [];
  const engine = report.engine;
  const notes = engine === undefined ? [] : [`Computed on engine ${engine.name}${engine.dialect === engine.name ? '' : ` (dialect ${engine.dialect})`}, not by the embedded evaluator.`];
  return [{ name: '', heading: 'Data read', table: { columns: [left('dataset'), left('file'), right('rows read'), right('rows rejected')], rows }, notes }];
}

function classificationBlock(report: EvalReport, name: string, c: ClassificationResult): Block {
  const rows = c.categories.map((category) => [
    category.name,
    displayNumber(category.rows),
    category.amount === null ? NO_DATA : displayPounds(category.amount),
    displayNumber(category.overlapRows),
  ]);
  rows.push(['(unclassified)', displayNumber(c.unclassifiedRows), c.unclassifiedAmount === null ? NO_DATA : displayPounds(c.unclassifiedAmount), '']);
  rows.push(['(excluded)', displayNumber(c.excludedRows), '', '']);
  const notes = c.overlapRows > 0 ? [`${displayNumber(c.overlapRows)} rows matched more than one category; each counts once, for the first it matches.`] : [];
  return { name, heading: heading(report, name), table: { columns: [left('category'), right('rows'), right('amount'), right('also matched later')], rows }, notes };
}

function measureBlock(report: EvalReport, name: string, m: MeasureResult): Block {
  const heading_ = heading(report, name, m.unit);
  const wide = m.rows.some((row) => row.text !== undefined) ? undefined : pivotByYear(m.rows);
  const decimals = measureDecimals(m);
  if (wide !== undefined) {
    const keys = wide.keyColumns.length === 0 ? [left('group')] : wide.keyColumns.map(left);
    const rows = wide.rows.map((row) => [
      ...(wide.keyColumns.length === 0 ? ['all'] : wide.keyColumns.map((column) => row.group[column] ?? '')),
      ...row.cells.map((value) => (value === undefined ? '' : displayFixedValue(value, m.unit, decimals))),
    ]);
    return { name, heading: heading_, table: { columns: [...keys, ...wide.years.map(right)], rows }, notes: [] };
  }
  const columns = groupColumns(m.rows);
  const rows = m.rows.map((row) => [...columns.map((column) => row.group[column] ?? ''), row.text ?? displayFixedValue(row.value, m.unit, decimals)]);
  return { name, heading: heading_, table: { columns: [...columns.map(left), right('value')], rows }, notes: [] };
}

export function statusText(status: TargetStatus): string {
  switch (status) {
    case 'met':
      return 'met';
    case 'missed':
      return 'missed';
    case 'on-track':
      return 'on track';
    case 'off-track':
      return 'off track';
    case 'no-data':
      return 'no data';
  }
}

function targetBlock(report: EvalReport, name: string, t: TargetResult): Block {
  const unit = targetUnit(report, name);
  const details = report.details?.targets?.[name];
  const columns = groupColumns(t.rows);
  const numbers = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null);
  const levels = fixedDecimals(unit, numbers(t.rows.flatMap((row) => [row.baseline, row.horizon])));
  const changes = fixedDecimals(unit, numbers(t.rows.map((row) => row.change)));
  const rows = t.rows.map((row) => [
    ...columns.map((column) => row.group[column] ?? ''),
    displayFixedValue(row.baseline, unit, levels),
    displayFixedValue(row.horizon, unit, levels),
    displayFixedChange(row.change, unit, changes),
    row.projected ? 'yes' : 'no',
    statusText(row.status),
  ]);
  const notes = details === undefined ? [] : [`Asks for a change of ${details.change} on ${details.measure} from ${details.baseline} to ${details.horizon}.`];
  if (t.rows.some((row) => row.projected)) notes.push('Projected: the horizon year has no data yet, so its value is projected from the years that do.');
  return {
    name,
    heading: heading(report, name),
    table: { columns: [...columns.map(left), right('baseline'), right('horizon'), right('change'), left('projected'), left('status')], rows },
    notes,
  };
}

function metricBlock(report: EvalReport, name: string, m: MetricResult): Block {
  const columns = groupColumns(m.rows);
  const rows = m.rows.map((row) => [
    ...columns.map((column) => row.group[column] ?? ''),
    displayOptionalNumber(row.numerator),
    displayOptionalNumber(row.denominator),
    displayPercent(row.achievement),
    displayOptionalNumber(row.points),
    row.payment === null ? NO_DATA : displayPounds(row.payment),
  ]);
  const notes: string[] = [];
  const details = report.details?.metrics?.[name];
  if (details !== undefined && (details.lower !== undefined || details.upper !== undefined)) {
    const lower = details.lower === undefined ? NO_DATA : `${displayNumber(details.lower)}%`;
    const upper = details.upper === undefined ? NO_DATA : `${displayNumber(details.upper)}%`;
    const points = details.points === undefined ? '' : `, up to ${displayNumber(details.points)} points`;
    notes.push(`Thresholds: lower ${lower}, upper ${upper}${points}.`);
  }
  for (const s of m.strata) notes.push(`Stratum ${s.stratum}: ${displayPercent(s.achievement)} (${displayNumber(s.numerator)} of ${displayNumber(s.denominator)})`);
  if (m.strata.length > 0) notes.push(`Gap between the most and least deprived strata: ${displayChange(m.gap, 'pp')}`);
  return {
    name,
    heading: heading(report, name),
    table: { columns: [...columns.map(left), right('numerator'), right('denominator'), right('achievement'), right('points'), right('payment')], rows },
    notes,
  };
}

function fundingBlocks(report: EvalReport): Block[] {
  const rows = entries(report.result.funding).map(([name, f]) => {
    const each = perYear(f);
    const even = each.every((y) => y.amount === each[0].amount);
    return [
      name,
      f.total === null ? NO_DATA : displayPounds(f.total),
      each.length === 0 ? NO_DATA : `${even ? '' : '≈ '}${displayPounds(each[0].amount)}`,
      f.recurrent === null ? NO_DATA : f.recurrent ? 'yes' : 'no',
      f.years.length === 0 ? NO_DATA : f.years.join(', '),
    ];
  });
  const summary = fundingSummary(report.result);
  if (rows.length === 0 || summary === undefined) return [];
  const notes = [
    `All funding: ${displayPounds(summary.total)}${summary.recurrentShare === null ? '' : `, ${displayPercent(summary.recurrentShare)} of it recurrent`}.`,
    ...(summary.byYear.length === 0 ? [] : [`By year: ${summary.byYear.map((y) => `${y.year} ${displayPounds(y.amount)}`).join('; ')}.`]),
  ];
  return [{ name: '', heading: 'Funding', table: { columns: [left('funding'), right('total'), right('per year'), left('recurrent'), left('years')], rows }, notes }];
}

function diagnosticBlocks(report: EvalReport): Block[] {
  const rows = locateDiagnostics(report).map((d) => [`${d.path}:${d.start.line + 1}:${d.start.character + 1}`, d.severity, d.code, d.message]);
  if (rows.length === 0) return [];
  return [{ name: '', heading: 'Problems found while evaluating', table: { columns: [left('where'), left('severity'), left('code'), left('message')], rows }, notes: [] }];
}

/** Whether any cell shows "no data", so the legend is needed. */
export function usesNoData(sections: readonly Section[]): boolean {
  return sections.some((section) =>
    section.blocks.some((block) => block.table.rows.some((row) => row.includes(NO_DATA)) || block.notes.some((note) => note.includes(NO_DATA))),
  );
}
