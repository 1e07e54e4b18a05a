// The formatter's entry points. A file with syntax errors is never formatted, so formatting
// never loses text; the result is re-read and compared with the original before it is offered.

import type { TextEdit } from '../edits';
import type { Span } from '../syntax/ast';
import { parse } from '../syntax/parse';
import { printFile } from './declarations';
import { lineEnding, renderLines } from './lines';
import { sameMeaning } from './same-meaning';
import type { Printer } from './sequence';

export interface FormatOptions {
  /** Spaces per indentation level (default 2). */
  readonly indent?: number;
}

export type FormatResult =
  | { readonly kind: 'formatted'; readonly text: string; readonly changed: boolean }
  | { readonly kind: 'not-formatted'; readonly reason: string };

const BOM = '\uFEFF';

export function formatText(text: string, options: FormatOptions = {}): FormatResult {
  const prepared = prepare(text, options);
  if (prepared.kind === 'not-formatted') return prepared;
  const { printer, eol } = prepared;
  const body = renderLines(printer.lines, printer.indentUnit, eol);
  const formatted = (text.startsWith(BOM) ? BOM : '') + (body === '' ? '' : body + eol);
  const reread = parse(formatted);
  if (reread.diagnostics.some((d) => d.severity === 'error') || !sameMeaning(prepared.file, reread.file)) {
    return { kind: 'not-formatted', reason: 'The formatter could not lay this file out without changing it; it was left as written.' };
  }
  return { kind: 'formatted', text: formatted, changed: formatted !== text };
}

/**
 * Reformats the top-level declarations that `range` touches (with their comments): one edit per
 * declaration whose text changes. A file with syntax errors gets no edits.
 */
export function formatRange(text: string, range: Span, options: FormatOptions = {}): TextEdit[] {
  const whole = formatText(text, options);
  const prepared = prepare(text, options);
  if (whole.kind === 'not-formatted' || prepared.kind === 'not-formatted') return [];
  const { printer, groups, eol } = prepared;
  const edits: TextEdit[] = [];
  for (const group of groups) {
    if (range.start > group.source.end || range.end < group.source.start) continue;
    const start = lineStartBefore(text, group.source.start);
    const end = lineEndAfter(text, group.source.end);
    const span = { start: start ?? group.source.start, end: end ?? group.source.end };
    const lines = renderLines(printer.lines.slice(group.firstLine, group.lastLine + 1), printer.indentUnit, eol);
    const newText = (start === undefined ? eol : '') + lines + (end === undefined ? eol : '');
    if (text.slice(span.start, span.end) !== newText) edits.push({ span, newText });
  }
  return edits;
}

/** The whole-file formatting as edits: none when the file is already formatted or is refused. */
export function formatEdits(text: string, options: FormatOptions = {}): TextEdit[] {
  const result = formatText(text, options);
  return result.kind === 'formatted' && result.changed ? [{ span: { start: 0, end: text.length }, newText: result.text }] : [];
}

function prepare(text: string, options: FormatOptions) {
  const parsed = parse(text);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    const what = errors === 1 ? 'a syntax error' : `${errors} syntax errors`;
    return { kind: 'not-formatted', reason: `The file has ${what}; fix the syntax errors first, then format it.` } as const;
  }
  const printer: Printer = { text, comments: parsed.file.comments, lines: [], indentUnit: ' '.repeat(indentWidth(options.indent)) };
  const groups = printFile(printer, parsed.file);
  return { kind: 'prepared', printer, groups, eol: lineEnding(text), file: parsed.file } as const;
}

function indentWidth(indent: number | undefined): number {
  return indent !== undefined && Number.isInteger(indent) && indent >= 1 && indent <= 8 ? indent : 2;
}

/** The start of the line when only spaces precede `offset` on it. */
function lineStartBefore(text: string, offset: number): number | undefined {
  let start = offset;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r' ? start : undefined;
}

/** The end of the line when only spaces follow `offset` on it. */
function lineEndAfter(text: string, offset: number): number | undefined {
  let end = offset;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return end === text.length || text[end] === '\n' || text[end] === '\r' ? end : undefined;
}
