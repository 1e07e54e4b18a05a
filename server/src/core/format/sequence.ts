// Prints a run of nodes (the declarations of a file, the members of a body) with the comments
// between them. Each comment lands in one of three places:
// - trailing: on the same source line as the end of the node before it (or of the `{` line),
//   it stays at the end of that line;
// - leading: otherwise, on its own line before the next node, at the node's indentation;
// - dangling: after the last node, on its own line before the `}` (or at the end of the file).
// Comments inside a node are the node printer's business. Blank lines the user wrote between
// things are kept, at most one; `blankBefore` may demand one (between top-level declarations).

import type { Span } from '../syntax/ast';
import { appendTrailing, commentText, pushBlank, pushCode, type Output } from './lines';
import { firstCommentFrom, hasBlankLine, hasLineBreak, type Source } from './source-text';

export type BlankPolicy = 'always' | 'preserve';

export interface Printer extends Source, Output {
  readonly indentUnit: string;
}

export interface SequenceOptions<T extends { readonly span: Span }> {
  readonly nodes: readonly T[];
  /** The text the run occupies: inside the braces, or the whole file. */
  readonly region: Span;
  readonly indent: number;
  /** Whether a line (`… {`) was printed just before the region, so comments may trail it. */
  readonly afterHeader: boolean;
  readonly blankBefore: (previous: T | undefined, next: T) => BlankPolicy;
  readonly printNode: (printer: Printer, node: T, indent: number) => void;
}

/** One node with its leading and trailing comments: where it was and which lines it became. */
export interface PrintedGroup<T> {
  readonly node: T;
  readonly source: Span;
  readonly firstLine: number;
  readonly lastLine: number;
}

export function printSequence<T extends { readonly span: Span }>(printer: Printer, options: SequenceOptions<T>): PrintedGroup<T>[] {
  const { text, comments } = printer;
  const { region, indent, nodes } = options;
  const groups: PrintedGroup<T>[] = [];
  let k = firstCommentFrom(printer, region.start);
  let cursor = region.start;
  let printedAny = false;

  const commentBefore = (limit: number): boolean => k < comments.length && comments[k].span.start < limit;
  const separate = (policy: BlankPolicy, to: number): void => {
    if (printedAny && (policy === 'always' || hasBlankLine(text, cursor, to))) pushBlank(printer);
    printedAny = true;
  };
  const trailUntil = (limit: number): void => {
    while (commentBefore(limit) && !hasLineBreak(text, cursor, comments[k].span.start)) {
      appendTrailing(printer, comments[k], indent);
      cursor = comments[k].span.end;
      k++;
    }
  };

  if (options.afterHeader) trailUntil(nodes[0]?.span.start ?? region.end);

  let previous: T | undefined;
  for (const [i, node] of nodes.entries()) {
    const policy = options.blankBefore(previous, node);
    let first = true;
    let sourceStart = node.span.start;
    let firstLine = -1;
    while (commentBefore(node.span.start)) {
      const comment = comments[k];
      separate(first ? policy : 'preserve', comment.span.start);
      if (first) [sourceStart, firstLine] = [comment.span.start, printer.lines.length];
      if (!first && !hasLineBreak(text, cursor, comment.span.start)) appendTrailing(printer, comment, indent);
      else pushCode(printer, indent, commentText(comment));
      cursor = comment.span.end;
      first = false;
      k++;
    }
    separate(first ? policy : 'preserve', node.span.start);
    if (first) firstLine = printer.lines.length;
    options.printNode(printer, node, indent);
    cursor = node.span.end;
    while (commentBefore(node.span.end)) k++;
    trailUntil(nodes[i + 1]?.span.start ?? region.end);
    groups.push({ node, source: { start: sourceStart, end: cursor }, firstLine, lastLine: printer.lines.length - 1 });
    previous = node;
  }

  let dangling = false;
  while (commentBefore(region.end)) {
    separate('preserve', comments[k].span.start);
    if (dangling && !hasLineBreak(text, cursor, comments[k].span.start)) appendTrailing(printer, comments[k], indent);
    else pushCode(printer, indent, commentText(comments[k]));
    dangling = true;
    cursor = comments[k].span.end;
    k++;
  }
  return groups;
}

/**
 * Comments written inside a node's one-line part (between a header's words, inside an
 * expression) go at the end of the line just printed, in source order. Putting them above would
 * separate a `///` doc comment from what it documents.
 */
export function appendInner(printer: Printer, start: number, end: number, overflowIndent: number): void {
  for (let k = firstCommentFrom(printer, start); k < printer.comments.length && printer.comments[k].span.start < end; k++) {
    appendTrailing(printer, printer.comments[k], overflowIndent);
  }
}
