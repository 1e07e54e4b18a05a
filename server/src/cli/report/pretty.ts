// The default, human format:
//   rules/a.hewitt:3:12 error unknown-name The name `nowhere` is not declared.
//     3 | measure m "M" { from nowhere
//       |                      ^~~~~~
// then a summary line. Lines and columns are 1-based here.

import type { Severity } from '../../core/diagnostics';
import { summaryLine, type CheckResult, type LocatedDiagnostic, type ReportContext } from './model';

export interface PrettyOptions {
  /** Leave out the summary line (for --quiet). */
  readonly omitSummary?: boolean;
}

export function formatPretty(result: CheckResult, context: ReportContext, options: PrettyOptions = {}): string {
  const paint = painter(context.color);
  const blocks: string[] = [];
  for (const file of result.files) {
    for (const d of file.diagnostics) blocks.push(diagnosticBlock(file.path, d, paint));
  }
  const summary = options.omitSummary ? [] : [paint('bold', summaryLine(result.summary))];
  return [...blocks, ...summary].map((block) => block + '\n').join('\n');
}

function diagnosticBlock(path: string, d: LocatedDiagnostic, paint: Painter): string {
  const line = d.start.line + 1;
  const header = `${paint('bold', `${path}:${line}:${d.start.character + 1}`)} ${paint(severityStyle(d.severity), d.severity)} ${paint('dim', d.code)} ${d.message.replace(/\r?\n|\r/g, '\n  ')}`;
  const gutter = String(line);
  const blank = ' '.repeat(gutter.length);
  const source = `  ${paint('dim', `${gutter} |`)} ${d.lineText}`;
  const marker = `  ${paint('dim', `${blank} |`)} ${caretPadding(d.lineText, d.start.character)}${paint(severityStyle(d.severity), carets(d))}`;
  return [header, source, marker].join('\n');
}

/** Spaces up to `character`, keeping tabs so the caret lines up under the text. */
function caretPadding(lineText: string, character: number): string {
  return lineText.slice(0, character).replace(/[^\t]/g, ' ');
}

/** `^` under the first character, `~` under the rest of the range on that line. */
function carets(d: LocatedDiagnostic): string {
  const lastOnLine = d.end.line === d.start.line ? d.end.character : d.lineText.length;
  const width = Math.max(1, lastOnLine - d.start.character);
  return '^' + '~'.repeat(width - 1);
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'blue' | 'gray';
type Painter = (style: Style, text: string) => string;

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  gray: [90, 39],
};

function painter(enabled: boolean): Painter {
  return enabled ? (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : (_style, text) => text;
}

function severityStyle(severity: Severity): Style {
  switch (severity) {
    case 'error':
      return 'red';
    case 'warning':
      return 'yellow';
    case 'info':
      return 'blue';
    case 'hint':
      return 'gray';
  }
}
