// Semantic tokens and folding ranges of `test` declarations: the soft keywords of a test (`test`,
// `given`, `expect`, `within` and the words after an expectation's keys) are coloured as
// keywords, a test's name as a declared function, statuses and `none`/`excluded`/`no-data` as
// enum members. Names that refer to declarations are coloured by the references, as elsewhere.

import type { SourceFile, Span } from '../syntax/ast';
import type { TestValue } from '../syntax/test-ast';
import type { SemanticToken } from './semantic-tokens';

const WORDS = new Set(['met', 'missed', 'on-track', 'off-track', 'no-data', 'none', 'excluded']);

export function testTokens(file: SourceFile): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  const keyword = (span: Span | undefined): void => void (span && tokens.push({ span, type: 'keyword', modifiers: [] }));
  const word = (value: TestValue | undefined): void => {
    if (value?.kind === 'WordValue' && WORDS.has(value.text)) tokens.push({ span: value.span, type: 'enumMember', modifiers: [] });
  };
  for (const test of file.tests ?? []) {
    keyword(test.keyword);
    if (test.name) tokens.push({ span: test.name.span, type: 'function', modifiers: ['declaration'] });
    for (const given of test.givens) {
      keyword(given.keyword);
      keyword(given.from);
    }
    for (const expect of test.expects) {
      keyword(expect.keyword);
      keyword(expect.selector?.word.span);
      keyword(expect.within);
      word(expect.value);
    }
  }
  return tokens;
}

/** The spans a test file folds: each test and each `given` table. */
export function testFolds(file: SourceFile): Span[] {
  return (file.tests ?? []).flatMap((test) => [test.span, ...test.givens.flatMap((g) => (g.table ? [g.span] : []))]);
}
