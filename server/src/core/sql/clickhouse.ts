// ClickHouse 18.16: conditions are UInt8 values (no boolean type, no `IS TRUE`, no TRUE/FALSE);
// string literals and quoted names take backslash escapes; every type that may hold an empty cell
// is Nullable; no GROUP BY ordinals; regular expressions are RE2 (`match`, `extract`); a Decimal
// quotient keeps the dividend's scale, so every ratio is computed on Float64 from exact sums.

import type { Dialect, PortableFunction } from './dialect';

const escaped = (value: string): string => value.replace(/\\/g, '\\\\');
const backtick = (name: string): string => `\`${escaped(name).replace(/`/g, '\\`')}\``;
const literal = (value: string): string => `'${escaped(value).replace(/'/g, "\\'")}'`;

function call(fn: PortableFunction, a: readonly string[]): string {
  switch (fn) {
    case 'split_part':
      return `splitByString(${a[1]}, ${a[0]})[${a[2]}]`;
    case 'strpos':
      return `position(${a[0]}, ${a[1]})`;
    case 'rpad':
      return `substring(concat(${a[0]}, ${a[2]}, ${a[2]}), 1, ${a[1]})`;
    case 'lpad':
      return `substring(concat(${a[2]}, ${a[2]}, ${a[0]}), lengthUTF8(${a[0]}) + 1, ${a[1]})`;
    case 'mod':
      return `modulo(${a[0]}, ${a[1]})`;
    case 'substr':
      return `substringUTF8(${a.join(', ')})`;
    case 'length':
      return `lengthUTF8(${a[0]})`;
    case 'concat':
      return `concat(${a.join(', ')})`;
    case 'rtrim':
      return `replaceRegexpOne(${a[0]}, ${a.length === 1 ? "' +$'" : `'[${a[1].slice(1, -1)}]+$'`}, '')`;
    case 'trim':
      return `replaceRegexpAll(${a[0]}, '^ +| +$', '')`;
    case 'replace':
      return `replaceAll(${a.join(', ')})`;
    case 'lower':
      return `lowerUTF8(${a[0]})`;
  }
}

export const clickhouse: Dialect = {
  name: 'clickhouse',
  note: 'ClickHouse 18.16 or later: conditions are 0/1; sums of Decimal are exact, ratios are Float64.',
  quote: backtick,
  text: literal,
  withClause: false,
  cte: backtick,
  table: (path) => path.split('.').map(backtick).join('.'),
  exactType: 'Nullable(Decimal(38, 0))',
  doubleType: 'Nullable(Float64)',
  textType: 'Nullable(String)',
  bigintType: 'Nullable(Int64)',
  integerDivide: (dividend, divisor) => `intDiv(${dividend}, ${divisor})`,
  startsWith: (subject, prefix) => `(substring(${subject}, 1, length(${prefix})) = ${prefix})`,
  binaryText: (expr) => expr,
  matches: (text, pattern) => `match(${text}, ${literal(`^(?:${pattern})$`)})`,
  capture: (text, pattern, group) => (group === 1 ? `nullIf(extract(${text}, ${literal(pattern)}), '')` : `nullIf(extractAll(${text}, ${literal(pattern)})[${group}], '')`),
  keepOnly: (text, characters) => `replaceRegexpAll(${text}, ${literal(`[^${characters}]`)}, '')`,
  canonicalCell: () => undefined,
  nativeText: () => undefined,
  groupingSets: false,
  csvFile: () => undefined,
  parquetFile: () => undefined,
  bool: (value) => (value ? '1' : '0'),
  unknownBool: 'CAST(NULL AS Nullable(UInt8))',
  isTrue: (condition) => `(ifNull(${condition}, 0) = 1)`,
  flag: (condition) => condition,
  test: (value) => value,
  equalsOrFalse: (a, b) => `ifNull(${a} = ${b}, 0)`,
  groupBy: (keys) => keys.join(', '),
  call,
};
