// Evaluates the declarations of rule files (and the files they import) against their data: the
// entry point of the core's evaluation. Pure: data comes through the `DataHost`, cancellation
// through the signal (a cancelled evaluation rejects with an error named `AbortError`).

import type { DataHost } from '../data/data-host';
import type { LoadProgress } from '../data/load';
import { loadDataset } from '../data/load-dataset';
import type { SemanticModel } from '../semantics/model';
import type { EvalResult } from './result';
import { runEvaluation } from './run';

/** The cache of typed rows the data loader accepts (see data/cache.ts). */
export type DataCache = NonNullable<NonNullable<Parameters<typeof loadDataset>[4]>['cache']>;

export interface EvaluateOptions {
  readonly signal?: AbortSignal;
  readonly cache?: DataCache;
  readonly onProgress?: (p: LoadProgress) => void;
}

export function evaluate(model: SemanticModel, paths: readonly string[], data: DataHost, options: EvaluateOptions = {}): Promise<EvalResult> {
  return runEvaluation(
    (dataset, ruleFile, host, sink, loadOptions) =>
      loadDataset(dataset, ruleFile, host, sink, {
        ...(loadOptions.signal ? { signal: loadOptions.signal } : {}),
        ...(options.cache ? { cache: options.cache } : {}),
        ...(loadOptions.onProgress ? { onProgress: loadOptions.onProgress } : {}),
      }),
    model,
    paths,
    data,
    options,
  );
}
