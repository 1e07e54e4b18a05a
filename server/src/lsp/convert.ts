// Conversions between the core's offsets and the protocol's lines and UTF-16 characters, and
// between the core's plain values and protocol shapes. The only place positions are converted.

import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type * as lsp from 'vscode-languageserver';
import { describeCode } from '../core/codes';
import type { Diagnostic, Severity } from '../core/diagnostics';
import type { TextEdit } from '../core/edits';
import type { Span } from '../core/syntax/ast';
import { LineIndex } from '../core/text/line-index';

/** A text with its line index, built once per text. */
export interface IndexedText {
  readonly text: string;
  readonly index: LineIndex;
}

let lastText: IndexedText | undefined;

/** The line index of a text; the last one is remembered, so a burst of requests builds it once. */
export function indexed(text: string): IndexedText {
  if (lastText !== undefined && lastText.text === text) return lastText;
  lastText = { text, index: new LineIndex(text) };
  return lastText;
}

export function toRange(index: LineIndex, span: Span): lsp.Range {
  return { start: index.position(span.start), end: index.position(span.end) };
}

export function toSpan(index: LineIndex, range: lsp.Range): Span {
  const start = index.offset(range.start);
  const end = index.offset(range.end);
  return start <= end ? { start, end } : { start: end, end: start };
}

export function toOffset(index: LineIndex, position: lsp.Position): number {
  if (typeof position?.line !== 'number' || typeof position.character !== 'number') {
    throw new TypeError('the position is missing or is not {line, character}');
  }
  return index.offset(position);
}

export function toTextEdit(index: LineIndex, edit: TextEdit): lsp.TextEdit {
  return { range: toRange(index, edit.span), newText: edit.newText };
}

export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

export const DIAGNOSTIC_SOURCE = 'hewitt';

/**
 * A core diagnostic as the protocol carries it: range, severity, code, message, help link and
 * related locations (their texts come through `indexOf`, which may not know a file).
 */
export function toDiagnostic(
  index: LineIndex,
  d: Diagnostic,
  related: (path: string) => { uri: string; index: LineIndex } | undefined,
): lsp.Diagnostic {
  const out: lsp.Diagnostic = {
    range: toRange(index, d.span),
    severity: toSeverity(d.severity),
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
  };
  const help = describeCode(d.code).helpUri;
  if (help !== undefined) out.codeDescription = { href: help };
  if (d.code === 'suppression-unused') out.tags = [DiagnosticTag.Unnecessary];
  const info: lsp.DiagnosticRelatedInformation[] = [];
  for (const r of d.related ?? []) {
    const target = related(r.path);
    if (target !== undefined) info.push({ location: { uri: target.uri, range: toRange(target.index, r.span) }, message: r.message });
  }
  if (info.length > 0) out.relatedInformation = info;
  return out;
}
