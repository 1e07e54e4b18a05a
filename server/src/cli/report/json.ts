// The machine-readable format: `{"version":1,"files":[…],"summary":{…}}` with 0-based lines and
// characters (UTF-16 code units, as in LSP). Files without diagnostics are listed with an empty
// list; a file with silenced diagnostics also lists them under `suppressed`. Keys come in a fixed
// order; later versions may add optional keys but never remove any.

import type { CheckResult, FileResult, LocatedDiagnostic } from './model';

export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly range: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
}

/** A silenced diagnostic: its code, message and range, and the reason its suppression gives. */
export interface JsonSuppressed {
  readonly code: string;
  readonly message: string;
  readonly range: JsonDiagnostic['range'];
  readonly reason: string;
}

export interface JsonFile {
  readonly path: string;
  readonly diagnostics: readonly JsonDiagnostic[];
  /** Present only when a `// hewitt-ignore` comment silenced something in the file. */
  readonly suppressed?: readonly JsonSuppressed[];
}

export interface JsonReport {
  readonly version: 1;
  readonly files: readonly JsonFile[];
  readonly summary: { readonly files: number; readonly errors: number; readonly warnings: number; readonly infos: number; readonly hints: number };
}

export function toJsonReport(result: CheckResult): JsonReport {
  return {
    version: 1,
    files: result.files.map(toJsonFile),
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

function toJsonFile(file: FileResult): JsonFile {
  const diagnostics = file.diagnostics.map(toJsonDiagnostic);
  const suppressed = file.suppressed ?? [];
  if (suppressed.length === 0) return { path: file.path, diagnostics };
  return {
    path: file.path,
    diagnostics,
    suppressed: suppressed.map((s) => ({ code: s.code, message: s.message, range: rangeOf(s), reason: s.reason })),
  };
}

function toJsonDiagnostic(d: LocatedDiagnostic): JsonDiagnostic {
  return { code: d.code, severity: d.severity, message: d.message, range: rangeOf(d) };
}

function rangeOf(d: LocatedDiagnostic): JsonDiagnostic['range'] {
  return {
    start: { line: d.start.line, character: d.start.character },
    end: { line: d.end.line, character: d.end.character },
  };
}
