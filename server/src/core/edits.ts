// Text edits shared by the formatter and quick fixes: a span of the original text and what
// replaces it. Offsets are half-open UTF-16 offsets into the text the edits were made for.

import type { Span } from './syntax/ast';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** Applies non-overlapping edits, back to front so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}
