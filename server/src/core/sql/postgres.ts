// PostgreSQL: ANSI quoting (standard_conforming_strings, so backslashes are plain); integers
// divide as integers, so every ratio is computed on DOUBLE PRECISION; NUMERIC holds exact sums;
// text order follows the database collation, so ordering comparisons and min/max use "C".

import { ansiQuote, ansiText, BOOLEAN_SQL, type Dialect } from './dialect';

export const postgres: Dialect = {
  ...BOOLEAN_SQL,
  name: 'postgres',
  note: undefined,
  quote: ansiQuote,
  text: ansiText,
  table: (path) => path.split('.').map(ansiQuote).join('.'),
  exactType: 'NUMERIC(38, 0)',
  doubleType: 'DOUBLE PRECISION',
  textType: 'TEXT',
  bigintType: 'BIGINT',
  integerDivide: (dividend, divisor) => `div(${dividend}, ${divisor})`,
  startsWith: (subject, prefix) => `starts_with(${subject}, ${prefix})`,
  binaryText: (expr) => `(${expr}) COLLATE "C"`,
  matches: (text, pattern) => `(${text} ~ ${ansiText(`^(?:${pattern})$`)})`,
  capture: (text, pattern, group) => `(regexp_match(${text}, ${ansiText(pattern)}))[${group}]`,
  keepOnly: (text, characters) => `regexp_replace(${text}, ${ansiText(`[^${characters}]`)}, '', 'g')`,
  canonicalCell: () => undefined,
  nativeText: () => undefined,
  groupingSets: true,
  csvFile: () => undefined,
  parquetFile: () => undefined,
};
