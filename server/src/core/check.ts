// Checking a workspace: the diagnostics of each requested file, parse and semantic together.
import { compareDiagnostics, type Diagnostic } from './diagnostics';
import type { ResolvedConfig } from './config/config';
import type { Host } from './host';
import { analyzeWorkspace } from './semantics/analyze';
import type { SemanticModel } from './semantics/model';
import type { Suppressed } from './suppress/suppress';

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
  /** Reserved for the rule catalogue and its configuration (a later stage plugs in here). */
  readonly catalogue?: unknown;
  /** The configuration that governs a rule file (severities and options of the catalogue's rules). */
  readonly configFor?: (path: string) => ResolvedConfig;
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

/** The reports of the requested files from an analysed model, in the order given. */
export function reportsOf(model: SemanticModel, paths: readonly string[]): FileReport[] {
  return paths.map((path) => {
    const file = model.files.get(path);
    if (file === undefined) return { path, text: '', diagnostics: [] };
    return { path, text: file.text, diagnostics: sortDiagnostics([...file.parseDiagnostics, ...file.semanticDiagnostics]) };
  });
}

/**
 * Checks a set of rule files as one workspace: each is parsed, bound (imports followed through
 * the host) and checked. Returns one report per requested path, in the order given.
 * Never throws on user input.
 */
export function checkFiles(paths: readonly string[], host: Host, _options: CheckOptions = {}): FileReport[] {
  return reportsOf(analyzeWorkspace(paths, host), paths);
}
