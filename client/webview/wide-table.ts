// The preview's table of a measure grouped by a fiscal year: groups down, years across, from the
// reports' own pivot (server/src/report/wide.ts) with the same fixed decimals. Columns sort on a
// click, a filter box narrows the rows, the header stays in view, and one button switches to the
// long form (one row per group and year). Choosing a row's group highlights it in the chart; each
// value is a button that shows the rows behind it (figure-cell.ts).

import { groupKey, longRows, pivotByYear, type WideTable } from '../../server/src/report/wide';
import { figureButton, inOrderOf } from './figure-cell';
import { fixedFormatter } from './fixed';
import { formatMoney, toNumber } from './format';
import type { Group, JsonValue, Unit } from './model';
import { h, type VElement } from './vnode';

export interface WideMeasure {
  readonly name: string;
  readonly unit: Unit;
  readonly rows: readonly { readonly group: Group; readonly value: JsonValue }[];
}

/** The parts of the view's state a wide table reads, by measure. */
export interface WideState {
  /** `wide` (the default) or `long`. */
  readonly layout: string;
  /** `<column index>:asc` or `<column index>:desc`; empty for the result's order. */
  readonly sort: string;
  readonly filter: string;
  /** The chosen group's key (see groupKey), or empty. */
  readonly chosen: string;
  /** `all` to show every row, past ROW_LIMIT. */
  readonly rows: string;
}

/** Rows drawn before a "show all" button, so a national-scale file renders fast; filter and sort first. */
export const ROW_LIMIT = 60;

/** State keys of a measure's table, shared with the chart (`chosen`). */
export const wideKey = (part: keyof WideState | 'panels', measure: string): string => `${part}:${measure}`;

export function wideStateOf(ui: Readonly<Record<string, string>>, measure: string): WideState {
  return { layout: ui[wideKey('layout', measure)] ?? 'wide', sort: ui[wideKey('sort', measure)] ?? '', filter: ui[wideKey('filter', measure)] ?? '', chosen: ui[wideKey('chosen', measure)] ?? '', rows: ui[wideKey('rows', measure)] ?? '' };
}

/** The measure pivoted by its fiscal year, when it has one. */
export function widen(measure: WideMeasure): WideTable<JsonValue> | undefined {
  return pivotByYear(measure.rows);
}

/** A cell as the reports write it: money to the penny, other units with the measure's fixed decimals. */
export function cellFormatter(measure: WideMeasure): (value: JsonValue | undefined) => string {
  const format = fixedFormatter(measure.unit, measure.rows.map((row) => row.value), (value) => formatMoney(value === null ? null : String(value)));
  return (value) => (value === undefined ? '' : format(value));
}

interface Line {
  readonly key: string;
  readonly labels: readonly string[];
  readonly cells: readonly (JsonValue | undefined)[];
  /** The row's group without its year, and each cell's year. */
  readonly group: Group;
  readonly years: readonly string[];
}

export function wideTableView(measure: WideMeasure, table: WideTable<JsonValue>, state: WideState): VElement {
  const format = cellFormatter(measure);
  const long = state.layout === 'long';
  const keyHeaders = table.keyColumns.length === 0 ? ['group'] : table.keyColumns;
  const headers = long ? [...keyHeaders, table.yearColumn, 'value'] : [...keyHeaders, ...table.years];
  const firstValue = long ? keyHeaders.length + 1 : keyHeaders.length;
  const like = measure.rows[0]?.group;
  const withYear = (group: Group, year: string): Group => inOrderOf({ ...group, [table.yearColumn]: year }, like);
  const all: Line[] = long
    ? longRows(table).map((row) => ({ key: groupKey(row.group), labels: [...labelsOf(table, row.group), row.year], cells: [row.value], group: row.group, years: [row.year] }))
    : table.rows.map((row) => ({ key: groupKey(row.group), labels: labelsOf(table, row.group), cells: row.cells, group: row.group, years: table.years }));
  const needle = state.filter.trim().toLowerCase();
  const shown = sortLines(
    needle === '' ? all : all.filter((line) => line.labels.some((label) => label.toLowerCase().includes(needle))),
    state.sort,
    firstValue,
  );
  const drawn = state.rows === 'all' || shown.length <= ROW_LIMIT ? shown : cap(shown, ROW_LIMIT, state.chosen);
  const hidden = shown.length - drawn.length;
  const groups = table.rows.length;
  const caption = long
    ? `${measure.name}, one row per group and year (${shown.length} of ${all.length} rows${hidden > 0 ? `, ${drawn.length} drawn` : ''})`
    : `${measure.name}: ${keyHeaders.join(', ')} down, ${table.yearColumn} across (${shown.length} of ${groups} ${groups === 1 ? 'group' : 'groups'}${hidden > 0 ? `, ${drawn.length} drawn` : ''})`;
  return h('div', { class: 'wide', 'data-measure': measure.name, 'data-layout': long ? 'long' : 'wide' }, [
    h('div', { class: 'controls' }, [
      h('label', {}, [
        'Filter ',
        h('input', { type: 'search', id: `wide-filter-${measure.name}`, value: state.filter, placeholder: keyHeaders.join(', '), 'aria-label': `Filter the rows of ${measure.name}` }, [], { kind: 'set', key: wideKey('filter', measure.name) }),
      ]),
      ' ',
      h(
        'button',
        { type: 'button', id: `wide-layout-${measure.name}`, class: 'toggle', 'aria-pressed': long ? 'true' : 'false' },
        [long ? 'Show years across' : 'Show one row per year'],
        { kind: 'set', key: wideKey('layout', measure.name), value: long ? 'wide' : 'long' },
      ),
    ]),
    h('table', { class: 'sticky' }, [
      h('caption', {}, [caption]),
      h('thead', {}, [h('tr', {}, headers.map((header, i) => headerCell(measure.name, header, i, i >= firstValue, state.sort)))]),
      h(
        'tbody',
        {},
        drawn.map((line) => {
          const chosen = line.key === state.chosen;
          return h('tr', chosen ? { class: 'chosen', 'data-key': line.key } : { 'data-key': line.key }, [
            h('th', { scope: 'row' }, [
              h(
                'button',
                { type: 'button', class: 'choose', 'aria-pressed': chosen ? 'true' : 'false', title: chosen ? 'Stop highlighting this group in the chart' : 'Highlight this group in the chart' },
                [line.labels[0] ?? ''],
                { kind: 'set', key: wideKey('chosen', measure.name), value: chosen ? '' : line.key },
              ),
            ]),
            ...line.labels.slice(1).map((label) => h('td', {}, [label])),
            ...line.cells.map((value, i) => h('td', { class: 'num' }, [value === undefined ? '' : figureButton(format(value), measure.name, withYear(line.group, line.years[i] ?? ''))])),
          ]);
        }),
      ),
    ]),
    hidden === 0
      ? null
      : h('p', {}, [
          h('button', { type: 'button', id: `wide-rows-${measure.name}`, class: 'toggle' }, [`Show all ${shown.length} rows`], { kind: 'set', key: wideKey('rows', measure.name), value: 'all' }),
          h('span', { class: 'muted' }, [` ${hidden} more ${hidden === 1 ? 'row' : 'rows'}; the filter and sorting cover them all.`]),
        ]),
  ]);
}

/** The first `limit` lines, keeping the chosen group's lines in view. */
function cap(lines: readonly Line[], limit: number, chosen: string): readonly Line[] {
  const head = lines.slice(0, limit);
  return chosen === '' || head.some((line) => line.key === chosen) ? head : [...head, ...lines.filter((line) => line.key === chosen)];
}

function labelsOf(table: WideTable<JsonValue>, group: Group): string[] {
  return table.keyColumns.length === 0 ? ['all'] : table.keyColumns.map((column) => group[column] ?? '');
}

/** A column header that sorts by its column: ascending, then descending, then as it came. */
function headerCell(measure: string, header: string, index: number, numeric: boolean, sort: string): VElement {
  const [column, direction] = sort.split(':');
  const sorted = column === String(index) ? direction : '';
  const next = sorted === '' ? `${index}:asc` : sorted === 'asc' ? `${index}:desc` : '';
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  const arrow = sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : '';
  return h('th', { scope: 'col', class: numeric ? 'num' : '', 'aria-sort': ariaSort }, [
    h('button', { type: 'button', class: 'sort', title: `Sort by ${header}` }, [header, arrow], { kind: 'set', key: wideKey('sort', measure), value: next }),
  ]);
}

/** Text columns sort as text, value columns as numbers; no data and missing cells go last either way. */
function sortLines(lines: readonly Line[], sort: string, firstValue: number): readonly Line[] {
  const [column, direction] = sort.split(':');
  const index = Number(column);
  if (sort === '' || !Number.isInteger(index)) return lines;
  const sign = direction === 'desc' ? -1 : 1;
  if (index < firstValue) return [...lines].sort((a, b) => sign * (a.labels[index] ?? '').localeCompare(b.labels[index] ?? '', 'en-GB', { numeric: true }));
  const valueOf = (line: Line): number => {
    const value = line.cells[index - firstValue];
    return value === undefined ? Number.NaN : toNumber(value);
  };
  return [...lines].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
    return sign * (x - y);
  });
}
