// Evaluating inline rule files against hand-written rows, through a loader that feeds the rows
// of each dataset (by name) to the evaluator's sink.

import { expect } from 'vitest';
import type { DataHost } from '../../server/src/core/data/data-host';
import type { LoadOutcome, Row } from '../../server/src/core/data/load';
import { runEvaluation, type DatasetLoader } from '../../server/src/core/eval/run';
import type { EvalResult } from '../../server/src/core/eval/result';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics';
import type { SemanticModel } from '../../server/src/core/semantics/model';

export const NO_DATA_HOST: DataHost = { stat: async () => undefined, read: () => undefined };

export function modelOf(files: Record<string, string>, paths: readonly string[] = ['/main.hewitt']): SemanticModel {
  const model = analyzeWorkspace(paths, memoryHost(files));
  const errors = [...model.files.values()].flatMap((f) => [...f.parseDiagnostics, ...f.semanticDiagnostics]).filter((d) => d.severity === 'error');
  expect(errors.map((d) => d.message)).toEqual([]);
  return model;
}

/** A loader that hands each dataset the rows given for its name. */
export function rowsLoader(rows: Record<string, readonly Row[]>, loads: string[] = []): DatasetLoader {
  return async (dataset, ruleFile, _host, sink, options): Promise<LoadOutcome> => {
    loads.push(dataset.name);
    const list = rows[dataset.name] ?? [];
    for (const row of list) {
      if (options.signal?.aborted) break;
      sink(row);
    }
    return { result: { path: `${dataset.name}.csv`, rowsRead: list.length, rowsRejected: 0 }, diagnostics: [], path: ruleFile };
  };
}

export function evaluateRows(main: string, rows: Record<string, readonly Row[]>, extra: Record<string, string> = {}): Promise<EvalResult> {
  const model = modelOf({ '/main.hewitt': main, ...extra });
  return runEvaluation(rowsLoader(rows), model, ['/main.hewitt'], NO_DATA_HOST, {});
}

/** `£12.50` as pence. */
export function pounds(value: number): bigint {
  return BigInt(Math.round(value * 100));
}
