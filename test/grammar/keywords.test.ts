// The TextMate grammar and the EBNF know exactly the keywords the lexer is built from.
import { describe, expect, it } from 'vitest';
import { ALL_KEYWORDS } from '../../server/src/core/syntax/keywords';
import { readGrammarFile, readGrammarJson } from './support';

interface RawRule {
  readonly match?: string;
  readonly patterns?: readonly RawRule[];
}

interface RawGrammar {
  readonly repository: Record<string, RawRule>;
}

const grammar = readGrammarJson('hewitt.tmLanguage.json') as RawGrammar;

/** The alternatives of a `\b(?:a|b|c)\b…` match; undefined when the match has another shape. */
function alternatives(match: string): string[] | undefined {
  const found = /^\\b\(\?:([A-Za-z_|]+)\)\\b/.exec(match);
  return found === null ? undefined : found[1].split('|');
}

/** Words named literally in `\b(a|b)\s+…` matches (declaration names, dataset references). */
function leadingWords(match: string): string[] {
  const found = /^\\b\(([A-Za-z_|]+)\)/.exec(match);
  return found === null ? [] : found[1].split('|');
}

const keywordMatches = (grammar.repository.keywords.patterns ?? []).map((rule) => rule.match ?? '');
const grammarKeywords = keywordMatches.flatMap((match) => alternatives(match) ?? []);

describe('keywords in the TextMate grammar', () => {
  it('are all written as \\b(?:a|b|c)\\b groups', () => {
    expect(keywordMatches.filter((match) => alternatives(match) === undefined)).toEqual([]);
  });

  it('are exactly the keywords of the lexer, each once', () => {
    expect([...grammarKeywords].sort()).toEqual([...ALL_KEYWORDS].sort());
    expect(new Set(grammarKeywords).size).toBe(grammarKeywords.length);
  });

  it('are the only words other rules name literally', () => {
    const named = Object.values(grammar.repository).flatMap((rule) => (rule.match === undefined ? [] : leadingWords(rule.match)));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((word) => !ALL_KEYWORDS.includes(word))).toEqual([]);
  });
});

describe('keywords in the EBNF', () => {
  const ebnf = readGrammarFile('hewitt.ebnf');

  it.each([...ALL_KEYWORDS])('has the terminal %s', (keyword) => {
    expect(ebnf).toContain(`'${keyword}'`);
  });
});
