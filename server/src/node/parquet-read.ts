// Reads a Parquet file (.parquet) for the core's sheet loader (core/data/sheet.ts), with
// hyparquet. Each cell becomes the text a CSV export of it would hold, so the core types it as a
// CSV cell: decimals and numbers in their shortest form (`1234.5`), dates as `2024-03-31`,
// booleans as `true`/`false`, nulls as empty cells. Row 1 is the column names, as in a CSV file,
// so the first row of data is row 2. The file is read whole.

import { readFile } from 'node:fs/promises';
// hyparquet is loaded when a Parquet file is read, so that other commands start faster.
import type { SheetRead, SheetRow } from '../core/data/sheet';

export async function readParquet(absolute: string): Promise<SheetRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error && 'code' in error ? String(error.code) : 'the file cannot be opened' };
  }
  const { parquetMetadata, parquetRead, parquetSchema } = await import('hyparquet');
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const metadata = parquetMetadata(file);
    const names = parquetSchema(metadata).children.map((child) => child.element.name);
    const rows = await new Promise<unknown[][]>((done, fail) => {
      parquetRead({ file, metadata, rowFormat: 'array', onComplete: (data) => done(data as unknown[][]) }).catch(fail);
    });
    return { kind: 'rows', sheet: 'of the file', rows: rowsOf(names, rows) };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? firstLine(error.message) : 'it is not a Parquet file' };
  }
}

function* rowsOf(names: readonly string[], rows: readonly unknown[][]): Generator<SheetRow> {
  yield { line: 1, fields: names };
  for (let i = 0; i < rows.length; i++) yield { line: i + 2, fields: (rows[i] ?? []).map(cellText) };
}

/** A Parquet value as the text a CSV file would hold. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).replace(/[.\s]+$/, '');
}
