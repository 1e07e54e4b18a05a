// GitHub Actions workflow commands, one per diagnostic, so problems show as annotations on the
// pull request:  ::error file=a.hewitt,line=3,col=12,endLine=3,endColumn=18,title=unknown-name::…
// plus a Markdown job summary (counts and the first problems) for $GITHUB_STEP_SUMMARY.

import type { Severity } from '../../core/diagnostics';
import { allDiagnostics, type CheckResult, type LocatedDiagnostic } from './model';

export function formatGithub(result: CheckResult): string {
  return allDiagnostics(result)
    .map(({ file, diagnostic }) => workflowCommand(file.path, diagnostic) + '\n')
    .join('');
}

export function workflowCommand(path: string, d: LocatedDiagnostic): string {
  const startColumn = d.start.character + 1;
  // The end column names the last character of the range (at least the first one).
  const endColumn = d.end.line === d.start.line ? Math.max(startColumn, d.end.character) : d.end.character + 1;
  const properties = [
    ['file', path],
    ['line', String(d.start.line + 1)],
    ['col', String(startColumn)],
    ['endLine', String(d.end.line + 1)],
    ['endColumn', String(endColumn)],
    ['title', d.code],
  ]
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${commandOf(d.severity)} ${properties}::${escapeData(d.message)}`;
}

/** Escaping of a command's message, as GitHub documents it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: as for data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function commandOf(severity: Severity): 'error' | 'warning' | 'notice' {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'info':
    case 'hint':
      return 'notice';
  }
}

const SUMMARY_LIMIT = 20;

/** A Markdown job summary: a table of counts, then the first problems. */
export function githubStepSummary(result: CheckResult): string {
  const { summary } = result;
  const lines = [
    '### Hewitt Rules check',
    '',
    '| Files | Errors | Warnings | Infos | Hints |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${summary.files} | ${summary.errors} | ${summary.warnings} | ${summary.infos} | ${summary.hints} |`,
    '',
  ];
  const problems = allDiagnostics(result);
  if (problems.length === 0) return [...lines, 'No problems found.', ''].join('\n') + '\n';
  lines.push('| Severity | Where | Code | Message |', '| --- | --- | --- | --- |');
  for (const { file, diagnostic } of problems.slice(0, SUMMARY_LIMIT)) {
    const where = `${file.path}:${diagnostic.start.line + 1}:${diagnostic.start.character + 1}`;
    lines.push(`| ${diagnostic.severity} | ${cell(where)} | ${cell(diagnostic.code)} | ${cell(diagnostic.message)} |`);
  }
  if (problems.length > SUMMARY_LIMIT) lines.push('', `…and ${problems.length - SUMMARY_LIMIT} more.`);
  return lines.join('\n') + '\n\n';
}

/** Table cells cannot hold `|` or line breaks. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}
