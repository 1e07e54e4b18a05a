// The contract between loading a dataset and evaluating it. Rows are typed by the dataset's
// `columns` and handed to a sink as they are read, so that evaluation folds them into per-group
// accumulators and memory grows with the number of groups, not with the number of rows.

import type { Diagnostic } from '../diagnostics';
import type { DatasetResult } from '../eval/result';

/**
 * A typed cell: text, date (ISO `YYYY-MM-DD`) and fiscal year (canonical `2023/24`) as strings;
 * number and percent as numbers (percent in percent units); money as bigint pence; bool as
 * boolean; an empty cell as null.
 */
export type Cell = string | number | bigint | boolean | null;

/** One accepted row: cells in the order of the dataset's declared `columns`. */
export type Row = readonly Cell[];

export type RowSink = (row: Row) => void;

export interface LoadProgress {
  readonly dataset: string;
  readonly bytesRead: number;
  readonly totalBytes?: number;
}

export interface LoadOutcome {
  /** Always present, even when the file could not be read (then both counts are 0). */
  readonly result: DatasetResult;
  /** `data-file` and `data-cell` diagnostics, placed in the rule file that declares the dataset. */
  readonly diagnostics: readonly Diagnostic[];
  /** The rule file the diagnostics belong to. */
  readonly path: string;
}
