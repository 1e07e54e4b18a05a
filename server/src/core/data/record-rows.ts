// Turns CSV records into typed rows: matches the header to the declared columns, types every cell
// and hands accepted rows to a sink, counting rejected rows and cell problems. Shared by reading a
// whole file (read-rows.ts) and reading one part of a file (read-part.ts), so both type alike.

import { cellIssue, fileIssue, MAX_CELL_DIAGNOSTICS, showValue, type DataIssue } from './issues';
import type { CsvRecord } from './csv';
import type { Cell, Row } from './load';
import type { ColumnShape } from './shape';
import { cellTyper, isMisfit } from './typer';

export type Stage =
  | { readonly kind: 'header' }
  | { readonly kind: 'rows'; readonly positions: readonly number[]; readonly width: number }
  | { readonly kind: 'failed' };

export interface RecordTyper {
  /** Takes the next record of the file. */
  readonly onRecord: (record: CsvRecord) => void;
  readonly stage: () => Stage;
  readonly rowsRead: () => number;
  readonly rowsRejected: () => number;
  /** Cells that did not fit, listed or not (only the first MAX_CELL_DIAGNOSTICS are issues). */
  readonly cellProblems: () => number;
  /** Counts a row that never ended (an unclosed quote at the end of the file) as read and rejected. */
  readonly rejectUnfinished: () => void;
}

/** A record of one empty (or spaces-only) field: a blank line, skipped everywhere. */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.length === 1 && fields[0].trim() === '';
}

/**
 * Types the records of a file (or of a part of it) into rows for `sink`; problems are pushed onto
 * `issues`. Starts at the header unless `start` already says where the columns are.
 */
export function createRecordTyper(
  path: string,
  columns: readonly ColumnShape[],
  sink: (row: Row) => void,
  issues: DataIssue[],
  start: Stage = { kind: 'header' },
): RecordTyper {
  let stage = start;
  let rowsRead = 0;
  let rowsRejected = 0;
  let cellProblems = 0;
  const width = columns.length;
  const typers = columns.map((column) => cellTyper(column.type));

  const reportCell = (message: string, column: number): void => {
    cellProblems++;
    if (cellProblems <= MAX_CELL_DIAGNOSTICS) issues.push(cellIssue(message, column));
  };

  const onRecord = (record: CsvRecord): void => {
    const blank = isBlankRecord(record.fields);
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

  return {
    onRecord,
    stage: () => stage,
    rowsRead: () => rowsRead,
    rowsRejected: () => rowsRejected,
    cellProblems: () => cellProblems,
    rejectUnfinished: () => {
      if (stage.kind !== 'rows') return;
      rowsRead++;
      rowsRejected++;
    },
  };
}

/** The summary after the listed cell problems, when there were more than are listed; else undefined. */
export function cellSummary(path: string, cellProblems: number, rowsRejected: number): DataIssue | undefined {
  if (cellProblems <= MAX_CELL_DIAGNOSTICS) return undefined;
  const rows = rowsRejected === 1 ? '1 row' : `${rowsRejected} rows`;
  return {
    code: 'data-cell',
    severity: 'warning',
    message: `Data file '${path}': ${cellProblems} cells in ${rows} do not fit their column types; only the first ${MAX_CELL_DIAGNOSTICS} are listed.`,
    anchor: { kind: 'source' },
  };
}

/** Finds each declared column in the header: by exact name first, else ignoring case. */
export function matchHeader(fields: readonly string[], path: string, columns: readonly ColumnShape[], issues: DataIssue[]): Stage {
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
