// Small, forgiving accessors over Chevrotain's CST: every accessor may return nothing, and tokens
// inserted by error recovery are never returned.

import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { Span } from './ast';
import { isReal } from './tokens';

function isToken(element: CstElement): element is IToken {
  return 'tokenType' in element;
}

/** The real tokens under `label`, in source order. */
export function tokensOf(node: CstNode, label: string): IToken[] {
  const elements = node.children[label] ?? [];
  return elements.filter((e): e is IToken => isToken(e) && isReal(e));
}

/** The first real token under `label`. */
export function tokenOf(node: CstNode, label: string): IToken | undefined {
  return tokensOf(node, label)[0];
}

/** The child nodes under `label`, in source order. */
export function nodesOf(node: CstNode, label: string): CstNode[] {
  const elements = node.children[label] ?? [];
  return elements.filter((e): e is CstNode => !isToken(e));
}

export function nodeOf(node: CstNode, label: string): CstNode | undefined {
  return nodesOf(node, label)[0];
}

/** Half-open span of a real token (Chevrotain's `endOffset` is inclusive). */
export function tokenSpan(token: IToken): Span {
  const end = token.endOffset !== undefined && Number.isFinite(token.endOffset) ? token.endOffset + 1 : token.startOffset + token.image.length;
  return { start: token.startOffset, end };
}

export function spanOf(token: IToken | undefined): Span | undefined {
  return token ? tokenSpan(token) : undefined;
}

/** The smallest span covering every given span; nothing when none is given. */
export function cover(...spans: readonly (Span | undefined)[]): Span | undefined {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (!span) continue;
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return start === Number.POSITIVE_INFINITY ? undefined : { start, end };
}
