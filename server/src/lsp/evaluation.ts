// Evaluation in the background, for CodeLens, hover and the results preview. Only in a trusted
// folder (no data file is read otherwise) and only for a rule file without errors, as
// `hewitt eval` does. A newer edit cancels the evaluation under way; typed rows are cached
// between runs, so re-evaluating after an edit does not read the CSV files again.

import { nodeDataHost } from '../cli/data-host';
import { reportsOf } from '../core/check';
import { createDataCache } from '../core/data/cache';
import type { Diagnostic } from '../core/diagnostics';
import { evaluate } from '../core/eval/evaluate';
import type { EvalResult } from '../core/eval/result';
import type { SemanticModel } from '../core/semantics';
import { reportDetails } from '../report/details';
import { toEvalJson } from '../report/json';
import type { PreviewResponse } from './protocol';
import type { Workspace } from './workspace';

export interface Evaluations {
  /** The last finished result for a rule file, if any (it may be a little older than the text). */
  latest(path: string): EvalResult | undefined;
  /** Starts evaluating a rule file in the background, cancelling the one under way; `done` is told of a new result. */
  start(path: string): void;
  /** Cancels everything under way (a file changed that the next run will see). */
  cancel(path: string): void;
  /** The preview of a rule file: evaluated now (or the check diagnostics only, when untrusted). */
  preview(path: string, uri: string, version: number): Promise<PreviewResponse>;
}

export interface EvaluationOptions {
  readonly trusted: boolean;
  /** Called when a background evaluation finished with a new result. */
  readonly done: (path: string) => void;
  /** Where failures of an evaluation are written. */
  readonly log: (message: string) => void;
  /** The folder relative data paths are read from. */
  readonly base: string;
}

export function createEvaluations(workspace: Workspace, options: EvaluationOptions): Evaluations {
  const cache = createDataCache();
  const data = nodeDataHost(options.base);
  const latest = new Map<string, EvalResult>();
  const running = new Map<string, AbortController>();

  const run = async (model: SemanticModel, path: string, signal: AbortSignal): Promise<EvalResult> => {
    const checked = checkDiagnostics(model);
    const hasErrors = [...checked.values()].some((list) => list.some((d) => d.severity === 'error'));
    if (hasErrors || !options.trusted) return emptyResult(checked);
    const result = await evaluate(model, [path], data, { signal, cache });
    return { ...result, diagnostics: merge(checked, result.diagnostics) };
  };

  const cancel = (path: string): void => {
    running.get(path)?.abort();
    running.delete(path);
  };

  return {
    latest: (path) => latest.get(path),
    cancel,
    start(path) {
      if (!options.trusted) return;
      cancel(path);
      const controller = new AbortController();
      running.set(path, controller);
      const model = workspace.modelOf([path]);
      run(model, path, controller.signal).then(
        (result) => {
          if (controller.signal.aborted) return;
          running.delete(path);
          latest.set(path, result);
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
      const result = await run(model, path, new AbortController().signal);
      if (options.trusted) latest.set(path, result);
      const sources = new Map([...model.files].map(([file, fileModel]) => [file, fileModel.text]));
      const details = reportDetails(model);
      const json = toEvalJson({ result, file: path, sources, details });
      return { uri, version, result: json, details: { ...details }, evaluated: options.trusted && !hasErrorsIn(result) };
    },
  };
}

function hasErrorsIn(result: EvalResult): boolean {
  return [...result.diagnostics.values()].some((list) => list.some((d) => d.severity === 'error'));
}

/** The parse and semantic diagnostics of every analysed file, by path (as `hewitt eval` gathers them). */
function checkDiagnostics(model: SemanticModel): Map<string, readonly Diagnostic[]> {
  const out = new Map<string, readonly Diagnostic[]>();
  for (const report of reportsOf(model, [...model.files.keys()])) if (report.diagnostics.length > 0) out.set(report.path, report.diagnostics);
  return out;
}

function merge(a: ReadonlyMap<string, readonly Diagnostic[]>, b: ReadonlyMap<string, readonly Diagnostic[]>): Map<string, readonly Diagnostic[]> {
  const out = new Map<string, readonly Diagnostic[]>(a);
  for (const [path, list] of b) out.set(path, [...(out.get(path) ?? []), ...list]);
  return out;
}

function emptyResult(diagnostics: ReadonlyMap<string, readonly Diagnostic[]>): EvalResult {
  return { version: 1, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {}, diagnostics };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
