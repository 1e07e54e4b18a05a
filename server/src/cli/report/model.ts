// The check results as every output format sees them: diagnostics with 0-based line/character
// positions (UTF-16, as in LSP) computed once, files sorted by path, and the counts.

import type { FileReport } from '../../core/check';
import { severityRank, type Diagnostic, type Severity } from '../../core/diagnostics';
import { LineIndex, type Position } from '../../core/text/line-index';
import type { ToolInfo } from '../../node/tool-info';

export type FailLevel = 'error' | 'warning' | 'info';

export const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning', 'info'];

export interface LocatedDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: Position;
  readonly end: Position;
  /** The text of the line the diagnostic starts on, without its line break. */
  readonly lineText: string;
}

/** A diagnostic silenced by a `// hewitt-ignore` comment, with the reason it gives. */
export interface LocatedSuppressed extends LocatedDiagnostic {
  readonly reason: string;
}

export interface FileResult {
  readonly path: string;
  readonly diagnostics: readonly LocatedDiagnostic[];
  /** Silenced diagnostics, present only when there are some; not counted in the summary. */
  readonly suppressed?: readonly LocatedSuppressed[];
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
}

export interface CheckResult {
  readonly files: readonly FileResult[];
  readonly summary: Summary;
}

/** What a format may need besides the results. */
export interface ReportContext {
  readonly failLevel: FailLevel;
  readonly color: boolean;
  readonly tool: ToolInfo;
  /** The absolute `file:` URI of the folder paths are relative to, ending in `/`. */
  readonly rootUri: string;
}

export function reachesFailLevel(severity: Severity, failLevel: FailLevel): boolean {
  return severityRank(severity) >= severityRank(failLevel);
}

/** Locates the core's reports; with `keep`, only the diagnostics it accepts are reported. */
export function buildResult(reports: readonly FileReport[], keep: (severity: Severity) => boolean = () => true): CheckResult {
  const files = [...reports]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((report): FileResult => {
      const lines = new LineIndex(report.text);
      const locate = (d: Diagnostic): LocatedDiagnostic => {
        const start = lines.position(d.span.start);
        return { code: d.code, severity: d.severity, message: d.message, start, end: lines.position(d.span.end), lineText: lines.lineText(start.line) };
      };
      const diagnostics = report.diagnostics.filter((d) => keep(d.severity)).map(locate);
      const suppressed = (report.suppressed ?? [])
        .filter((s) => keep(s.diagnostic.severity))
        .map((s): LocatedSuppressed => ({ ...locate(s.diagnostic), reason: s.reason }))
        .sort(byPosition);
      return {
        path: report.path,
        diagnostics: diagnostics.sort(byPosition),
        ...(suppressed.length > 0 ? { suppressed } : {}),
      };
    });
  return { files, summary: summarize(files) };
}

function byPosition(a: LocatedDiagnostic, b: LocatedDiagnostic): number {
  return (
    a.start.line - b.start.line ||
    a.start.character - b.start.character ||
    a.end.line - b.end.line ||
    a.end.character - b.end.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

function summarize(files: readonly FileResult[]): Summary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of files) for (const d of file.diagnostics) counts[d.severity]++;
  return { files: files.length, errors: counts.error, warnings: counts.warning, infos: counts.info, hints: counts.hint };
}

export function allDiagnostics(result: CheckResult): { file: FileResult; diagnostic: LocatedDiagnostic }[] {
  return result.files.flatMap((file) => file.diagnostics.map((diagnostic) => ({ file, diagnostic })));
}

/** `2 errors, 1 warning in 3 files` or `No problems in 3 files.` */
export function summaryLine(summary: Summary): string {
  const parts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    plural(summary.infos, 'info'),
    plural(summary.hints, 'hint'),
  ].filter((part) => part !== '');
  const files = `${summary.files} ${summary.files === 1 ? 'file' : 'files'}`;
  return parts.length === 0 ? `No problems in ${files}.` : `${parts.join(', ')} in ${files}`;
}

function plural(count: number, word: string): string {
  return count === 0 ? '' : `${count} ${word}${count === 1 ? '' : 's'}`;
}
