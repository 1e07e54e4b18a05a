// Loads one dataset's CSV file: reads it through the data host, types each cell by the declared
// columns and hands accepted rows to a sink as they are read. With a cache, an unchanged file is
// replayed from memory instead of being read again.

import { resolveRelative } from '../host';
import type { SemanticSymbol } from '../semantics/model';
import { throwIfAborted } from './abort';
import type { DataCache } from './cache';
import { columnarBuilder, columnarRows, type ColumnarBuilder } from './columnar';
import type { DataHost } from './data-host';
import { fileIssue, placeIssues, type DataIssue } from './issues';
import type { LoadOutcome, LoadProgress, Row, RowSink } from './load';
import { joinParts, type SplitRead } from './read-part';
import { readRows, type ReadOutcome } from './read-rows';
import { columnsKey, datasetShape, type DatasetShape } from './shape';

export type { DataCache } from './cache';

export interface LoadOptions {
  readonly signal?: AbortSignal;
  /** Keeps typed rows between loads (see createDataCache). */
  readonly cache?: DataCache;
  /** Called after each chunk read (and once when rows are replayed from the cache). */
  readonly onProgress?: (progress: LoadProgress) => void;
}

/**
 * Reads the file named by the dataset's `source:` (relative to `ruleFile`, the file that declares
 * the dataset), passing every accepted row to `sink` with cells in the order of the declared
 * columns. Never throws for a bad file: problems are diagnostics in `ruleFile`. Rejects with an
 * error named 'AbortError' when `signal` fires.
 */
export async function loadDataset(
  dataset: SemanticSymbol,
  ruleFile: string,
  host: DataHost,
  sink: RowSink,
  options: LoadOptions = {},
): Promise<LoadOutcome> {
  const { signal, cache, onProgress } = options;
  throwIfAborted(signal);
  const shape = datasetShape(dataset);
  const done = (rowsRead: number, rowsRejected: number, issues: readonly DataIssue[]): LoadOutcome => ({
    result: { path: shape.source ?? (shape.table === undefined ? '' : `table ${shape.table}`), rowsRead, rowsRejected },
    diagnostics: placeIssues(issues, shape, ruleFile),
    path: ruleFile,
  });
  // A table of an SQL engine is read only on that engine (hewitt eval --engine NAME).
  if (shape.source === undefined && shape.table !== undefined) return done(0, 0, [tableIssue(shape)]);
  // Without a `source:` there is nothing to read; the checker already reports the missing property.
  if (shape.source === undefined) return done(0, 0, []);

  const path = resolveRelative(ruleFile, shape.source);
  const stat = await host.stat(path);
  throwIfAborted(signal);
  if (!stat) return done(0, 0, [missingFile(path, shape)]);

  const columns = columnsKey(shape.columns);
  const cached = cache?.lookup(path, columns, stat);
  if (cached) {
    cached.rows.replay(sink, () => throwIfAborted(signal));
    onProgress?.({ dataset: shape.name, bytesRead: stat.size, totalBytes: stat.size });
    return done(cached.rowsRead, cached.rowsRejected, cached.issues);
  }
  // Reading in parts (without a cache only: the cache records rows as they are read).
  if (!cache && host.readSplit) {
    const split = await host.readSplit({ path, columns: shape.columns, ...(signal ? { signal } : {}) });
    if (split) return done(...(await readSplitFile(split, path, shape, sink, stat.size, options)));
  }
  const chunks = host.read(path, signal);
  if (!chunks) return done(0, 0, [missingFile(path, shape)]);

  let recorder: ColumnarBuilder | undefined = cache?.accepts(stat.size) ? columnarBuilder(shape.columns.map((c) => c.type)) : undefined;
  const forward = recorder
    ? (row: Row): void => {
        recorder?.add(row);
        sink(row);
      }
    : sink;
  const outcome = await readRows({
    path,
    columns: shape.columns,
    chunks,
    sink: forward,
    signal,
    onChunk: (bytesRead) => {
      // A file that grew past the budget since it was measured is not kept.
      if (recorder && cache && !cache.accepts(bytesRead)) recorder = undefined;
      onProgress?.({ dataset: shape.name, bytesRead, totalBytes: stat.size });
    },
  });
  if (cache && recorder && outcome.complete) {
    const rows = recorder.finish();
    cache.store(path, columns, { stat, rows, rowsRead: outcome.rowsRead, rowsRejected: outcome.rowsRejected, issues: outcome.issues });
  }
  return done(outcome.rowsRead, outcome.rowsRejected, outcome.issues);
}

/** Reads the first part into the sink while the rest is read elsewhere, then replays the rest. */
async function readSplitFile(
  split: SplitRead,
  path: string,
  shape: DatasetShape,
  sink: RowSink,
  totalBytes: number,
  options: LoadOptions,
): Promise<[number, number, readonly DataIssue[]]> {
  const { signal, onProgress } = options;
  let first: ReadOutcome;
  try {
    first = await readRows({
      path,
      columns: shape.columns,
      chunks: split.first,
      sink,
      firstPart: true,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onChunk: (bytesRead: number) => onProgress({ dataset: shape.name, bytesRead, totalBytes }) } : {}),
    });
  } catch (error) {
    split.stop();
    throw error;
  }
  if (!first.complete) {
    split.stop();
    return [first.rowsRead, first.rowsRejected, first.issues];
  }
  const rest = await split.rest;
  throwIfAborted(signal);
  if (rest.kind === 'read') columnarRows(rest.rows).replay(sink, () => throwIfAborted(signal));
  onProgress?.({ dataset: shape.name, bytesRead: totalBytes, totalBytes });
  const joined = joinParts(path, first, rest);
  return [joined.rowsRead, joined.rowsRejected, joined.issues];
}

function tableIssue(shape: DatasetShape): DataIssue {
  return {
    code: 'data-file',
    severity: 'warning',
    message: `Dataset ${shape.name} is read from table '${shape.table}' of an SQL engine, which this evaluation does not reach, so it has no rows here; evaluate it there with hewitt eval FILE --engine NAME (see docs/engines.md).`,
    anchor: { kind: 'source' },
  };
}

function missingFile(path: string, shape: DatasetShape): DataIssue {
  return fileIssue(
    `Data file '${path}' of dataset ${shape.name} cannot be found or read; check the source: path, which is relative to this rule file.`,
  );
}
