// Spark SQL (Databricks, Foundry): rendered, not executed here. Identifiers in backticks; string
// literals take backslash escapes, so backslashes (regular expressions) are doubled; `/` always
// divides as floating point (integer division is exact DECIMAL division of a multiple); unknown conditions are made false with
// COALESCE; strings compare by their UTF-8 bytes, which is code-point order.

import { BOOLEAN_SQL, portableCall, type Dialect, type PortableFunction } from './dialect';

const backtick = (name: string): string => `\`${name.replace(/`/g, '``')}\``;
const literal = (value: string): string =>
  `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;

function call(fn: PortableFunction, a: readonly string[]): string {
  switch (fn) {
    case 'strpos':
      return `instr(${a[0]}, ${a[1]})`;
    case 'rtrim':
      return a.length === 1 ? `rtrim(${a[0]})` : `regexp_replace(${a[0]}, '[${a[1].slice(1, -1)}]+$', '')`;
    case 'concat':
      return `concat(${a.join(', ')})`;
    default:
      return portableCall(fn, a);
  }
}

export const spark: Dialect = {
  ...BOOLEAN_SQL,
  name: 'spark',
  note: 'Spark SQL 3.3 or later (split_part, startswith); string literals use backslash escapes.',
  quote: backtick,
  text: literal,
  cte: (name) => name,
  unknownBool: 'NULL',
  table: (path) => path.split('.').map(backtick).join('.'),
  exactType: 'DECIMAL(38, 0)',
  doubleType: 'DOUBLE',
  textType: 'STRING',
  bigintType: 'BIGINT',
  // Exact: the dividend less its remainder is a multiple of the divisor, divided as DECIMAL.
  integerDivide: (dividend, divisor) => `CAST(CAST((${dividend}) - pmod(${dividend}, ${divisor}) AS DECIMAL(38, 0)) / (${divisor}) AS BIGINT)`,
  startsWith: (subject, prefix) => `startswith(${subject}, ${prefix})`,
  binaryText: (expr) => expr,
  matches: (text, pattern) => `(${text} RLIKE ${literal(`^(?:${pattern})$`)})`,
  capture: (text, pattern, group) => `NULLIF(regexp_extract(${text}, ${literal(pattern)}, ${group}), '')`,
  keepOnly: (text, characters) => `regexp_replace(${text}, ${literal(`[^${characters}]`)}, '')`,
  canonicalCell: () => undefined,
  nativeText: () => undefined,
  groupingSets: false,
  csvFile: () => undefined,
  parquetFile: () => undefined,
  isTrue: (condition) => `COALESCE(${condition}, FALSE)`,
};
