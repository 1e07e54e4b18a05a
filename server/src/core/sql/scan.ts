// The scan in SQL: each declared column read from text cells and typed exactly as the embedded
// reader types a CSV cell (data/cells.ts): blank is empty, money to whole pence, fiscal years to
// `2023/24`, dates validated, yes/no words. A row with a cell that does not fit is rejected and
// counted, as in the embedded evaluator.

import type { ColumnType } from '../data/cells';
import type { ScanColumn } from '../plan/plan';
import type { Dialect, PortableFunction } from './dialect';

const DIGITS = String.raw`(\d{1,3}(,\d{3})+|\d+)`;
const NUMBER = String.raw`[+-]?${DIGITS}(\.\d+)?`;
const PERCENT = String.raw`${NUMBER}(\s*%)?`;
const MONEY_PLAIN = String.raw`[+-]?£?[+-]?${DIGITS}(\.\d{1,2})?`;
const MONEY_TWO_SIGNS = String.raw`[+-]£?[+-].*`;
const MONEY_PARENS = String.raw`\(\s*£?${DIGITS}(\.\d{1,2})?\s*\)`;
const FISCAL_YEAR = String.raw`\d{4}\s*[/-]\s*(\d{2}|\d{4})`;
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;

export interface TypedCell {
  /** Whether a non-blank cell fits the type (casts only behind a CASE that has checked the shape). */
  readonly valid: string;
  /** The typed value, evaluated only for a valid, non-blank cell. */
  readonly value: string;
}

/** How a trimmed, non-blank text cell `t` (an SQL expression) is typed. */
export function typeCellSql(d: Dialect, type: Exclude<ColumnType, 'text'>, t: string): TypedCell {
  const int = (e: string): string => `CAST(${e} AS ${d.bigintType})`;
  const double = (e: string): string => `CAST(${e} AS ${d.doubleType})`;
  const f = (fn: PortableFunction, ...args: string[]): string => d.call(fn, args);
  // A CASE whose branches are conditions, written so that dialects without a boolean type keep it valid.
  const caseOf = (when: string, then: string, otherwise: string): string =>
    d.test(`CASE WHEN ${when} THEN ${d.flag(then)} ELSE ${d.flag(otherwise)} END`);
  switch (type) {
    case 'number':
      return { valid: d.matches(t, NUMBER), value: double(f('replace', t, "','", "''")) };
    case 'percent':
      return { valid: d.matches(t, PERCENT), value: double(f('replace', f('rtrim', f('rtrim', t, "'%'")), "','", "''")) };
    case 'money': {
      const digits = d.keepOnly(t, '0-9.');
      const pounds = int(f('split_part', digits, "'.'", '1'));
      const pence = int(f('rpad', f('split_part', digits, "'.'", '2'), '2', "'0'"));
      const negative = `(${f('strpos', t, "'-'")} > 0 OR ${f('strpos', t, "'('")} = 1)`;
      return {
        valid: `((${d.matches(t, MONEY_PLAIN)} AND NOT ${d.matches(t, MONEY_TWO_SIGNS)}) OR ${d.matches(t, MONEY_PARENS)})`,
        value: `CASE WHEN ${negative} THEN -(${pounds} * 100 + ${pence}) ELSE ${pounds} * 100 + ${pence} END`,
      };
    }
    case 'fiscal_year': {
      const first = int(f('substr', t, '1', '4'));
      const second = d.capture(t, String.raw`(\d{2}|\d{4})$`, 1);
      return {
        valid: caseOf(d.matches(t, FISCAL_YEAR), caseOf(`${f('length', second)} = 2`, `${f('mod', `${first} + 1`, '100')} = ${int(second)}`, `${first} + 1 = ${int(second)}`), d.bool(false)),
        value: f('concat', f('substr', t, '1', '4'), "'/'", f('lpad', `CAST(${f('mod', `${first} + 1`, '100')} AS ${d.textType})`, '2', "'0'")),
      };
    }
    case 'date': {
      const year = int(f('substr', t, '1', '4'));
      const month = int(f('substr', t, '6', '2'));
      const day = int(f('substr', t, '9', '2'));
      const leap = `(${f('mod', year, '4')} = 0 AND ${f('mod', year, '100')} <> 0 OR ${f('mod', year, '400')} = 0)`;
      const days = `CASE WHEN ${month} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END WHEN ${month} IN (4, 6, 9, 11) THEN 30 ELSE 31 END`;
      return { valid: caseOf(d.matches(t, DATE), `${month} BETWEEN 1 AND 12 AND ${day} BETWEEN 1 AND ${days}`, d.bool(false)), value: t };
    }
    case 'bool':
      return {
        // Two short lists rather than one of eight: DuckDB turns a long IN list into a join.
        valid: `(${f('lower', t)} IN ('yes', 'true', 'y', '1') OR ${f('lower', t)} IN ('no', 'false', 'n', '0'))`,
        value: d.flag(`${f('lower', t)} IN ('yes', 'true', 'y', '1')`),
      };
  }
}

/** The name of the rejected-row flag in the typed relation. */
export const REJECTED = 'hewitt:rejected';

/** The name of the flag saying whether a column's cell fits its type. */
export function fitsColumn(name: string): string {
  return `fits:${name}`;
}

/** The name of a column's canonical reading (see Dialect.canonicalCell) in the `cells` step. */
function canonicalColumn(name: string): string {
  return `canonical:${name}`;
}

/**
 * Three SELECT lists over a relation of text cells: `cells` trims each column (text columns keep
 * their cell as written) — or, where the dialect has a canonical reading of the column's type,
 * keeps the cell untrimmed beside that reading —, `checked` adds whether each typed cell fits,
 * `typed` types the cells that fit and flags a row with any cell that does not. A cell the
 * canonical reading takes skips the exact rules (regular expressions) altogether. A `deferred`
 * column keeps its cell as written (NULL when missing) and never rejects the row: whoever reads
 * the rows types its cells (see plan/column-use.ts).
 */
export function scanSelects(d: Dialect, columns: readonly ScanColumn[], nativeTypes?: ReadonlyMap<string, string>, deferred?: ReadonlySet<string>): { cells: string[]; checked: string[]; typed: string[] } {
  const cells = columns.flatMap((c) => {
    const nativeType = nativeTypes?.get(c.name);
    const native = nativeType === undefined ? undefined : { column: d.quote(c.name), type: nativeType };
    const raw = (native && d.nativeText(native)) ?? `CAST(${d.quote(c.name)} AS ${d.textType})`;
    if (deferred?.has(c.name)) return [`${raw} AS ${d.quote(c.name)}`];
    if (c.type === 'text') return [`NULLIF(${raw}, '') AS ${d.quote(c.name)}`];
    const canonical = d.canonicalCell(c.type, raw, native);
    if (canonical === undefined) return [`${d.call('trim', [`COALESCE(${raw}, '')`])} AS ${d.quote(c.name)}`];
    // The text is only read where the canonical reading gives nothing: no text is made of the others.
    return [`CASE WHEN ${canonical} IS NULL THEN COALESCE(${raw}, '') ELSE '' END AS ${d.quote(c.name)}`, `${canonical} AS ${d.quote(canonicalColumn(c.name))}`];
  });
  const checked = ['*'];
  const fits: string[] = [];
  const typed = columns.map((c) => {
    const q = d.quote(c.name);
    if (c.type === 'text' || deferred?.has(c.name)) return q;
    const canonical = d.canonicalCell(c.type, q) === undefined ? undefined : d.quote(canonicalColumn(c.name));
    const t = canonical === undefined ? q : d.call('trim', [q]);
    const cell = typeCellSql(d, c.type, t);
    const flag = d.quote(fitsColumn(c.name));
    const exact = `${t} = '' OR ${cell.valid}`;
    checked.push(`${d.flag(canonical === undefined ? exact : `CASE WHEN ${canonical} IS NOT NULL THEN ${d.bool(true)} ELSE ${exact} END`)} AS ${flag}`);
    fits.push(flag);
    const exactValue = `WHEN ${t} <> '' AND ${d.test(flag)} THEN ${cell.value}`;
    return canonical === undefined ? `CASE ${exactValue} END AS ${q}` : `CASE WHEN ${canonical} IS NOT NULL THEN ${canonical} ${exactValue} END AS ${q}`;
  });
  typed.push(`${d.flag(fits.length === 0 ? d.bool(false) : `NOT (${fits.map(d.test).join(' AND ')})`)} AS ${d.quote(REJECTED)}`);
  return { cells, checked, typed };
}
