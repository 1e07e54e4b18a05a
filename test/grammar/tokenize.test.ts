// The TextMate grammar scopes representative lines as an editor theme expects.
import { describe, expect, it } from 'vitest';
import { scopesOf, tokenize } from './support';

describe('tokenizing with the TextMate grammar', () => {
  it('scopes a dataset header', async () => {
    expect(await scopesOf('dataset ledger "ICB programme spend" {')).toEqual([
      'dataset: keyword.declaration.hewitt',
      'ledger: entity.name.type.dataset.hewitt',
      '": punctuation.definition.string.begin.hewitt',
      'ICB programme spend: string.quoted.double.hewitt',
      '": punctuation.definition.string.end.hewitt',
      '{: punctuation.section.block.begin.hewitt',
    ]);
  });

  it('scopes a classification header and its dataset', async () => {
    expect(await scopesOf('classification prevention "Prevention" on ledger {')).toEqual([
      'classification: keyword.declaration.hewitt',
      'prevention: entity.name.type.classification.hewitt',
      '": punctuation.definition.string.begin.hewitt',
      'Prevention: string.quoted.double.hewitt',
      '": punctuation.definition.string.end.hewitt',
      'on: keyword.other.clause.hewitt',
      'ledger: entity.name.type.dataset.hewitt',
      '{: punctuation.section.block.begin.hewitt',
    ]);
  });

  it.each([
    ['£213.43', ['£: punctuation.definition.currency.hewitt', '213.43: constant.numeric.money.hewitt']],
    ['£1,250,000', ['£: punctuation.definition.currency.hewitt', '1,250,000: constant.numeric.money.hewitt']],
    ['£1.2m', ['£: punctuation.definition.currency.hewitt', '1.2: constant.numeric.money.hewitt', 'm: keyword.other.unit.hewitt']],
    ['£3BN', ['£: punctuation.definition.currency.hewitt', '3: constant.numeric.money.hewitt', 'BN: keyword.other.unit.hewitt']],
  ])('scopes the money literal %s', async (money, expected) => {
    expect(await scopesOf(`amount: ${money}`)).toEqual([
      'amount: variable.other.property.hewitt',
      ':: punctuation.separator.key-value.hewitt',
      ...expected,
    ]);
  });

  it('scopes fiscal years and a period range, not as divisions', async () => {
    expect(await scopesOf('period: 2023/24 .. 2027/28')).toEqual([
      'period: variable.other.property.hewitt',
      ':: punctuation.separator.key-value.hewitt',
      '2023/24: constant.numeric.fiscal-year.hewitt',
      '..: keyword.operator.range.hewitt',
      '2027/28: constant.numeric.fiscal-year.hewitt',
    ]);
  });

  it('scopes a change in percentage points', async () => {
    expect(await scopesOf('change: at least +1pp')).toEqual([
      'change: variable.other.property.hewitt',
      ':: punctuation.separator.key-value.hewitt',
      'at: keyword.operator.word.hewitt',
      'least: keyword.operator.word.hewitt',
      '+: keyword.operator.arithmetic.hewitt',
      '1: constant.numeric.pp.hewitt',
      'pp: keyword.other.unit.hewitt',
    ]);
  });

  it('scopes a multi-word property key, percents, numbers and SHA codes', async () => {
    expect(await scopesOf('value per point: £213.43')).toContain('value per point: variable.other.property.hewitt');
    expect(await scopesOf('weight: 12.5%')).toContain('12.5: constant.numeric.percent.hewitt');
    expect(await scopesOf('points: 1_000')).toContain('1_000: constant.numeric.hewitt');
    expect(await scopesOf('function: HC.6.2')).toContain('HC.6.2: constant.language.code.hewitt');
  });

  it('scopes an aggregate with a condition', async () => {
    expect(await scopesOf('sum(amount where prevention.screening)')).toEqual([
      'sum: support.function.aggregate.hewitt',
      '(: punctuation.section.parens.begin.hewitt',
      'amount: variable.other.hewitt',
      'where: keyword.operator.word.hewitt',
      'prevention: variable.other.hewitt',
      '.: punctuation.accessor.hewitt',
      'screening: variable.other.member.hewitt',
      '): punctuation.section.parens.end.hewitt',
    ]);
  });

  it('treats column types and aggregate names as soft keywords', async () => {
    expect(await scopesOf('  date: date')).toEqual(['date: variable.other.property.hewitt', ':: punctuation.separator.key-value.hewitt', 'date: support.type.column.hewitt']);
    expect(await scopesOf('when date >= count')).toEqual([
      'when: keyword.other.clause.hewitt',
      'date: variable.other.hewitt',
      '>=: keyword.operator.comparison.hewitt',
      'count: variable.other.hewitt',
    ]);
  });

  it('scopes a condition with word operators and a boolean', async () => {
    expect(await scopesOf('exclude when not recurrent = no')).toEqual([
      'exclude: keyword.other.clause.hewitt',
      'when: keyword.other.clause.hewitt',
      'not: keyword.operator.word.hewitt',
      'recurrent: variable.other.hewitt',
      '=: keyword.operator.comparison.hewitt',
      'no: constant.language.boolean.hewitt',
    ]);
  });

  it('scopes text escapes', async () => {
    expect(await scopesOf('"a\\"b\\q"')).toEqual([
      '": punctuation.definition.string.begin.hewitt',
      'a: string.quoted.double.hewitt',
      '\\": constant.character.escape.hewitt',
      'b: string.quoted.double.hewitt',
      '\\q: invalid.illegal.escape.hewitt',
      '": punctuation.definition.string.end.hewitt',
    ]);
  });

  it('scopes line, doc and suppression comments', async () => {
    expect(await scopesOf('icb: text // the ICB code')).toEqual([
      'icb: variable.other.property.hewitt',
      ':: punctuation.separator.key-value.hewitt',
      'text: support.type.column.hewitt',
      '//: punctuation.definition.comment.hewitt',
      'the ICB code: comment.line.double-slash.hewitt',
    ]);
    expect(await scopesOf('/// Shown on hover.')).toEqual([
      '///: punctuation.definition.comment.hewitt',
      'Shown on hover.: comment.block.documentation.hewitt',
    ]);
    expect(await scopesOf('// hewitt-ignore hewitt/recurrent-funding: one-off pilot')).toEqual([
      '//: punctuation.definition.comment.hewitt',
      'hewitt-ignore: keyword.other.suppression.hewitt',
      'hewitt/recurrent-funding: entity.name.tag.rule.hewitt',
      ':: punctuation.separator.reason.hewitt',
      'one-off pilot: comment.line.double-slash.hewitt',
    ]);
  });

  it('carries a block comment over lines', async () => {
    const lines = await tokenize('/* spans\n   lines */ measure m');
    const second = lines[1].map((token) => `${token.text}: ${token.scopes[token.scopes.length - 1]}`);
    expect(second).toEqual([
      '   lines : comment.block.hewitt',
      '*/: punctuation.definition.comment.end.hewitt',
      ' : source.hewitt',
      'measure: keyword.declaration.hewitt',
      ' : source.hewitt',
      'm: entity.name.function.measure.hewitt',
    ]);
  });
});
