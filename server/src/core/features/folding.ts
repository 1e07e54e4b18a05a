// Folding ranges: declaration bodies, category and column blocks, multi-line comments, runs of
// line comments and runs of imports. Only ranges that span more than one line are returned.

import type { Member, SourceFile, Span } from '../syntax/ast';
import type { FoldingRange } from './types';
import { testFolds } from './test-tokens';

function spansLines(text: string, start: number, end: number): boolean {
  return text.slice(start, end).includes('\n');
}

function onlyWhitespaceBetween(text: string, from: number, to: number): boolean {
  return /^[ \t]*\r?\n[ \t]*$/.test(text.slice(from, to));
}
export function foldingRanges(file: SourceFile, text: string): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRange['kind']): void => {
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    if (spansLines(text, start, end)) ranges.push(kind ? { start, end, kind } : { start, end });
  };
  const members = (list: readonly Member[]): void => {
    for (const member of list) {
      if (member.kind === 'Columns') add(member.span);
      if (member.kind === 'Category') {
        add(member.span);
        members(member.members);
      }
    }
  };
  let importRun: Span | undefined;
  const endImports = (): void => {
    if (importRun) add(importRun, 'imports');
    importRun = undefined;
  };
  for (const declaration of file.declarations) {
    if (declaration.kind === 'Import') {
      importRun = importRun ? { start: importRun.start, end: declaration.span.end } : declaration.span;
      continue;
    }
    endImports();
    add(declaration.span);
    members(declaration.members);
  }
  endImports();
  for (const span of testFolds(file)) add(span);
  let commentRun: Span | undefined;
  const endComments = (): void => {
    if (commentRun) add(commentRun, 'comment');
    commentRun = undefined;
  };
  for (const comment of file.comments) {
    if (comment.style === 'block') {
      endComments();
      add(comment.span, 'comment');
      continue;
    }
    if (commentRun && onlyWhitespaceBetween(text, commentRun.end, comment.span.start)) commentRun = { start: commentRun.start, end: comment.span.end };
    else {
      endComments();
      commentRun = comment.span;
    }
  }
  endComments();
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}
