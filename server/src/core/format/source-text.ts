// Questions the printer asks of the original text: where comments are, and whether line breaks
// or blank lines separate two offsets. Comments are taken from the parser's list (source order).

import type { Comment } from '../syntax/ast';

export interface Source {
  readonly text: string;
  /** Every comment of the file in source order. */
  readonly comments: readonly Comment[];
}

/** Index of the first comment that starts at or after `offset`. */
export function firstCommentFrom(source: Source, offset: number): number {
  let low = 0;
  let high = source.comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (source.comments[mid].span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many line breaks (`\n`, `\r\n` or a lone `\r`) lie in `[start, end)`. */
export function lineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

export function hasLineBreak(text: string, start: number, end: number): boolean {
  return lineBreaks(text, start, end) > 0;
}

/** A blank line lies between two things when at least two line breaks separate them. */
export function hasBlankLine(text: string, start: number, end: number): boolean {
  return lineBreaks(text, start, end) >= 2;
}

/** The offset of the first `char` in `[start, end)` that is not inside a comment, or -1. */
export function findOutsideComments(source: Source, char: string, start: number, end: number): number {
  let next = firstCommentFrom(source, start);
  for (let i = start; i < end; i++) {
    const comment = source.comments[next];
    if (comment !== undefined && comment.span.start === i) {
      i = comment.span.end - 1;
      next++;
      continue;
    }
    if (source.text[i] === char) return i;
  }
  return -1;
}
