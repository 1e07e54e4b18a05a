// `test` is a soft keyword: it starts a test declaration only at the start of one, where it is
// followed on its line by the test's name; elsewhere it is an ordinary name.

import type { IToken } from 'chevrotain';

export function isNameLike(token: IToken | undefined): boolean {
  if (!token) return false;
  return token.tokenType.name === 'Identifier' || token.tokenType.CATEGORIES?.some((c) => c.name === 'NameToken') === true;
}

/** True when the token at `at` is `test` followed on the same line by a name. */
export function isTestStart(tokens: readonly IToken[], at: number): boolean {
  const token = tokens[at];
  if (token?.tokenType.name !== 'Identifier' || token.image !== 'test') return false;
  const next = tokens[at + 1];
  return next !== undefined && next.startLine === token.startLine && isNameLike(next);
}
