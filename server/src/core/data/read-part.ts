// Reading a large file in two parts at once. The first part (with the header) is read the ordinary
// way, straight into the evaluation (readRows with `firstPart`); the rest is read at the same time
// elsewhere (a worker thread, by the shell) with readPart, into columnar rows that are replayed in
// order afterwards, and joinParts adds the two up to what reading the file whole reports. Both
// parts type records with the same code (record-rows.ts). The shell offers a split only for files
// where it is safe (valid UTF-8, every line feed ending a record), so a rest that meets a file
// problem means the file changed while it was read.

import { throwIfAborted } from './abort';
import { columnarBuilder, type ColumnarData } from './columnar';
import { createCsvReader } from './csv';
import { fileIssue, MAX_CELL_DIAGNOSTICS, type DataIssue } from './issues';
import type { ReadOutcome } from './read-rows';
import { cellSummary, createRecordTyper, isBlankRecord, matchHeader, type Stage } from './record-rows';
import type { ColumnShape } from './shape';
import { createUtf8Stream } from './utf8';

/** Where the rest starts: after the header (`header` is the file's header row), on line `firstLine`. */
export interface PartStart {
  readonly kind: 'after-header';
  readonly header: readonly string[];
  readonly firstLine: number;
}

export interface PartInput {
  /** The resolved path, as shown in messages. */
  readonly path: string;
  readonly columns: readonly ColumnShape[];
  /** The rest's bytes, starting just after a line feed. */
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly start: PartStart;
  readonly signal?: AbortSignal;
  /** Called after each chunk with the part's bytes read so far. */
  readonly onChunk?: (bytesRead: number) => void;
}

export type PartOutcome =
  | {
      readonly kind: 'read';
      readonly rows: ColumnarData;
      readonly rowsRead: number;
      readonly rowsRejected: number;
      /** All cells that did not fit; only the first MAX_CELL_DIAGNOSTICS are in `issues`. */
      readonly cellProblems: number;
      readonly issues: readonly DataIssue[];
      readonly bytesRead: number;
    }
  /** The part met a file problem: read the file the ordinary way instead. */
  | { readonly kind: 'unsuitable' };

/** A file read in two parts at once: the first part is read here, the rest elsewhere (see DataHost.readSplit). */
export interface SplitRead {
  /** The first part's bytes (the start of the file, with its header, up to a line feed). */
  readonly first: AsyncIterable<Uint8Array>;
  /** The rest of the file, read at the same time; rejects with an AbortError when cancelled. */
  readonly rest: Promise<PartOutcome>;
  /** Stops reading the rest (when the first part shows the file cannot be read). */
  readonly stop: () => void;
}

export async function readPart(input: PartInput): Promise<PartOutcome> {
  const { path, columns, start } = input;
  const issues: DataIssue[] = [];
  const builder = columnarBuilder(columns.map((c) => c.type));
  const stage: Stage = matchHeader(start.header, path, columns, []);
  if (stage.kind !== 'rows') return { kind: 'unsuitable' };
  const typer = createRecordTyper(path, columns, builder.add, issues, stage);
  const csv = createCsvReader(typer.onRecord, { firstLine: start.firstLine, fileStart: false });
  const utf8 = createUtf8Stream();
  let bytesRead = 0;

  throwIfAborted(input.signal);
  for await (const chunk of input.chunks) {
    throwIfAborted(input.signal);
    const step = utf8.push(chunk);
    if (step.kind === 'invalid') return { kind: 'unsuitable' };
    bytesRead += chunk.length;
    csv.feed(step.text);
    input.onChunk?.(bytesRead);
    if (typer.stage().kind === 'failed') return { kind: 'unsuitable' };
  }
  throwIfAborted(input.signal);
  const last = utf8.end();
  if (last.kind === 'invalid') return { kind: 'unsuitable' };
  csv.feed(last.text);
  if (csv.end().kind !== 'complete' || typer.stage().kind !== 'rows') return { kind: 'unsuitable' };
  return {
    kind: 'read',
    rows: builder.finishData(),
    rowsRead: typer.rowsRead(),
    rowsRejected: typer.rowsRejected(),
    cellProblems: typer.cellProblems(),
    issues,
    bytesRead,
  };
}

/** What the two parts of a file add up to: the same counts and issues as reading it whole. */
export interface JoinedParts {
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly issues: readonly DataIssue[];
}

/**
 * Joins the first part, read the ordinary way (with `firstPart`), and the rest: the first cell
 * problems of the file in file order, then the summary. A rest that could not be read (the file
 * changed while it was read) is a file problem.
 */
export function joinParts(path: string, first: ReadOutcome, rest: PartOutcome): JoinedParts {
  if (rest.kind === 'unsuitable') {
    const changed = fileIssue(`Data file '${path}' changed while it was read; evaluate again.`);
    return { rowsRead: first.rowsRead, rowsRejected: first.rowsRejected, issues: [...first.issues, changed] };
  }
  const issues: DataIssue[] = [...first.issues];
  for (const issue of rest.issues) if (issues.length < MAX_CELL_DIAGNOSTICS) issues.push(issue);
  const rowsRead = first.rowsRead + rest.rowsRead;
  const rowsRejected = first.rowsRejected + rest.rowsRejected;
  const summary = cellSummary(path, first.cellProblems + rest.cellProblems, rowsRejected);
  if (summary) issues.push(summary);
  return { rowsRead, rowsRejected, issues };
}

/** The header row of a file's first text (fields and the line after it), found as a whole file read finds it. */
export function headerOf(text: string): { readonly fields: readonly string[]; readonly nextLine: number } | undefined {
  let found: { fields: readonly string[]; nextLine: number } | undefined;
  const csv = createCsvReader((record) => {
    if (!found && !isBlankRecord(record.fields)) found = { fields: record.fields, nextLine: record.line + 1 };
  });
  csv.feed(text);
  return found;
}
