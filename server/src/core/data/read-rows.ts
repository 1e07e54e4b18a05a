// Streams one CSV file into typed rows: decodes UTF-8, tokenizes records, matches the header to
// the declared columns, types every cell and hands accepted rows to the sink. Problems become
// issues (placed as diagnostics by the caller).

import { throwIfAborted } from './abort';
import { cellTyper, isMisfit } from './typer';
import { createCsvReader, type CsvRecord } from './csv';
import { cellIssue, fileIssue, MAX_CELL_DIAGNOSTICS, showValue, type DataIssue } from './issues';
import type { Cell, Row } from './load';
import type { ColumnShape } from './shape';
import { createUtf8Stream } from './utf8';

export interface ReadInput {
  /** The resolved path, as shown in messages. */
  readonly path: string;
  readonly columns: readonly ColumnShape[];
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly sink: (row: Row) => void;
  readonly signal?: AbortSignal;
  /** Called after each chunk with the bytes read so far. */
  readonly onChunk?: (bytesRead: number) => void;
}

export interface ReadOutcome {
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly issues: readonly DataIssue[];
  /** False when reading stopped at a file problem (no header, a missing column, not UTF-8). */
  readonly complete: boolean;
  readonly bytesRead: number;
}

type Stage =
  | { readonly kind: 'header' }
  | { readonly kind: 'rows'; readonly positions: readonly number[]; readonly width: number }
  | { readonly kind: 'failed' };

export async function readRows(input: ReadInput): Promise<ReadOutcome> {
  const { path, columns, sink } = input;
  const issues: DataIssue[] = [];
  let rowsRead = 0;
  let rowsRejected = 0;
  let cellProblems = 0;
  let bytesRead = 0;
  let stage = { kind: 'header' } as Stage; // changed by the record callback

  const width = columns.length;
  const typers = columns.map((column) => cellTyper(column.type));

  const reportCell = (message: string, column: number): void => {
    cellProblems++;
    if (cellProblems <= MAX_CELL_DIAGNOSTICS) issues.push(cellIssue(message, column));
  };

  const onRecord = (record: CsvRecord): void => {
    const blank = record.fields.length === 1 && record.fields[0].trim() === '';
    switch (stage.kind) {
      case 'failed':
        return;
      case 'header':
        if (blank) return;
        stage = matchHeader(record.fields, path, columns, issues);
        return;
      case 'rows': {
        if (blank) return;
        rowsRead++;
        const fields = record.fields;
        const positions = stage.positions;
        const row: Cell[] = new Array(width);
        let rejected = false;
        for (let c = 0; c < width; c++) {
          const position = positions[c];
          if (position >= fields.length) {
            rejected = true;
            const has = fields.length === 1 ? '1 cell' : `${fields.length} cells`;
            reportCell(`${path} row ${record.line}, column ${columns[c].name}: the row has no cell for this column (it has ${has}; the header has ${stage.width})`, c);
            continue;
          }
          const raw = fields[position];
          const typed = typers[c](raw);
          if (!isMisfit(typed)) row[c] = typed;
          else {
            rejected = true;
            reportCell(`${path} row ${record.line}, column ${columns[c].name}: ${showValue(raw)} is not ${typed.expected}`, c);
          }
        }
        if (rejected) rowsRejected++;
        else sink(row);
        return;
      }
    }
  };

  const csv = createCsvReader(onRecord);
  const utf8 = createUtf8Stream();
  const notUtf8 = (offset: number): ReadOutcome => {
    issues.push(fileIssue(`Data file '${path}' is not UTF-8 text: the byte at offset ${offset} cannot be read; save the file as CSV UTF-8.`));
    return { rowsRead, rowsRejected, issues, complete: false, bytesRead };
  };

  throwIfAborted(input.signal);
  for await (const chunk of input.chunks) {
    throwIfAborted(input.signal);
    const step = utf8.push(chunk);
    if (step.kind === 'invalid') return notUtf8(step.offset);
    bytesRead += chunk.length;
    csv.feed(step.text);
    input.onChunk?.(bytesRead);
    if (stage.kind === 'failed') return { rowsRead, rowsRejected, issues, complete: false, bytesRead };
  }
  throwIfAborted(input.signal);
  const last = utf8.end();
  if (last.kind === 'invalid') return notUtf8(last.offset);
  csv.feed(last.text);
  const end = csv.end();
  switch (end.kind) {
    case 'complete':
      break;
    case 'unterminated-quote':
      if (stage.kind === 'rows') {
        rowsRead++;
        rowsRejected++;
      }
      issues.push(
        fileIssue(`Data file '${path}' row ${end.recordLine}: a quoted cell opened on line ${end.line} is never closed; add the closing quote (").`),
      );
      break;
  }
  if (stage.kind === 'header') {
    const names = columns.map((c) => c.name).join(', ');
    issues.push(fileIssue(`Data file '${path}' is empty: it needs a header row naming the columns (${names}).`));
    return { rowsRead, rowsRejected, issues, complete: false, bytesRead };
  }
  if (stage.kind === 'failed') return { rowsRead, rowsRejected, issues, complete: false, bytesRead };
  if (cellProblems > MAX_CELL_DIAGNOSTICS) {
    const rows = rowsRejected === 1 ? '1 row' : `${rowsRejected} rows`;
    issues.push({
      code: 'data-cell',
      severity: 'warning',
      message: `Data file '${path}': ${cellProblems} cells in ${rows} do not fit their column types; only the first ${MAX_CELL_DIAGNOSTICS} are listed.`,
      anchor: { kind: 'source' },
    });
  }
  return { rowsRead, rowsRejected, issues, complete: true, bytesRead };
}

/** Finds each declared column in the header: by exact name first, else ignoring case. */
function matchHeader(fields: readonly string[], path: string, columns: readonly ColumnShape[], issues: DataIssue[]): Stage {
  const names = fields.map((f) => f.trim());
  const positions: number[] = [];
  let missing = false;
  columns.forEach((column, index) => {
    let position = names.indexOf(column.name);
    if (position < 0) {
      const lower = column.name.toLowerCase();
      position = names.findIndex((n) => n.toLowerCase() === lower);
    }
    if (position < 0) {
      missing = true;
      issues.push(fileIssue(`Data file '${path}' has no column '${column.name}' in its header row; the header has ${listNames(names)}.`, { kind: 'column', index }));
    }
    positions.push(position);
  });
  return missing ? { kind: 'failed' } : { kind: 'rows', positions, width: names.length };
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 12).map((n) => showValue(n));
  return names.length > 12 ? `${shown.join(', ')} and ${names.length - 12} more` : shown.join(', ');
}
