// A cache of loaded datasets, so that evaluating again after an edit to a rule file replays the
// typed rows to the evaluator without reading and typing the CSV again.
//
// Trade-off: a cached file holds all its accepted rows in memory (compactly, column by column),
// while an uncached load holds only what the evaluator folds rows into (its groups). The budget
// bounds the memory the cache may spend: it counts the source files' sizes, files larger than the
// whole budget are never cached (they stream every time), and the least recently used files
// make room for new ones. An entry is valid while the file's size and modification time are
// unchanged and the dataset declares the same columns with the same types.

import type { DataFileStat } from './data-host';
import type { ColumnarRows } from './columnar';
import type { DataIssue } from './issues';

/** What a cache keeps of one load. */
export interface CachedLoad {
  readonly stat: DataFileStat;
  readonly rows: ColumnarRows;
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly issues: readonly DataIssue[];
}

export interface DataCache {
  /** The budget, in bytes of source files. */
  readonly maxBytes: number;
  /** The cached load of a file with the given columns, when its stat is unchanged. */
  lookup(path: string, columns: string, stat: DataFileStat): CachedLoad | undefined;
  /** Whether a file of this size may be cached at all. */
  accepts(size: number): boolean;
  store(path: string, columns: string, load: CachedLoad): void;
  /** Number of loads held. */
  readonly entries: number;
  /** Bytes of source files held. */
  readonly bytes: number;
  clear(): void;
}

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export function createDataCache(options: { maxBytes?: number } = {}): DataCache {
  const maxBytes = Math.max(0, options.maxBytes ?? DEFAULT_CACHE_BYTES);
  const loads = new Map<string, CachedLoad>(); // oldest use first
  let bytes = 0;
  const keyOf = (path: string, columns: string): string => `${path}\u0000${columns}`;
  const remove = (key: string): void => {
    const old = loads.get(key);
    if (old) {
      bytes -= old.stat.size;
      loads.delete(key);
    }
  };
  return {
    maxBytes,
    lookup(path, columns, stat) {
      const key = keyOf(path, columns);
      const load = loads.get(key);
      if (!load) return undefined;
      if (load.stat.size !== stat.size || load.stat.mtimeMs !== stat.mtimeMs) {
        remove(key);
        return undefined;
      }
      loads.delete(key);
      loads.set(key, load);
      return load;
    },
    accepts(size) {
      return size <= maxBytes;
    },
    store(path, columns, load) {
      if (load.stat.size > maxBytes) return;
      const key = keyOf(path, columns);
      remove(key);
      while (bytes + load.stat.size > maxBytes && loads.size > 0) {
        const oldest = loads.keys().next().value as string;
        remove(oldest);
      }
      loads.set(key, load);
      bytes += load.stat.size;
    },
    get entries() {
      return loads.size;
    },
    get bytes() {
      return bytes;
    },
    clear() {
      loads.clear();
      bytes = 0;
    },
  };
}
