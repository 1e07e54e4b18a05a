// The wide table of a measure grouped by a fiscal year: one row per group (the other grouping
// columns down), one column per year (across), and one fixed number of decimals for the values so
// a column lines up (`4.10%` above `4.12%`). The terminal, Markdown and HTML reports and the
// editor's preview all lay a measure out from this one model, so they agree cell by cell.
// Pure and dependency-free (values are generic), so the preview's bundle uses it as it is.

export type WideGroup = Readonly<Record<string, string>>;

export interface WideRow<V> {
  /** The group without its year, e.g. `{ icb: 'QE1' }` (empty for a measure grouped by year alone). */
  readonly group: WideGroup;
  /** One cell per year of `years`; undefined where the group has no row for that year. */
  readonly cells: readonly (V | undefined)[];
}

export interface WideTable<V> {
  /** The grouping column that holds the fiscal years. */
  readonly yearColumn: string;
  /** The other grouping columns, in their order: the row headers. */
  readonly keyColumns: readonly string[];
  /** Every year that has a row, in order. */
  readonly years: readonly string[];
  /** One row per group, in the order the groups first appear (the result's order, which is sorted). */
  readonly rows: readonly WideRow<V>[];
}

const FISCAL_YEAR = /^\d{4}\/\d{2}$/;

/** The grouping column whose every value is a fiscal year (`2023/24`), if there is one. */
export function yearColumnOf(rows: readonly { readonly group: WideGroup }[]): string | undefined {
  const first = rows[0];
  if (first === undefined) return undefined;
  return Object.keys(first.group).find((column) => rows.every((row) => FISCAL_YEAR.test(row.group[column] ?? '')));
}

/** The measure's rows pivoted by their fiscal year; undefined when no grouping column holds years. */
export function pivotByYear<V>(rows: readonly { readonly group: WideGroup; readonly value: V }[]): WideTable<V> | undefined {
  const yearColumn = yearColumnOf(rows);
  if (yearColumn === undefined) return undefined;
  const keyColumns = Object.keys(rows[0]?.group ?? {}).filter((column) => column !== yearColumn);
  const years = [...new Set(rows.map((row) => row.group[yearColumn] ?? ''))].sort();
  const yearIndex = new Map(years.map((year, i) => [year, i]));
  const byKey = new Map<string, { group: WideGroup; cells: (V | undefined)[] }>();
  for (const row of rows) {
    const group: Record<string, string> = {};
    for (const column of keyColumns) group[column] = row.group[column] ?? '';
    const key = groupKey(group);
    let wide = byKey.get(key);
    if (wide === undefined) {
      wide = { group, cells: years.map(() => undefined) };
      byKey.set(key, wide);
    }
    wide.cells[yearIndex.get(row.group[yearColumn] ?? '') ?? 0] = row.value;
  }
  return { yearColumn, keyColumns, years, rows: [...byKey.values()] };
}

/** A stable text key of a group (its values joined; the column order is the measure's). */
export function groupKey(group: WideGroup): string {
  return Object.values(group).join('\u001f');
}

/** The rows back in long form (group with its year, one row per cell that exists), in wide order. */
export function longRows<V>(table: WideTable<V>): { readonly group: WideGroup; readonly year: string; readonly value: V }[] {
  return table.rows.flatMap((row) =>
    table.years.flatMap((year, i) => {
      const value = row.cells[i];
      return value === undefined ? [] : [{ group: row.group, year, value }];
    }),
  );
}

export type FixedUnit = 'number' | 'money' | 'percent' | 'pp';

/** The most decimals any report shows for a value that is not money. */
export const MAX_DECIMALS = 2;

/**
 * How many decimals a column of values shows: money always two (pence); otherwise the fewest
 * (at most two) that show every value as it rounds to two decimals, so `4.1` and `4.12` become
 * `4.10` and `4.12`, and whole numbers stay whole.
 */
export function fixedDecimals(unit: FixedUnit, values: readonly number[]): number {
  if (unit === 'money') return 2;
  let decimals = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    const hundredths = Math.round(Math.abs(value) * 100);
    const needed = hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2;
    if (needed > decimals) decimals = needed;
    if (decimals === MAX_DECIMALS) break;
  }
  return decimals;
}

/** A number with exactly `decimals` decimals and thousands grouped: `1,234.50`, `-0.10`. */
export function formatFixed(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = value < 0 && Number(text) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A value that is not money in its unit, with fixed decimals: `4.10%`, `+1.19pp`, `1,234`. */
export function formatFixedUnit(value: number, unit: Exclude<FixedUnit, 'money'>, decimals: number): string {
  const text = formatFixed(value, decimals);
  switch (unit) {
    case 'percent':
      return `${text}%`;
    case 'pp':
      return `${value > 0 && Number(text) !== 0 ? '+' : ''}${text}pp`;
    case 'number':
      return text;
  }
}
