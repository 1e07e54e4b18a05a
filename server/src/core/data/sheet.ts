// Workbook sources (`source: "data/ledger.xlsx"`, `sheet: "Ledger"`): the host reads one sheet as
// rows of cell texts, which are then typed and reported exactly as CSV records are (the same
// header matching, the same typer, the same messages, with the sheet's row numbers). Formulas
// are never evaluated: the host hands over a formula cell as its formula text.

import { property } from '../eval/bindings';
import type { SemanticSymbol } from '../semantics/model';
import { throwIfAborted } from './abort';
import type { DataCache } from './cache';
import { columnarBuilder } from './columnar';
import type { DataFileStat, DataHost } from './data-host';
import { fileIssue, type DataIssue } from './issues';
import type { Row, RowSink } from './load';
import { cellSummary, createRecordTyper } from './record-rows';
import { columnsKey, type DatasetShape } from './shape';

/** One row of a sheet: its row number in the sheet and each cell as text ("" when empty). */
export interface SheetRow {
  readonly line: number;
  readonly fields: readonly string[];
  /** Set on a last row when a file read piece by piece cannot be read on from `line`. */
  readonly failure?: string;
}

export type SheetRead =
  | { readonly kind: 'rows'; readonly sheet: string; readonly rows: AsyncIterable<SheetRow> | Iterable<SheetRow> }
  | { readonly kind: 'no-sheet'; readonly sheets: readonly string[] }
  | { readonly kind: 'unreadable'; readonly reason: string };

/** Whether a source path names a workbook or a Parquet file, which the sheet reader handles. */
export function isSheetSource(path: string): boolean {
  return /\.(xlsx|parquet)$/i.test(path);
}

/** Whether a source path names a Parquet file. */
export function isParquetSource(path: string): boolean {
  return /\.parquet$/i.test(path);
}

export interface SheetLoad {
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly issues: readonly DataIssue[];
}

/** Reads the dataset's sheet into the sink (and the cache, when it takes the file). */
export async function loadSheet(
  dataset: SemanticSymbol,
  shape: DatasetShape,
  path: string,
  stat: DataFileStat,
  host: DataHost,
  sink: RowSink,
  options: { readonly signal?: AbortSignal; readonly cache?: DataCache },
): Promise<SheetLoad> {
  const { signal, cache } = options;
  const members = dataset.declaration.kind === 'Dataset' ? dataset.declaration.members : [];
  const named = property(members, 'sheet');
  const sheet = named?.kind === 'Text' ? named.value : undefined;
  const parquet = isParquetSource(path);
  const read = parquet ? await host.readParquet?.(path, signal, shape.columns.map((c) => c.name)) : await host.readSheet?.(path, sheet, signal);
  if (read === undefined) {
    return failed(parquet ? `Data file '${path}' is a Parquet file, which cannot be read here; export it as CSV UTF-8.` : `Data file '${path}' is a workbook, which cannot be read here; save the sheet as CSV UTF-8.`);
  }
  throwIfAborted(signal);
  switch (read.kind) {
    case 'unreadable':
      return failed(`Data file '${path}' cannot be read as ${parquet ? 'a Parquet file (.parquet)' : 'an Excel workbook (.xlsx)'}: ${read.reason}.`);
    case 'no-sheet':
      return failed(
        read.sheets.length === 0
          ? `Data file '${path}' has no worksheet.`
          : `Data file '${path}' has no sheet named '${sheet ?? ''}'; its sheets are: ${read.sheets.map((s) => `'${s}'`).join(', ')}.`,
      );
    case 'rows':
      break;
  }
  const issues: DataIssue[] = [];
  const recorder = cache?.accepts(stat.size) ? columnarBuilder(shape.columns.map((c) => c.type)) : undefined;
  const forward = recorder
    ? (row: Row): void => {
        recorder.add(row);
        sink(row);
      }
    : sink;
  const typer = createRecordTyper(path, shape.columns, forward, issues);
  let count = 0;
  let broken = false;
  for await (const row of read.rows) {
    if (row.failure !== undefined) {
      issues.push(fileIssue(`Data file '${path}' cannot be read on from row ${row.line}: ${row.failure}.`));
      broken = true;
      break;
    }
    if (++count % 1024 === 0) throwIfAborted(signal);
    typer.onRecord({ fields: [...row.fields], line: row.line });
    if (typer.stage().kind === 'failed') break;
  }
  throwIfAborted(signal);
  const stage = typer.stage();
  if (stage.kind === 'header') {
    issues.push(fileIssue(`Data file '${path}'${parquet ? '' : `, sheet ${read.sheet},`} is empty: it needs a header row naming the columns (${shape.columns.map((c) => c.name).join(', ')}).`));
  }
  const complete = stage.kind === 'rows' && !broken;
  const summary = complete ? cellSummary(path, typer.cellProblems(), typer.rowsRejected()) : undefined;
  if (summary) issues.push(summary);
  const outcome = { rowsRead: typer.rowsRead(), rowsRejected: typer.rowsRejected(), issues };
  if (cache && recorder && complete) cache.store(path, columnsKey(shape.columns), { stat, rows: recorder.finish(), ...outcome });
  return outcome;
}

function failed(message: string): SheetLoad {
  return { rowsRead: 0, rowsRejected: 0, issues: [fileIssue(message)] };
}
