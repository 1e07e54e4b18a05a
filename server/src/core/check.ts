// Checking a workspace: the diagnostics of each requested file. Per file the pipeline is parse and
// semantic diagnostics, plus the catalogue's rules (with the configured severities and options,
// and the evaluation's findings when data was evaluated), then suppression comments, then sorting.
import { compareDiagnostics, type Diagnostic } from './diagnostics';
import { defaultConfig, type ResolvedConfig } from './config/config';
import type { EvalResult } from './eval/result';
import type { Host } from './host';
import { CATALOGUE, CATALOGUE_IDS, runCatalogue } from './rules/catalogue';
import type { FileFacts } from './rules/facts';
import type { Rule } from './rules/rule';
import { analyzeWorkspace } from './semantics/analyze';
import type { SemanticModel } from './semantics/model';
import { applySuppressions, type Suppressed } from './suppress/suppress';

export interface FileReport {
  /** The path as given (forward slashes). */
  readonly path: string;
  /** The text that was checked, for showing source lines. */
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Diagnostics silenced by `// hewitt-ignore` comments, when there are any. */
  readonly suppressed?: readonly Suppressed[];
}

export interface CheckOptions {
  /**
   * The catalogue rules to run (`CATALOGUE` from rules/catalogue.ts for all of them); without it
   * only the structural checks (parse, names, types) run.
   */
  readonly catalogue?: readonly Rule[];
  /** The configuration that governs a rule file; without it every rule runs with its defaults. */
  readonly configFor?: (path: string) => ResolvedConfig;
  /** The evaluation of the files' data: its diagnostics are merged into the reports. */
  readonly data?: EvalResult;
  /**
   * Facts of the other files of the workspace (not in the model), for the workspace rules: the
   * language server passes those of every file it knows, so an edited file is judged against the
   * whole workspace as `hewitt check` judges it.
   */
  readonly workspace?: ReadonlyMap<string, FileFacts>;
}

/** Sorted with compareDiagnostics; a diagnostic repeated at the same place with the same code and message is kept once. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  return sorted.filter(
    (d, i) =>
      i === 0 ||
      compareDiagnostics(d, sorted[i - 1]) !== 0 ||
      d.severity !== sorted[i - 1].severity,
  );
}

/** The parse and semantic diagnostics of the requested files, in the order given (no catalogue rules). */
export function reportsOf(model: SemanticModel, paths: readonly string[]): FileReport[] {
  return paths.map((path) => {
    const file = model.files.get(path);
    if (file === undefined) return { path, text: '', diagnostics: [] };
    return { path, text: file.text, diagnostics: sortDiagnostics([...file.parseDiagnostics, ...file.semanticDiagnostics]) };
  });
}

const DEFAULTS = defaultConfig(CATALOGUE);

/** The full reports of the requested files of an analysed model: structure, catalogue, suppressions. */
export function checkModel(model: SemanticModel, paths: readonly string[], options: CheckOptions = {}): FileReport[] {
  const configFor = options.configFor ?? ((): ResolvedConfig => DEFAULTS);
  const found = runCatalogue(model, configFor, options.data, options.catalogue ?? [], options.workspace);
  return paths.map((path) => {
    const file = model.files.get(path);
    if (file === undefined) return { path, text: '', diagnostics: [] };
    const all = [...file.parseDiagnostics, ...file.semanticDiagnostics, ...(found.get(path) ?? [])];
    // Suppressions name catalogue rules, so they are judged only when the catalogue runs.
    if (options.catalogue === undefined) return { path, text: file.text, diagnostics: sortDiagnostics(all) };
    const { kept, suppressed } = applySuppressions(file.ast, all, CATALOGUE_IDS);
    const diagnostics = sortDiagnostics(kept);
    return suppressed.length > 0 ? { path, text: file.text, diagnostics, suppressed } : { path, text: file.text, diagnostics };
  });
}

/**
 * Checks a set of rule files as one workspace: each is parsed, bound (imports followed through
 * the host), checked and judged by the catalogue. Returns one report per requested path, in the
 * order given. Never throws on user input.
 */
export function checkFiles(paths: readonly string[], host: Host, options: CheckOptions = {}): FileReport[] {
  return checkModel(analyzeWorkspace(paths, host), paths, options);
}
