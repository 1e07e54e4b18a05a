// T-SQL (SQL Server, Azure SQL, Synapse): rendered, not executed here. No boolean values, so a
// condition kept in a column becomes 1/0 and is tested with `= 1`; no `IS TRUE`, no FILTER, no
// LIMIT, no GROUP BY ordinals; integers divide as integers, so every ratio is cast to FLOAT;
// patterns need REGEXP_LIKE (SQL Server 2025, Azure SQL Database); text equality ignores trailing
// spaces and follows the collation, which the header comment says.

import type { Dialect, PortableFunction } from './dialect';

const bracket = (name: string): string => `[${name.replace(/]/g, ']]')}]`;
const unicode = (value: string): string => `N'${value.replace(/'/g, "''")}'`;
// Backslashes are plain in T-SQL, but tools that read SQL often take `\'` as an escaped quote:
// a string holding one is built with NCHAR(92) instead.
const text = (value: string): string => (value.includes('\\') ? `(${value.split('\\').map(unicode).join(' + NCHAR(92) + ')})` : unicode(value));
const TRUE = '(1 = 1)';
const FALSE = '(1 = 0)';
const BINARY = 'COLLATE Latin1_General_100_BIN2';
const NAME = String.raw`\[(?:[^\]]|\]\])*\]`;

/** Code-unit order whatever the collation; the clause goes on the column itself where there is one. */
function binaryText(expr: string): string {
  if (new RegExp(`^${NAME}$`).test(expr)) return `${expr} ${BINARY}`;
  const filtered = new RegExp(`^CASE WHEN ([\\s\\S]*) THEN (${NAME}) END$`).exec(expr);
  return filtered === null ? `(${expr}) ${BINARY}` : `CASE WHEN ${filtered[1]} THEN ${filtered[2]} ${BINARY} END`;
}

function call(fn: PortableFunction, a: readonly string[]): string {
  switch (fn) {
    case 'split_part':
      // Only the first or second part is asked for.
      return a[2] === '1' ? `LEFT(${a[0]}, CHARINDEX(${a[1]}, ${a[0]} + ${a[1]}) - 1)` : `SUBSTRING(${a[0]}, CHARINDEX(${a[1]}, ${a[0]} + ${a[1]}) + 1, 4000)`;
    case 'strpos':
      return `CHARINDEX(${a[1]}, ${a[0]})`;
    case 'rpad':
      return `LEFT(${a[0]} + REPLICATE(${a[2]}, ${a[1]}), ${a[1]})`;
    case 'lpad':
      return `RIGHT(REPLICATE(${a[2]}, ${a[1]}) + ${a[0]}, ${a[1]})`;
    case 'mod':
      return `((${a[0]}) % (${a[1]}))`;
    case 'substr':
      return `SUBSTRING(${a.join(', ')})`;
    case 'length':
      return `LEN(${a[0]})`;
    case 'concat':
      return a.join(' + ');
    default:
      return `${fn.toUpperCase()}(${a.join(', ')})`;
  }
}

export const tsql: Dialect = {
  name: 'tsql',
  note: 'T-SQL: text equality ignores trailing spaces and follows the database collation (often case-insensitive), so \'A \' may equal \'a\'; patterns need REGEXP_LIKE (SQL Server 2025 or Azure SQL Database).',
  quote: bracket,
  text,
  withClause: true,
  cte: (name) => name,
  table: (path) => path.split('.').map(bracket).join('.'),
  exactType: 'DECIMAL(38, 0)',
  doubleType: 'FLOAT',
  textType: 'NVARCHAR(4000)',
  bigintType: 'BIGINT',
  // Integer division is what is wanted here: truncating toward zero.
  integerDivide: (dividend, divisor) => `(${dividend}) / (${divisor})`,
  // LEN ignores trailing spaces, so the prefix's length is measured with one character after it.
  startsWith: (subject, prefix) => `(LEFT(${subject}, LEN(${prefix} + N'.') - 1) = ${prefix})`,
  binaryText,
  matches: (text, pattern) => `REGEXP_LIKE(${text}, ${unicode(`^(?:${pattern})$`)})`,
  capture: (text, pattern, group) => `NULLIF(REGEXP_SUBSTR(${text}, ${unicode(pattern)}, 1, 1, 'c', ${group}), '')`,
  keepOnly: (text, characters) => `REGEXP_REPLACE(${text}, ${unicode(`[^${characters}]`)}, N'')`,
  canonicalCell: () => undefined,
  nativeText: () => undefined,
  groupingSets: false,
  csvFile: () => undefined,
  parquetFile: () => undefined,
  bool: (value) => (value ? TRUE : FALSE),
  unknownBool: '(CAST(NULL AS INT) = 1)',
  isTrue: (condition) => `(${condition})`,
  flag: (condition) => (condition === TRUE ? '1' : condition === FALSE ? '0' : `CASE WHEN ${condition} THEN 1 WHEN NOT (${condition}) THEN 0 END`),
  test: (value) => `(${value} = 1)`,
  equalsOrFalse: (a, b) => `(${b} IS NOT NULL AND ${a} = ${b})`,
  groupBy: (keys) => keys.join(', '),
  call,
};
