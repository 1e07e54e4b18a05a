// Helpers for the data-loading tests: a dataset symbol from rule text, and data hosts in memory.

import type { DataHost } from '../../server/src/core/data/data-host';
import { loadDataset, type LoadOptions } from '../../server/src/core/data/load-dataset';
import type { LoadOutcome, Row } from '../../server/src/core/data/load';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics';
import type { SemanticSymbol } from '../../server/src/core/semantics/model';

export const RULE_FILE = '/rules/data.hewitt';

/** The first dataset declared in `text`, analysed as `/rules/data.hewitt`. */
export function datasetFrom(text: string, path = RULE_FILE): SemanticSymbol {
  const model = analyzeWorkspace([path], memoryHost({ [path]: text }));
  const symbol = model.files.get(path)?.declared.find((s) => s.kind === 'dataset');
  if (!symbol) throw new Error('no dataset in the rule text');
  return symbol;
}

/** A dataset `d` reading `data/d.csv` with the given `name: type` columns. */
export function datasetWith(columns: string): SemanticSymbol {
  const lines = columns
    .split(',')
    .map((c) => `    ${c.trim()}`)
    .join('\n');
  return datasetFrom(`dataset d {\n  source: "data/d.csv"\n  columns {\n${lines}\n  }\n}\n`);
}

export interface MemoryDataHost extends DataHost {
  /** How many times `read` was called, by path. */
  readonly reads: Map<string, number>;
  set(path: string, content: string | Uint8Array, mtimeMs?: number): void;
}

/** Files in memory, read in chunks of `chunkSize` bytes. */
export function memoryDataHost(files: Record<string, string | Uint8Array>, chunkSize = 7): MemoryDataHost {
  const store = new Map<string, { bytes: Uint8Array; mtimeMs: number }>();
  const reads = new Map<string, number>();
  const set = (path: string, content: string | Uint8Array, mtimeMs = 1): void => {
    store.set(path, { bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content, mtimeMs });
  };
  for (const [path, content] of Object.entries(files)) set(path, content);
  return {
    reads,
    set,
    async stat(path) {
      const file = store.get(path);
      return file ? { size: file.bytes.length, mtimeMs: file.mtimeMs } : undefined;
    },
    read(path) {
      const file = store.get(path);
      if (!file) return undefined;
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return (async function* () {
        for (let i = 0; i < file.bytes.length; i += chunkSize) yield file.bytes.subarray(i, i + chunkSize);
      })();
    },
  };
}

export const DATA_FILE = '/rules/data/d.csv';

/** Loads `csv` as `/rules/data/d.csv` for a dataset with the given columns; returns the rows too. */
export async function loadCsv(
  columns: string,
  csv: string | Uint8Array,
  options: LoadOptions = {},
): Promise<{ rows: Row[]; outcome: LoadOutcome }> {
  const rows: Row[] = [];
  const outcome = await loadDataset(datasetWith(columns), RULE_FILE, memoryDataHost({ [DATA_FILE]: csv }), (r) => rows.push(r), options);
  return { rows, outcome };
}
