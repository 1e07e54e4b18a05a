// The machine-readable format: `{"version":1,"files":[…],"summary":{…}}` with 0-based lines and
// characters (UTF-16 code units, as in LSP). Files without diagnostics are listed with an empty
// list. Keys come in a fixed order; later versions may add optional keys but never remove any.

import type { CheckResult, LocatedDiagnostic } from './model';

export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly range: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
}

export interface JsonReport {
  readonly version: 1;
  readonly files: readonly { readonly path: string; readonly diagnostics: readonly JsonDiagnostic[] }[];
  readonly summary: { readonly files: number; readonly errors: number; readonly warnings: number; readonly infos: number; readonly hints: number };
}

export function toJsonReport(result: CheckResult): JsonReport {
  return {
    version: 1,
    files: result.files.map((file) => ({ path: file.path, diagnostics: file.diagnostics.map(toJsonDiagnostic) })),
    summary: {
      files: result.summary.files,
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      infos: result.summary.infos,
      hints: result.summary.hints,
    },
  };
}

export function formatJson(result: CheckResult): string {
  return JSON.stringify(toJsonReport(result), null, 2) + '\n';
}

function toJsonDiagnostic(d: LocatedDiagnostic): JsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: {
      start: { line: d.start.line, character: d.start.character },
      end: { line: d.end.line, character: d.end.character },
    },
  };
}
