// A dialect: the small set of answers the SQL compiler needs from an engine. Every answer is
// required, so a new dialect that forgets one fails to compile rather than rendering wrong SQL.
// The traps each answer handles are listed in docs/engines.md and tested per dialect.

/** A source column with a type of its own in the engine (a Parquet or table column). */
export interface NativeColumn {
  readonly column: string;
  /** The engine's name of its type, as the engine describes it (`DECIMAL(18,2)`, `BIGINT`, `DATE`). */
  readonly type: string;
}

export type DialectName = 'duckdb' | 'postgres' | 'clickhouse' | 'spark' | 'tsql';

export const DIALECT_NAMES: readonly DialectName[] = ['duckdb', 'postgres', 'clickhouse', 'spark', 'tsql'];

/** Scalar functions the scan uses, each with PostgreSQL's meaning; `concat` is `||`. */
export type PortableFunction = 'split_part' | 'strpos' | 'rpad' | 'lpad' | 'mod' | 'substr' | 'length' | 'concat' | 'rtrim' | 'trim' | 'lower' | 'replace';

export interface Dialect {
  readonly name: DialectName;
  /** A line for the header comment of rendered SQL about how this engine differs, if any. */
  readonly note: string | undefined;
  /** An identifier, always quoted, quotes inside doubled. */
  quote(name: string): string;
  /** A string literal, always escaped. */
  text(value: string): string;
  /** Whether `WITH name AS (SELECT …)` is understood; if not, the steps are nested subqueries and nothing is materialised. */
  readonly withClause: boolean;
  /** Whether GROUP BY GROUPING SETS and GROUPING(expr) are understood: then one scan answers everything (one-scan.ts). */
  readonly groupingSets: boolean;
  /** The name of one of the compiler's common table expressions (plain lower-case words). */
  cte(name: string): string;
  /** `schema.table` (dot-separated as written in `table:`), each part quoted. */
  table(path: string): string;
  /** Types: exact integers wide enough for pence × weight sums, floating point, text. */
  readonly exactType: string;
  readonly doubleType: string;
  readonly textType: string;
  readonly bigintType: string;
  /** Integer division truncating toward zero, of non-negative integers. */
  integerDivide(dividend: string, divisor: string): string;
  /** Whether `subject` begins with `prefix` (no LIKE wildcards involved). */
  startsWith(subject: string, prefix: string): string;
  /** Text compared by code point, whatever the database's collation. */
  binaryText(expr: string): string;
  /** Whether `text` matches the regular expression `pattern` (a literal, RE2 and POSIX ARE alike). */
  matches(text: string, pattern: string): string;
  /** The `group`th capture group (1-based) of `pattern` in `text`, or NULL. */
  capture(text: string, pattern: string, group: number): string;
  /** Every character of `text` that is not in `characters` (a bracket-expression body) removed. */
  keepOnly(text: string, characters: string): string;
  /** A boolean literal, and the unknown truth value, as conditions. */
  bool(value: boolean): string;
  readonly unknownBool: string;
  /** A condition that holds (unknown does not), fit for WHERE and WHEN. */
  isTrue(condition: string): string;
  /** A condition kept as a value (a column, a CASE result); a kept value tested as a condition. */
  flag(condition: string): string;
  test(value: string): string;
  /** Whether `a` equals `b`, false rather than unknown when either is NULL. */
  equalsOrFalse(a: string, b: string): string;
  /** The GROUP BY list for a select list whose leading expressions (aliases left off) are the keys. */
  groupBy(keys: readonly string[]): string;
  /** A scalar function of the portable set, with PostgreSQL's meaning. */
  call(fn: PortableFunction, args: readonly string[]): string;
  /**
   * A cheap reading of an untrimmed text cell `raw` written in the canonical form of `type` (money
   * as `-1234.50` or `1234`, fiscal years as `2023/24`, ISO dates, whole numbers, lower-case yes/no
   * words): an expression giving the typed value, NULL for any other cell, which then goes through
   * the exact rules of scan.ts. Every cell it reads must be one the exact rules read the same way.
   * Undefined when the engine has no such reading (every cell takes the exact rules). `native` is
   * the source column and its engine type, when known and not text: a reading may then use the
   * value itself (a DECIMAL amount, a BOOLEAN flag) where that is what the text would be read as.
   */
  canonicalCell(type: 'number' | 'percent' | 'money' | 'fiscal_year' | 'date' | 'bool', raw: string, native?: NativeColumn): string | undefined;
  /**
   * The text a file reader makes of a value of a column with its own type, where the engine's
   * cast to text writes it differently (a Parquet reader writes decimals in their shortest form:
   * `1.25`, not `1.250`); undefined where the cast to text is that text.
   */
  nativeText(native: NativeColumn): string | undefined;
  /** A CSV file read with a header row, every column as text; undefined when the engine cannot read files. */
  csvFile(path: string): string | undefined;
  /** A Parquet file read with every column as text; undefined when the engine cannot read files. */
  parquetFile(path: string): string | undefined;
}

/** Double quotes around an identifier, inner ones doubled (ANSI). */
export function ansiQuote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Single quotes around a string, inner ones doubled (ANSI; backslashes are plain characters). */
export function ansiText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Answers for dialects with a boolean type, quoted names of common table expressions, `IS TRUE`, GROUP BY ordinals and PostgreSQL's functions. */
export const BOOLEAN_SQL: Pick<Dialect, 'withClause' | 'cte' | 'bool' | 'unknownBool' | 'isTrue' | 'flag' | 'test' | 'equalsOrFalse' | 'groupBy' | 'call'> = {
  withClause: true,
  cte: ansiQuote,
  bool: (value) => (value ? 'TRUE' : 'FALSE'),
  unknownBool: 'CAST(NULL AS BOOLEAN)',
  isTrue: (condition) => `(${condition}) IS TRUE`,
  flag: (condition) => condition,
  test: (value) => value,
  equalsOrFalse: (a, b) => `COALESCE(${a} = ${b}, FALSE)`,
  groupBy: (keys) => keys.map((_, i) => i + 1).join(', '),
  call: portableCall,
};

/** A portable function written as PostgreSQL names it. */
export function portableCall(fn: PortableFunction, args: readonly string[]): string {
  return fn === 'concat' ? args.join(' || ') : `${fn}(${args.join(', ')})`;
}
