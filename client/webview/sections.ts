// The result sections of the preview: classifications, measures (table and chart), targets (with
// filter and sort), metrics (achievement, thresholds, points, payment, strata, gap) and funding.

import { formatChange, formatCount, formatMoney, formatPercent, formatValue, groupText, statusText, toNumber } from './format';
import type { DetailsJson, EvalJson, Group, TargetRowJson, TargetStatus } from './model';
import { figureButton, measuredValues } from './figure-cell';
import { fixedFormatter } from './fixed';
import { revealButton, table } from './table';
import { h, type VElement } from './vnode';

export type TargetSort = 'group' | 'status' | 'change';
export const TARGET_SORTS: readonly TargetSort[] = ['group', 'status', 'change'];
export const TARGET_FILTERS: readonly (TargetStatus | 'all')[] = ['all', 'met', 'on-track', 'off-track', 'missed', 'no-data'];

export interface ViewState {
  readonly filters: Readonly<Record<string, TargetStatus | 'all'>>;
  readonly sorts: Readonly<Record<string, TargetSort>>;
  /** Other controls' values by key (the measure tables and charts: see wide-table.ts). */
  readonly ui?: Readonly<Record<string, string>>;
}

export const INITIAL_STATE: ViewState = { filters: {}, sorts: {} };

export function heading(name: string, details: DetailsJson | undefined): VElement {
  const title = details?.titles?.[name];
  return h('h3', {}, [revealButton(name, name), title === undefined ? null : h('span', { class: 'muted' }, [` — ${title}`])]);
}

export function classificationSections(result: EvalJson, details: DetailsJson | undefined): VElement[] {
  return Object.entries(result.classifications).map(([name, c]) =>
    h('section', { 'aria-label': `Classification ${name}` }, [
      heading(name, details),
      table(
        `Amounts of ${name} by category`,
        [{ title: 'Category' }, { title: 'Rows', numeric: true }, { title: 'Amount', numeric: true }],
        [
          ...c.categories.map((category) => [revealButton(category.name, category.name), ...figureButtons(`${name}.${category.name}`, {}, formatCount(category.rows), formatMoney(category.amount))]),
          ['unclassified', ...figureButtons(`${name}.unclassified`, {}, formatCount(c.unclassifiedRows), formatMoney(c.unclassifiedAmount))],
        ],
      ),
      h('p', { class: 'muted' }, [figureButton(`${formatCount(c.excludedRows)} rows excluded`, `${name}.excluded`), `; ${formatCount(c.overlapRows)} rows matched more than one category (counted once).`]),
    ]),
  );
}

export function targetSections(result: EvalJson, details: DetailsJson | undefined, state: ViewState): VElement[] {
  return Object.entries(result.targets).map(([name, target]) => {
    const filter = state.filters[name] ?? 'all';
    const sort = state.sorts[name] ?? 'group';
    const unit = result.measures[details?.targets?.[name]?.measure ?? '']?.unit ?? 'number';
    const rows = sortTargetRows(
      target.rows.filter((row) => filter === 'all' || row.status === filter),
      sort,
    );
    const asked = details?.targets?.[name];
    const level = fixedFormatter(unit, target.rows.flatMap((row) => [row.baseline, row.horizon]), (value) => formatValue(value, unit));
    const change = fixedFormatter(unit === 'percent' ? 'pp' : unit, target.rows.map((row) => row.change), (value) => formatChange(value, unit));
    const measure = asked === undefined ? undefined : result.measures[asked.measure];
    const measured = asked === undefined || measure === undefined ? (label: string) => label : measuredValues(asked.measure, measure.rows);
    return h('section', { 'aria-label': `Target ${name}` }, [
      heading(name, details),
      asked === undefined ? null : h('p', { class: 'muted' }, [`${asked.measure}: ${asked.change} from ${asked.baseline} to ${asked.horizon}`]),
      h('div', { class: 'controls' }, [
        h('label', {}, ['Show ', select(`filter-${name}`, TARGET_FILTERS.map((f) => [f, f === 'all' ? 'all groups' : statusText(f, false)]), filter, { kind: 'filter', target: name })]),
        h('label', {}, [' Sort by ', select(`sort-${name}`, TARGET_SORTS.map((f) => [f, f]), sort, { kind: 'sort', target: name })]),
      ]),
      table(
        `Status of ${name} by group (${rows.length} of ${target.rows.length})`,
        [{ title: 'Group' }, { title: 'Baseline', numeric: true }, { title: 'Horizon', numeric: true }, { title: 'Change', numeric: true }, { title: 'Status' }],
        rows.map((row) => [
          groupText(row.group),
          row.baseline === null ? level(row.baseline) : measured(level(row.baseline), row.group, asked?.baseline ?? ''),
          row.horizon === null || row.projected ? level(row.horizon) : measured(level(row.horizon), row.group, asked?.horizon ?? ''),
          change(row.change),
          h('span', { class: `status ${row.status}` }, [statusText(row.status, row.projected)]),
        ]),
      ),
    ]);
  });
}

const STATUS_ORDER: Readonly<Record<TargetStatus, number>> = { missed: 0, 'off-track': 1, 'no-data': 2, 'on-track': 3, met: 4 };

export function sortTargetRows(rows: readonly TargetRowJson[], sort: TargetSort): TargetRowJson[] {
  const byGroup = (a: TargetRowJson, b: TargetRowJson): number => groupText(a.group).localeCompare(groupText(b.group));
  const change = (row: TargetRowJson): number => {
    const value = toNumber(row.change);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  switch (sort) {
    case 'group':
      return [...rows].sort(byGroup);
    case 'status':
      return [...rows].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byGroup(a, b));
    case 'change':
      return [...rows].sort((a, b) => change(a) - change(b) || byGroup(a, b));
  }
}

function select(id: string, options: readonly (readonly [string, string])[], selected: string, action: { kind: 'filter' | 'sort'; target: string }): VElement {
  return h(
    'select',
    { id },
    options.map(([value, label]) => h('option', value === selected ? { value, selected: '' } : { value }, [label])),
    action,
  );
}

export function metricSections(result: EvalJson, details: DetailsJson | undefined): VElement[] {
  return Object.entries(result.metrics).map(([name, metric]) => {
    const thresholds = details?.metrics?.[name];
    const range = thresholds === undefined ? undefined : `${formatPercent(thresholds.lower ?? null)}–${formatPercent(thresholds.upper ?? null)}`;
    return h('section', { 'aria-label': `Metric ${name}` }, [
      heading(name, details),
      range === undefined ? null : h('p', { class: 'muted' }, [`Thresholds ${range}${thresholds?.points === undefined ? '' : `, up to ${thresholds.points} points`}`]),
      table(
        `Achievement of ${name}`,
        [
          { title: 'Group' },
          { title: 'Numerator', numeric: true },
          { title: 'Denominator', numeric: true },
          { title: 'Achievement', numeric: true },
          { title: 'Points', numeric: true },
          { title: 'Payment', numeric: true },
        ],
        metric.rows.map((row) => [groupText(row.group), ...figureButtons(name, row.group, formatCount(row.numerator), formatCount(row.denominator), formatPercent(row.achievement)), formatCount(row.points), formatMoney(row.payment)]),
      ),
      metric.strata.length === 0
        ? null
        : table(
            `Achievement of ${name} by deprivation stratum`,
            [{ title: 'Stratum' }, { title: 'Numerator', numeric: true }, { title: 'Denominator', numeric: true }, { title: 'Achievement', numeric: true }],
            metric.strata.map((stratum) => [stratum.stratum, formatCount(stratum.numerator), formatCount(stratum.denominator), formatPercent(stratum.achievement)]),
          ),
      metric.gap === null ? null : h('p', {}, [`Gap between the most and least deprived: ${formatChange(metric.gap, 'pp')}`]),
    ]);
  });
}

/** Each value as a button showing the rows behind the one figure they all come from. */
function figureButtons(choice: string, group: Group, ...labels: string[]): VElement[] {
  return labels.map((label) => figureButton(label, choice, group));
}

export function fundingSections(result: EvalJson, details: DetailsJson | undefined): VElement[] {
  const entries = Object.entries(result.funding);
  if (entries.length === 0) return [];
  const summary = result.fundingSummary;
  return [
    table(
      'Funding',
      [{ title: 'Funding' }, { title: 'Total', numeric: true }, { title: 'Per year', numeric: true }, { title: 'Recurrent' }, { title: 'Years' }],
      entries.map(([name, f]) => [
        revealButton(details?.titles?.[name] ?? name, name),
        formatMoney(f.total),
        f.perYear === undefined || f.perYear.length === 0 ? '–' : formatMoney(f.perYear[0].amount),
        f.recurrent === null ? '–' : f.recurrent ? 'yes' : 'no',
        f.years.join(', '),
      ]),
    ),
    summary === undefined
      ? null
      : h('p', { class: 'muted' }, [
          `All funding: ${formatMoney(summary.total)}${summary.recurrentShare === null ? '' : `, ${formatPercent(summary.recurrentShare)} recurrent`}. By year: ${summary.byYear.map((y) => `${y.year} ${formatMoney(y.amount)}`).join('; ')}.`,
        ]),
  ].filter((node): node is VElement => node !== null);
}
