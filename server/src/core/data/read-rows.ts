// Streams one CSV file into typed rows: decodes UTF-8, tokenizes records, matches the header to
// the declared columns, types every cell and hands accepted rows to the sink. Problems become
// issues (placed as diagnostics by the caller).

import { throwIfAborted } from './abort';
import { createCsvReader } from './csv';
import { fileIssue, type DataIssue } from './issues';
import type { Row } from './load';
import { cellSummary, createRecordTyper } from './record-rows';
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
  /**
   * True when the chunks are only the first part of the file (the rest is read elsewhere, see
   * read-part.ts): the summary of cell problems is then left to the caller, who joins the parts.
   */
  readonly firstPart?: boolean;
}

export interface ReadOutcome {
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly issues: readonly DataIssue[];
  /** False when reading stopped at a file problem (no header, a missing column, not UTF-8). */
  readonly complete: boolean;
  readonly bytesRead: number;
  /** Cells that did not fit their column, listed or not. */
  readonly cellProblems: number;
}

export async function readRows(input: ReadInput): Promise<ReadOutcome> {
  const { path, columns, sink } = input;
  const issues: DataIssue[] = [];
  let bytesRead = 0;
  const typer = createRecordTyper(path, columns, sink, issues);
  const outcome = (complete: boolean): ReadOutcome => ({
    rowsRead: typer.rowsRead(),
    rowsRejected: typer.rowsRejected(),
    issues,
    complete,
    bytesRead,
    cellProblems: typer.cellProblems(),
  });

  const csv = createCsvReader(typer.onRecord);
  const utf8 = createUtf8Stream();
  const notUtf8 = (offset: number): ReadOutcome => {
    issues.push(fileIssue(`Data file '${path}' is not UTF-8 text: the byte at offset ${offset} cannot be read; save the file as CSV UTF-8.`));
    return outcome(false);
  };

  throwIfAborted(input.signal);
  for await (const chunk of input.chunks) {
    throwIfAborted(input.signal);
    const step = utf8.push(chunk);
    if (step.kind === 'invalid') return notUtf8(step.offset);
    bytesRead += chunk.length;
    csv.feed(step.text);
    input.onChunk?.(bytesRead);
    if (typer.stage().kind === 'failed') return outcome(false);
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
      typer.rejectUnfinished();
      issues.push(
        fileIssue(`Data file '${path}' row ${end.recordLine}: a quoted cell opened on line ${end.line} is never closed; add the closing quote (").`),
      );
      break;
  }
  const stage = typer.stage();
  if (stage.kind === 'header') {
    const names = columns.map((c) => c.name).join(', ');
    issues.push(fileIssue(`Data file '${path}' is empty: it needs a header row naming the columns (${names}).`));
    return outcome(false);
  }
  if (stage.kind === 'failed') return outcome(false);
  const summary = input.firstPart ? undefined : cellSummary(path, typer.cellProblems(), typer.rowsRejected());
  if (summary) issues.push(summary);
  return outcome(true);
}
