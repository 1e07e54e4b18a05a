// Reads a Parquet file (.parquet) for the core's sheet loader (core/data/sheet.ts), with
// hyparquet. Each cell becomes the text a CSV export of it would hold, so the core types it as a
// CSV cell: decimals and numbers in their shortest form (`1234.5`), dates as `2024-03-31`,
// booleans as `true`/`false`, nulls as empty cells. Row 1 is the column names, as in a CSV file,
// so the first row of data is row 2. The file is read one row group at a time (only the metadata
// and the group being read are in memory); a group that cannot be read ends the rows with a
// failure naming the row it starts at.

import { stat } from 'node:fs/promises';
import type { SheetRead, SheetRow } from '../core/data/sheet';

// hyparquet is loaded when a Parquet file is read, so that other commands start faster.
type Hyparquet = typeof import('hyparquet');
type Metadata = Awaited<ReturnType<Hyparquet['parquetMetadataAsync']>>;
type AsyncBuffer = Parameters<Hyparquet['parquetMetadataAsync']>[0];

/** With `columns`, only the columns a header row would match to them are decoded; the others' cells are empty. */
export async function readParquet(absolute: string, columns?: readonly string[]): Promise<SheetRead> {
  try {
    await stat(absolute);
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error && 'code' in error ? String(error.code) : 'the file cannot be opened' };
  }
  // require() in the CommonJS bundles (their import() is not served when the command line runs from its code cache).
  const hyparquet = typeof require === 'function' ? (require('hyparquet') as Hyparquet) : await import('hyparquet');
  try {
    const file = await hyparquet.asyncBufferFromFile(absolute);
    const metadata = await hyparquet.parquetMetadataAsync(file);
    const names = hyparquet.parquetSchema(metadata).children.map((child) => child.element.name);
    const wanted = columns === undefined ? names.map((_, i) => i) : wantedColumns(names, columns);
    return { kind: 'rows', sheet: 'of the file', rows: rowsOf(hyparquet, file, metadata, names, wanted) };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? firstLine(error.message) : 'it is not a Parquet file' };
  }
}

/** The positions of the columns a header row would match to `columns` (trimmed, exactly or ignoring case). */
function wantedColumns(names: readonly string[], columns: readonly string[]): number[] {
  const exact = new Set(columns);
  const folded = new Set(columns.map((c) => c.toLowerCase()));
  return names.flatMap((name, i) => (exact.has(name.trim()) || folded.has(name.trim().toLowerCase()) ? [i] : []));
}

async function* rowsOf(hyparquet: Hyparquet, file: AsyncBuffer, metadata: Metadata, names: readonly string[], wanted: readonly number[]): AsyncGenerator<SheetRow> {
  yield { line: 1, fields: names };
  const read = wanted.map((i) => names[i] as string);
  const whole = wanted.length === names.length;
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    let rows: unknown[][];
    try {
      rows = await new Promise<unknown[][]>((done, fail) => {
        hyparquet.parquetRead({ file, metadata, columns: read, rowStart: start, rowEnd: end, rowFormat: 'array', onComplete: (data) => done(data as unknown[][]) }).catch(fail);
      });
    } catch (error) {
      yield { line: start + 2, fields: [], failure: error instanceof Error ? firstLine(error.message) : 'a row group cannot be read' };
      return;
    }
    for (let i = 0; i < rows.length; i++) {
      const values = rows[i] ?? [];
      if (whole) {
        yield { line: start + i + 2, fields: values.map(cellText) };
        continue;
      }
      const fields = new Array<string>(names.length).fill('');
      for (let k = 0; k < wanted.length; k++) fields[wanted[k] as number] = cellText(values[k]);
      yield { line: start + i + 2, fields };
    }
    start = end;
  }
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
