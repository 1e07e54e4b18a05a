// Evaluation in the background, for CodeLens, hover and the results preview. Only in a trusted
// folder (no data file is read otherwise) and only for a rule file without errors, as
// `hewitt eval` does. A newer edit cancels the evaluation under way; typed rows are cached
// between runs, so re-evaluating after an edit does not read the CSV files again.

import { nodeDataHost } from '../node/data-host';
import type { ResolvedConfig } from '../core/config/config';
import { createDataCache, type DataCache } from '../core/data/cache';
import type { DataHost } from '../core/data/data-host';
import { evaluate } from '../core/eval/evaluate';
import type { EvalResult } from '../core/eval/result';
import type { SemanticModel } from '../core/semantics';
import { buildEvalReport, type BuiltReport } from '../report/build';
import { toEvalJson } from '../report/json';
import type { PreviewEngine, PreviewResponse } from './protocol';
import { EMBEDDED, EMBEDDED_ENGINE, engineFailure, engineOf, onEngine } from './preview-engine';
import type { Workspace } from './workspace';
import { isTestFile } from '../core/syntax/test-ast';

export interface Evaluations {
  /** The last finished result for a rule file, if any (it may be a little older than the text). */
  latest(path: string): EvalResult | undefined;
  /** Starts evaluating a rule file in the background, cancelling the one under way; `done` is told of a new result. */
  start(path: string): void;
  /** Cancels everything under way (a file changed that the next run will see). */
  cancel(path: string): void;
  /** The preview of a rule file: evaluated now (or the check diagnostics only, when untrusted). */
  preview(path: string, uri: string, version: number): Promise<PreviewResponse>;
  /** How data is read, with the cache evaluations share; undefined in an untrusted folder. */
  readonly data: { readonly host: DataHost; readonly cache: DataCache } | undefined;
}

export interface EvaluationOptions {
  readonly trusted: boolean;
  /** Called when a background evaluation finished with a new result. */
  readonly done: (path: string) => void;
  /** Where failures of an evaluation are written. */
  readonly log: (message: string) => void;
  /** The folder relative data paths are read from. */
  readonly base: string;
  /** The configuration that governs a rule file, as for its diagnostics. */
  readonly configFor: (path: string) => ResolvedConfig;
  /** The `hewitt.engine` setting of a rule file's URI (the embedded evaluator when absent). */
  readonly engineFor?: (uri: string) => Promise<string>;
  /** The environment engines' connection strings are read from. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export function createEvaluations(workspace: Workspace, options: EvaluationOptions): Evaluations {
  const cache = createDataCache();
  const data = nodeDataHost(options.base);
  const latest = new Map<string, EvalResult>();
  const running = new Map<string, AbortController>();
  // The last preview answered with results, shown again when an engine fails.
  const shown = new Map<string, PreviewResponse>();
  const context = { base: options.base, env: options.env ?? {} };

  // The same report `hewitt eval` builds; in an untrusted folder, the checks only.
  const run = (model: SemanticModel, path: string, signal: AbortSignal): Promise<BuiltReport> =>
    buildEvalReport(model, path, {
      configFor: options.configFor,
      ...(options.trusted ? { evaluate: (m: SemanticModel, paths: readonly string[]) => evaluate(m, paths, data, { signal, cache }) } : {}),
    });

  const cancel = (path: string): void => {
    running.get(path)?.abort();
    running.delete(path);
  };

  return {
    data: options.trusted ? { host: data, cache } : undefined,
    latest: (path) => latest.get(path),
    cancel,
    start(path) {
      // A test file is run on its fixtures (hewitt/runTests), never evaluated against real data.
      if (!options.trusted || isTestFile(path)) return;
      cancel(path);
      const controller = new AbortController();
      running.set(path, controller);
      const model = workspace.modelOf([path]);
      run(model, path, controller.signal).then(
        (built) => {
          if (controller.signal.aborted) return;
          running.delete(path);
          latest.set(path, built.report.result);
          options.done(path);
        },
        (error: unknown) => {
          if (running.get(path) === controller) running.delete(path);
          if (!controller.signal.aborted) options.log(`Evaluating ${path} failed: ${describe(error)}`);
        },
      );
    },
    async preview(path, uri, version) {
      const model = workspace.modelOf([path]);
      const name = options.trusted && options.engineFor !== undefined ? await options.engineFor(uri) : EMBEDDED;
      if (name !== EMBEDDED) return previewOnEngine(model, path, uri, version, name);
      const built = await run(model, path, new AbortController().signal);
      if (options.trusted) latest.set(path, built.report.result);
      return answer(path, uri, version, built, EMBEDDED_ENGINE);
    },
  };

  async function previewOnEngine(model: SemanticModel, path: string, uri: string, version: number, name: string): Promise<PreviewResponse> {
    const engine = engineOf(name, path, context);
    try {
      const built = await buildEvalReport(model, path, { configFor: options.configFor, evaluate: onEngine(name, context) });
      latest.set(path, built.report.result);
      return answer(path, uri, version, built, engine);
    } catch (error) {
      const failure = engineFailure(error, engine);
      if (failure === undefined) throw error;
      options.log(`Previewing ${path}: ${failure.message}`);
      const last = shown.get(path);
      if (last !== undefined) return { ...last, uri, version, engineFailure: failure };
      // Nothing computed yet: the checks only, with the failure.
      const checked = await buildEvalReport(model, path, { configFor: options.configFor });
      return { ...answer(path, uri, version, checked, engine, false), engineFailure: failure };
    }
  }

  function answer(path: string, uri: string, version: number, built: BuiltReport, engine: PreviewEngine, remember = true): PreviewResponse {
    const json = toEvalJson(built.report);
    const response: PreviewResponse = { uri, version, result: json, details: { ...built.report.details }, evaluated: built.evaluated, ...(built.evaluated ? { engine } : {}) };
    if (remember && built.evaluated) shown.set(path, response);
    return response;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
