// DuckDB: ANSI quoting; `/` is always floating-point division and `//` integer division;
// HUGEINT holds exact sums of pence × weight; text compares by code point; read_csv reads files.
// Cells in their canonical form are typed by DuckDB's own casts, checked by writing the value back
// (a cell that reads back unchanged is one the exact rules read the same way); the rest take the
// exact rules of scan.ts.

import { ansiQuote, ansiText, BOOLEAN_SQL, type Dialect, type NativeColumn } from './dialect';

type Typed = Parameters<Dialect['canonicalCell']>[0];

const WHOLE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|HUGEINT)$/;
/** Below this, an amount's text has at most 15 significant digits, as a Parquet reader's number keeps them. */
const EXACT_POUNDS = '10000000000000';

/**
 * The reading of a column with its own type, where it equals the exact rules' reading of the text
 * the embedded reader makes of the value (decimals and whole numbers as their digits, booleans as
 * true/false, dates as YYYY-MM-DD); undefined for other types, which are read as text.
 */
function nativeCell(type: Typed, { column, type: native }: NativeColumn): string | undefined {
  const decimal = /^DECIMAL\(\d+,\s*(\d+)\)$/.exec(native);
  switch (type) {
    case 'money':
      if (!WHOLE.test(native) && (decimal === null || Number(decimal[1]) > 2)) return undefined;
      return `CASE WHEN abs(${column}) < ${EXACT_POUNDS} THEN CAST(${column} * 100 AS BIGINT) END`;
    case 'number':
      return WHOLE.test(native) ? `CASE WHEN abs(${column}) < 9007199254740992 THEN CAST(${column} AS DOUBLE) END` : undefined;
    case 'bool':
      return native === 'BOOLEAN' ? column : undefined;
    case 'date':
      return native === 'DATE' ? `CASE WHEN year(${column}) BETWEEN 1000 AND 9999 THEN CAST(${column} AS VARCHAR) END` : undefined;
    default:
      return undefined;
  }
}

/**
 * A decimal as a Parquet reader writes it: its unscaled integer made a floating-point number (so
 * rounded past 2^53), divided by the power of ten, in the shortest form (`1.25`, not `1.250`).
 */
function nativeText({ column, type }: NativeColumn): string | undefined {
  const decimal = /^DECIMAL\(\d+,\s*(\d+)\)$/.exec(type);
  if (decimal === null || Number(decimal[1]) > 18) return undefined;
  const factor = `1${'0'.repeat(Number(decimal[1]))}`;
  return `CAST(CAST(CAST(${column} * ${factor} AS HUGEINT) AS DOUBLE) / ${factor} AS VARCHAR)`;
}

/** The canonical reading of `raw` (see Dialect.canonicalCell), NULL for a cell it does not read. */
function canonicalCell(type: Typed, raw: string, native?: NativeColumn): string | undefined {
  const typed = native === undefined ? undefined : nativeCell(type, native);
  if (typed !== undefined) return typed;
  const back = (value: string): string => `CAST(${value} AS VARCHAR) = ${raw}`;
  switch (type) {
    case 'money': {
      // At most 16 characters, so pence stay well inside BIGINT.
      const decimal = `TRY_CAST(${raw} AS DECIMAL(18,2))`;
      const whole = `TRY_CAST(${raw} AS BIGINT)`;
      return `CASE WHEN ${back(decimal)} THEN CAST(${decimal} * 100 AS BIGINT) WHEN length(${raw}) <= 16 AND ${back(whole)} THEN ${whole} * 100 END`;
    }
    case 'number': {
      const whole = `TRY_CAST(${raw} AS BIGINT)`;
      return `CASE WHEN ${back(whole)} THEN CAST(${whole} AS DOUBLE) END`;
    }
    case 'fiscal_year': {
      const year = (from: number, length: number): string => `TRY_CAST(substr(${raw}, ${from}, ${length}) AS INTEGER)`;
      return `CASE WHEN regexp_full_match(${raw}, '[0-9]{4}/[0-9]{2}') AND (${year(1, 4)} + 1) % 100 = ${year(6, 2)} THEN ${raw} END`;
    }
    case 'date':
      return `CASE WHEN length(${raw}) = 10 AND ${back(`TRY_CAST(${raw} AS DATE)`)} THEN ${raw} END`;
    case 'bool': {
      // A simple CASE of equalities: DuckDB runs it several times faster than IN lists of strings.
      const word = (text: string, value: boolean): string => `WHEN '${text}' THEN ${value ? 'TRUE' : 'FALSE'}`;
      return `CASE ${raw} ${[...['yes', 'true', 'y', '1'].map((w) => word(w, true)), ...['no', 'false', 'n', '0'].map((w) => word(w, false))].join(' ')} END`;
    }
    case 'percent':
      return undefined;
  }
}

export const duckdb: Dialect = {
  ...BOOLEAN_SQL,
  name: 'duckdb',
  note: undefined,
  quote: ansiQuote,
  text: ansiText,
  table: (path) => path.split('.').map(ansiQuote).join('.'),
  exactType: 'HUGEINT',
  doubleType: 'DOUBLE',
  textType: 'VARCHAR',
  bigintType: 'BIGINT',
  integerDivide: (dividend, divisor) => `(${dividend}) // (${divisor})`,
  startsWith: (subject, prefix) => `starts_with(${subject}, ${prefix})`,
  binaryText: (expr) => expr,
  matches: (text, pattern) => `regexp_full_match(${text}, ${ansiText(pattern)})`,
  capture: (text, pattern, group) => `NULLIF(regexp_extract(${text}, ${ansiText(pattern)}, ${group}), '')`,
  keepOnly: (text, characters) => `regexp_replace(${text}, ${ansiText(`[^${characters}]`)}, '', 'g')`,
  canonicalCell,
  nativeText,
  groupingSets: true,
  csvFile: (path) => `read_csv(${ansiText(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`,
  parquetFile: (path) => `read_parquet(${ansiText(path)})`,
};
