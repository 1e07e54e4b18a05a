// How the core reads data files: through a host the shell provides (Node's fs in the CLI and the
// language server, memory in tests). Paths are resolved with `resolveRelative` from the rule file
// that names them in `source:`.

import type { SplitRead } from './read-part';
import type { ColumnShape } from './shape';

export type { SplitRead } from './read-part';
import type { SheetRead } from './sheet';

/** A request to read a file in two parts at once (see DataHost.readSplit). */
export interface SplitRequest {
  /** The resolved path, as for `read`; also shown in messages. */
  readonly path: string;
  readonly columns: readonly ColumnShape[];
  readonly signal?: AbortSignal;
}

export interface DataFileStat {
  readonly size: number;
  /** Modification time in milliseconds; with the size it keys the data cache. */
  readonly mtimeMs: number;
}

export interface DataHost {
  /** Size and modification time, or undefined when the file does not exist or cannot be read. */
  stat(path: string): Promise<DataFileStat | undefined>;
  /** The file's bytes in chunks, or undefined when it cannot be opened. */
  read(path: string, signal?: AbortSignal): AsyncIterable<Uint8Array> | undefined;
  /**
   * Optional: starts reading the rest of a large file elsewhere (another thread) and gives the
   * bytes of its first part to read here at the same time; undefined when the file is not
   * suitable (then it is read with `read`). Offered only for files that are valid UTF-8, so the
   * two parts together report exactly what reading the file whole reports.
   */
  readSplit?(request: SplitRequest): Promise<SplitRead | undefined>;
  /** Optional: the rows of one sheet of a workbook (.xlsx) as cell texts (see sheet.ts). */
  readSheet?(path: string, sheet: string | undefined, signal?: AbortSignal): Promise<SheetRead>;
  /**
   * Optional: the rows of a Parquet file (.parquet) as cell texts, every column name first. With
   * `columns`, only the columns of those names (as a header row matches them: trimmed, then
   * ignoring case) need be read; the others' cells may be left empty, since a Parquet file stores
   * each column apart and reading it is the cost.
   */
  readParquet?(path: string, signal?: AbortSignal, columns?: readonly string[]): Promise<SheetRead>;
}
