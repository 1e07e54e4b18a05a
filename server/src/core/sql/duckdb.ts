// DuckDB: ANSI quoting; `/` is always floating-point division and `//` integer division;
// HUGEINT holds exact sums of pence × weight; text compares by code point; read_csv reads files.

import { ansiQuote, ansiText, BOOLEAN_SQL, type Dialect } from './dialect';

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
  csvFile: (path) => `read_csv(${ansiText(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`,
  parquetFile: (path) => `(SELECT COLUMNS(*)::VARCHAR FROM read_parquet(${ansiText(path)}))`,
};
