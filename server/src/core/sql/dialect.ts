// A dialect: the small set of answers the SQL compiler needs from an engine. Every answer is
// required, so a new dialect that forgets one fails to compile rather than rendering wrong SQL.
// The traps each answer handles are listed in docs/engines.md and tested per dialect.

export type DialectName = 'duckdb' | 'postgres';

export const DIALECT_NAMES: readonly DialectName[] = ['duckdb', 'postgres'];

export interface Dialect {
  readonly name: DialectName;
  /** A line for the header comment of rendered SQL about how this engine differs, if any. */
  readonly note: string | undefined;
  /** An identifier, always quoted, quotes inside doubled. */
  quote(name: string): string;
  /** A string literal, always escaped. */
  text(value: string): string;
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
  /** A CSV file read with a header row, every column as text; undefined when the engine cannot read files. */
  csvFile(path: string): string | undefined;
}

/** Double quotes around an identifier, inner ones doubled (ANSI). */
export function ansiQuote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Single quotes around a string, inner ones doubled (ANSI; backslashes are plain characters). */
export function ansiText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
