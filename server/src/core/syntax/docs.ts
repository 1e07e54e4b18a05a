// Comments: every comment as a node, and the doc comment blocks attached to what follows them.

import type { IToken } from 'chevrotain';
import type { Comment } from './ast';
import { tokenSpan } from './cst';

export function toComments(tokens: readonly IToken[]): Comment[] {
  return tokens.map((token) => ({
    kind: 'Comment',
    style: token.tokenType.name === 'DocComment' ? 'doc' : token.tokenType.name === 'BlockComment' ? 'block' : 'line',
    text: token.image,
    span: tokenSpan(token),
  }));
}

function onlySpaceWithAtMostOneBreak(text: string): boolean {
  if (!/^[ \t\r\n\f\v\ufeff\u00a0]*$/.test(text)) return false;
  return (text.match(/\r\n|\r|\n/g) ?? []).length <= 1;
}

function docLine(image: string): string {
  const body = image.slice(3);
  return body.startsWith(' ') ? body.slice(1) : body;
}

/**
 * Doc text keyed by the offset of the token it documents: a run of `///` lines directly above
 * a token (nothing but one line break between them) documents that token.
 */
export function docsByOffset(text: string, comments: readonly IToken[], tokens: readonly IToken[]): Map<number, string> {
  const docs = new Map<number, string>();
  let run: IToken[] = [];
  let tokenIndex = 0;
  const flush = (next: IToken | undefined): void => {
    const last = run[run.length - 1];
    if (last && next) {
      const gap = text.slice(last.startOffset + last.image.length, next.startOffset);
      if (onlySpaceWithAtMostOneBreak(gap)) docs.set(next.startOffset, run.map((c) => docLine(c.image)).join('\n'));
    }
    run = [];
  };
  for (let i = 0; i < comments.length; i++) {
    const comment = comments[i];
    if (!comment) continue;
    const previous = run[run.length - 1];
    if (previous) {
      const gap = text.slice(previous.startOffset + previous.image.length, comment.startOffset);
      if (comment.tokenType.name !== 'DocComment' || !onlySpaceWithAtMostOneBreak(gap)) {
        while (tokenIndex < tokens.length && (tokens[tokenIndex]?.startOffset ?? 0) < previous.startOffset) tokenIndex++;
        const next = tokens[tokenIndex];
        flush(next && next.startOffset < comment.startOffset ? next : undefined);
      }
    }
    if (comment.tokenType.name === 'DocComment') run.push(comment);
  }
  const last = run[run.length - 1];
  if (last) {
    while (tokenIndex < tokens.length && (tokens[tokenIndex]?.startOffset ?? 0) < last.startOffset) tokenIndex++;
    flush(tokens[tokenIndex]);
  }
  return docs;
}
