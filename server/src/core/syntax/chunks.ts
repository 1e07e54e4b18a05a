// Splits the token stream into top-level chunks, one per declaration, so that a broken
// declaration never stops the following ones from being parsed.

import type { IToken } from 'chevrotain';
import { DECLARATION_TOKENS } from './tokens';
import { isTestStart } from './test-start';

function line(token: IToken | undefined): number {
  return token?.startLine ?? -1;
}

function endLine(token: IToken | undefined): number {
  return token?.endLine ?? token?.startLine ?? -1;
}

/** True when the keyword is a property key, as in `measure: prevention_share`. */
function isPropertyKey(tokens: readonly IToken[], at: number): boolean {
  return tokens[at + 1]?.tokenType.name === 'Colon';
}

/**
 * A declaration keyword starts a chunk when it stands at brace depth 0, or when it opens a line
 * and is followed on that line by a name or a text (so a `{` left open above does not swallow the
 * rest of the file). A keyword followed by `:` is a property key, never a declaration.
 */
function startsDeclaration(tokens: readonly IToken[], at: number, depth: number): boolean {
  const token = tokens[at];
  if (!token || !(DECLARATION_TOKENS.has(token.tokenType) || isTestStart(tokens, at))) return false;
  if (isPropertyKey(tokens, at)) return false;
  if (depth === 0) return true;
  const previous = tokens[at - 1];
  if (previous && endLine(previous) === line(token)) return false;
  const next = tokens[at + 1];
  if (!next || line(next) !== line(token)) return false;
  return next.tokenType.name === 'Identifier' || next.tokenType.name === 'Text' || next.tokenType.CATEGORIES?.some((c) => c.name === 'NameToken') === true;
}

export function splitChunks(tokens: readonly IToken[]): IToken[][] {
  const chunks: IToken[][] = [];
  let current: IToken[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (current.length > 0 && startsDeclaration(tokens, i, depth)) {
      chunks.push(current);
      current = [];
      depth = 0;
    }
    if (token.tokenType.name === 'LCurly') depth++;
    else if (token.tokenType.name === 'RCurly') depth = Math.max(0, depth - 1);
    current.push(token);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
