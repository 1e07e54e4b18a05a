// The language configuration and the snippets are valid, and the word pattern selects whole values.
import { describe, expect, it } from 'vitest';
import { readGrammarJson } from './support';

interface LanguageConfiguration {
  readonly comments: { readonly lineComment: string; readonly blockComment: readonly [string, string] };
  readonly brackets: readonly (readonly [string, string])[];
  readonly autoClosingPairs: readonly { readonly open: string; readonly close: string; readonly notIn?: readonly string[] }[];
  readonly surroundingPairs: readonly (readonly [string, string])[];
  readonly folding: { readonly markers: { readonly start: string; readonly end: string } };
  readonly wordPattern: string;
  readonly indentationRules: { readonly increaseIndentPattern: string; readonly decreaseIndentPattern: string };
  readonly onEnterRules: readonly { readonly beforeText: string; readonly action: { readonly appendText?: string } }[];
}

interface Snippet {
  readonly prefix: string;
  readonly description: string;
  readonly body: readonly string[];
}

const config = readGrammarJson('language-configuration.json') as LanguageConfiguration;
const snippets = readGrammarJson('snippets.json') as Record<string, Snippet>;

/** The words the editor's word pattern finds in a line. */
function words(line: string): string[] {
  return [...line.matchAll(new RegExp(config.wordPattern, 'gu'))].map((match) => match[0]);
}

describe('the language configuration', () => {
  it('declares comments and brackets', () => {
    expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    expect(config.brackets).toEqual([['{', '}'], ['[', ']'], ['(', ')']]);
    expect(config.surroundingPairs).toContainEqual(['"', '"']);
    expect(config.autoClosingPairs).toContainEqual({ open: '"', close: '"', notIn: ['string', 'comment'] });
  });

  it.each([
    ['value: sum(amount where prevention.screening)', ['value', 'sum', 'amount', 'where', 'prevention.screening']],
    ['period: 2023/24 .. 2027/28', ['period', '2023/24', '2027/28']],
    ['amount: £1.2m + £1,250,000 + £3bn', ['amount', '£1.2m', '£1,250,000', '£3bn']],
    ['thresholds: 40% to 12.5%', ['thresholds', '40%', 'to', '12.5%']],
    ['change: at least +1pp', ['change', 'at', 'least', '1pp']],
    ['function: HC.6.2', ['function', 'HC.6.2']],
  ])('selects whole words in %s', (line, expected) => {
    expect(words(line)).toEqual(expected);
  });

  it('indents after an opening brace and outdents on a closing one', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    expect(increase.test('dataset ledger "ICB programme spend" {')).toBe(true);
    expect(increase.test('  columns {')).toBe(true);
    expect(increase.test('funding f "x" { amount: £1 }')).toBe(false);
    expect(increase.test('  basis: "a { in text"')).toBe(false);
    expect(decrease.test('  }')).toBe(true);
  });

  it('folds region markers', () => {
    expect(new RegExp(config.folding.markers.start).test('// region targets')).toBe(true);
    expect(new RegExp(config.folding.markers.end).test('  // endregion')).toBe(true);
  });

  it('continues a doc comment on Enter', () => {
    const rule = config.onEnterRules.find((candidate) => new RegExp(candidate.beforeText).test('  /// Shown on hover.'));
    expect(rule?.action.appendText).toBe('/// ');
  });
});

describe('the snippets', () => {
  it('cover every declaration kind', () => {
    const prefixes = Object.values(snippets).map((snippet) => snippet.prefix);
    for (const kind of ['import', 'dataset', 'classification', 'category', 'measure', 'target', 'metric', 'funding']) {
      expect(prefixes).toContain(kind);
    }
  });

  it.each(Object.entries(snippets))('%s has a description and a non-empty body', (_name, snippet) => {
    expect(snippet.description.length).toBeGreaterThan(0);
    expect(snippet.body.length).toBeGreaterThan(0);
    expect(snippet.body.join('\n').trim().length).toBeGreaterThan(0);
    expect(snippet.body.join('\n')).toContain(snippet.prefix);
  });
});
