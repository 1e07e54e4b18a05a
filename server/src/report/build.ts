// From an analysed rule file to the report every shell shows (`hewitt eval`, `hewitt report`, the
// editor's preview): check the file with the catalogue; when nothing is an error, evaluate it and
// check again with the data, so data findings and suppressions are judged like any other; then the
// recommendation checklist. Pure: how data is read, cached and cancelled is the caller's `evaluate`.

import { checkModel, type FileReport } from '../core/check';
import type { ResolvedConfig } from '../core/config/config';
import type { Diagnostic } from '../core/diagnostics';
import type { EvalResult } from '../core/eval/result';
import { CATALOGUE } from '../core/rules/catalogue';
import type { SemanticModel } from '../core/semantics/model';
import type { Suppressed } from '../core/suppress/suppress';
import { buildChecklist } from './checklist';
import { reportDetails } from './details';
import type { EvalReport } from './model';

export interface BuildReportOptions {
  /** The configuration that governs each rule file. */
  readonly configFor: (path: string) => ResolvedConfig;
  /** Evaluates the model's data; leave out to check only (an untrusted folder, a build without data). */
  readonly evaluate?: (model: SemanticModel, paths: readonly string[]) => Promise<EvalResult>;
}

export interface BuiltReport {
  readonly report: EvalReport;
  /** Whether data was evaluated; false when the files have errors or no `evaluate` was given. */
  readonly evaluated: boolean;
  /** Whether a file has an error, which stops evaluation. */
  readonly hasErrors: boolean;
}

/** Rejects only as `evaluate` does (for example with an AbortError when cancelled). */
export async function buildEvalReport(model: SemanticModel, file: string, options: BuildReportOptions): Promise<BuiltReport> {
  const paths = [...model.files.keys()];
  const checked = checkModel(model, paths, { configFor: options.configFor, catalogue: CATALOGUE });
  const hasErrors = checked.some((report) => report.diagnostics.some((d) => d.severity === 'error'));
  let result: EvalResult;
  let reports = checked;
  if (hasErrors || options.evaluate === undefined) {
    result = emptyResult(diagnosticsOf(checked));
  } else {
    const evaluated = await options.evaluate(model, [file]);
    reports = checkModel(model, paths, { configFor: options.configFor, catalogue: CATALOGUE, data: evaluated });
    result = { ...evaluated, diagnostics: diagnosticsOf(reports) };
  }
  const config = options.configFor(file);
  const checklist = buildChecklist({
    catalogue: CATALOGUE,
    severityOf: (rule) => config.rules.get(rule)?.severity,
    diagnostics: result.diagnostics,
    suppressed: suppressedOf(reports),
  });
  const sources = new Map([...model.files].map(([path, fileModel]) => [path, fileModel.text]));
  const report: EvalReport = { result, file, sources, details: reportDetails(model), checklist };
  return { report, evaluated: !hasErrors && options.evaluate !== undefined, hasErrors };
}

/** An evaluation result with nothing computed: the check's diagnostics only. */
export function emptyResult(diagnostics: ReadonlyMap<string, readonly Diagnostic[]>): EvalResult {
  return { version: 1, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {}, diagnostics };
}

function diagnosticsOf(reports: readonly FileReport[]): Map<string, readonly Diagnostic[]> {
  return new Map(reports.filter((r) => r.diagnostics.length > 0).map((r) => [r.path, r.diagnostics]));
}

function suppressedOf(reports: readonly FileReport[]): Map<string, readonly Suppressed[]> {
  return new Map(reports.flatMap((r) => (r.suppressed === undefined ? [] : [[r.path, r.suppressed] as const])));
}
