// The nesting guard: a scan over the tokens, before parsing, that finds input nested so deeply
// (brackets, braces, chains of `not` or signs) or chained so long that parsing or any later tree
// walk could exhaust the stack.

import type { IToken } from 'chevrotain';

export const NESTING_LIMIT = 64;
/** Operators in one expression (each adds a level to the tree). */
export const CHAIN_LIMIT = 1000;

export interface TooDeep {
  readonly token: IToken;
  readonly reason: 'nesting' | 'chain';
}

const OPEN = new Set(['LParen', 'LBracket', 'LCurly']);
const CLOSE = new Set(['RParen', 'RBracket', 'RCurly']);
const PREFIX = new Set(['Keyword_not', 'Plus', 'Minus']);
const BINARY = new Set([
  'Plus',
  'Minus',
  'Star',
  'Slash',
  'Keyword_and',
  'Keyword_or',
  'Equals',
  'NotEquals',
  'Less',
  'LessEquals',
  'Greater',
  'GreaterEquals',
]);
/** Tokens after which a new expression starts, so the operator count starts again. */
const RESTART = new Set(['Colon', 'Keyword_when', 'Keyword_where', 'Comma', 'LCurly', 'RCurly']);

/** The first token past the limits, if any. */
export function findTooDeep(tokens: readonly IToken[]): TooDeep | undefined {
  const frames: number[] = [];
  let nesting = 0;
  let run = 0;
  let chain = 0;
  for (const token of tokens) {
    const name = token.tokenType.name;
    if (OPEN.has(name)) {
      frames.push(run);
      nesting += run + 1;
      run = 0;
      if (nesting > NESTING_LIMIT) return { token, reason: 'nesting' };
    } else if (CLOSE.has(name)) {
      const frame = frames.pop();
      if (frame !== undefined) nesting -= frame + 1;
      run = 0;
    } else if (PREFIX.has(name)) {
      run++;
      if (nesting + run > NESTING_LIMIT) return { token, reason: 'nesting' };
    } else {
      run = 0;
    }
    if (RESTART.has(name)) chain = 0;
    else if (BINARY.has(name) && ++chain > CHAIN_LIMIT) return { token, reason: 'chain' };
  }
  return undefined;
}
