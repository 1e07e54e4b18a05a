// The printer's output: a list of lines, each either code at an indentation level or blank.
// Rendering joins them with the file's line ending and ends the file with exactly one.

import type { Comment } from '../syntax/ast';

/** `closed` marks a code line that ends in a `//` comment: nothing more can follow it on that line. */
export type Line = { readonly kind: 'code'; readonly indent: number; text: string; closed?: boolean } | { readonly kind: 'blank' };

export interface Output {
  readonly lines: Line[];
}

export function pushCode(out: Output, indent: number, text: string): void {
  out.lines.push({ kind: 'code', indent, text, closed: text.startsWith('//') });
}

export function pushBlank(out: Output): void {
  const last = out.lines[out.lines.length - 1];
  if (last !== undefined && last.kind !== 'blank') out.lines.push({ kind: 'blank' });
}

/** A comment as printed: line comments lose trailing spaces; block comments are verbatim. */
export function commentText(comment: Comment): string {
  return comment.style === 'block' ? comment.text : comment.text.trimEnd();
}

/**
 * Puts a comment at the end of the last line, two spaces after the code. When that line already
 * ends in a `//` comment, the comment gets a line of its own at `overflowIndent`.
 */
export function appendTrailing(out: Output, comment: Comment, overflowIndent?: number): void {
  const last = out.lines[out.lines.length - 1];
  const text = commentText(comment);
  if (last !== undefined && last.kind === 'code' && !last.closed) {
    last.text = `${last.text}  ${text}`;
    last.closed = comment.style !== 'block';
  } else {
    const indent = overflowIndent ?? (last?.kind === 'code' ? last.indent : 0);
    out.lines.push({ kind: 'code', indent, text, closed: comment.style !== 'block' });
  }
}

export function renderLines(lines: readonly Line[], indentUnit: string, eol: string): string {
  const rendered = lines.map((line) => (line.kind === 'blank' ? '' : `${indentUnit.repeat(line.indent)}${line.text}`.trimEnd()));
  while (rendered.length > 0 && rendered[rendered.length - 1] === '') rendered.pop();
  return rendered.join(eol);
}

/** CRLF when every line break of the text is CRLF, otherwise LF. */
export function lineEnding(text: string): '\r\n' | '\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1;
  return crlf > 0 && crlf === lf && !/\r(?!\n)/.test(text) ? '\r\n' : '\n';
}
