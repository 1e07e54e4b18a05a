// `hewitt load`: a dataset's file moved into an engine's table without writing DDL. The rows are
// read and typed by the embedded reader (so rejected cells are found and reported as `eval`
// reports them, and left out); the table gets one column per declared column, typed for the
// dialect; rows go in with batched INSERT … VALUES, every value a literal of the dialect.

import type { ColumnType } from '../../core/data/cells';
import type { Cell, Row } from '../../core/data/load';
import type { Dialect } from '../../core/sql/dialect';
type ScanColumn = { readonly name: string; readonly type: ColumnType };
import type { EngineSession } from '../../core/sql/execute';

const BATCH = 1000;

/** The column type a declared type is stored as. Cells read back as text type exactly as before. */
export function storedType(d: Dialect, type: ColumnType): string {
  const nullable = (t: string): string => (d.name === 'clickhouse' ? `Nullable(${t})` : t);
  switch (type) {
    case 'money':
      return nullable('Decimal(38, 2)');
    case 'number':
    case 'percent':
      return d.doubleType;
    case 'bool':
      return d.name === 'clickhouse' ? 'Nullable(UInt8)' : 'BOOLEAN';
    default:
      return d.textType;
  }
}

/** A typed cell as a literal of the dialect. */
export function literalOf(d: Dialect, type: ColumnType, cell: Cell): string {
  if (cell === null) return 'NULL';
  switch (type) {
    case 'money': {
      const pence = BigInt(cell as bigint);
      const sign = pence < 0n ? '-' : '';
      const abs = pence < 0n ? -pence : pence;
      return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
    }
    case 'number':
    case 'percent':
      return String(cell);
    case 'bool':
      return d.name === 'clickhouse' ? (cell ? '1' : '0') : cell ? 'TRUE' : 'FALSE';
    default:
      return d.text(String(cell));
  }
}

/** The CREATE TABLE statement for a dataset's columns. */
export function createTableSql(d: Dialect, table: string, columns: readonly ScanColumn[]): string {
  const list = columns.map((c) => `${d.quote(c.name)} ${storedType(d, c.type)}`).join(', ');
  return `CREATE TABLE ${d.table(table)} (${list})${d.name === 'clickhouse' ? ' ENGINE = MergeTree() ORDER BY tuple()' : ''}`;
}

/** Inserts rows in batches; returns how many went in. */
export async function insertRows(session: EngineSession, table: string, columns: readonly ScanColumn[], rows: readonly Row[]): Promise<number> {
  const d = session.dialect;
  const names = columns.map((c) => d.quote(c.name)).join(', ');
  for (let start = 0; start < rows.length; start += BATCH) {
    const values = rows.slice(start, start + BATCH).map((row) => `(${columns.map((c, i) => literalOf(d, c.type, row[i] ?? null)).join(', ')})`);
    await session.query(`INSERT INTO ${d.table(table)} (${names}) VALUES ${values.join(', ')}`);
  }
  return rows.length;
}
