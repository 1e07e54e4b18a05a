import { describe, expect, it } from 'vitest';
import type { EvalResult } from '../../server/src/core/eval/result';
import { codeLensesFor, inlayHintsIn, semanticTokens, signatureHelpAt } from '../../server/src/core/features';
import { rangedFixture } from '../support/ranges';
import { withLedger } from '../support/workspace';

const BODY = `measure m {
  from ledger
  value: sum(amount where prevention.screening) / sum(amount)
  by icb, year
}
target t {
  measure: m
  baseline: 2023/24
  horizon: 2028/29
  change: at least +1pp
  scope: system
}`;

const EMPTY: EvalResult = { version: 1, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {}, diagnostics: new Map() };

describe('semanticTokens', () => {
  it('colours names by what they are, keywords and literals', () => {
    const f = rangedFixture(withLedger(BODY));
    const tokens = semanticTokens(f.model, '/main.hewitt');
    const main = f.files.get('/main.hewitt')!;
    const shown = tokens.slice(0, 16).map((t) => `${main.slice(t.span.start, t.span.end)}:${t.type}${t.modifiers.map((m) => '+' + m).join('')}`);
    expect(shown).toEqual([
      'import:keyword',
      '"ledger.hewitt":string',
      'measure:keyword',
      'm:variable+declaration',
      'from:keyword',
      'ledger:class',
      'sum:function+defaultLibrary',
      'amount:property',
      'where:keyword',
      'prevention:enum',
      'screening:enumMember',
      'sum:function+defaultLibrary',
      'amount:property',
      'by:keyword',
      'icb:property',
      'year:property',
    ]);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i].span.start).toBeGreaterThanOrEqual(tokens[i - 1].span.end);
  });
});

describe('inlayHintsIn', () => {
  it('shows the type of computed values and the unit of a target measure', () => {
    const f = rangedFixture(withLedger(BODY));
    const main = f.files.get('/main.hewitt')!;
    const hints = inlayHintsIn(f.model, '/main.hewitt', { start: 0, end: main.length });
    expect(hints.map((h) => `${main.slice(h.offset - 6, h.offset)}${h.label}`)).toEqual(['mount): percent', 'ure: m: percent']);
  });
});

describe('signatureHelpAt', () => {
  it.each([
    ['sum($0', 0, 'sum(column where condition)'],
    ['sum(amount wh$0', 0, 'sum(column where condition)'],
    ['sum(amount where $0', 1, 'sum(column where condition)'],
    ['count($0', 0, 'count(where condition)'],
    ['mean((1 + 2) $0', 0, 'mean(column where condition)'],
  ])('%s', (value, active, label) => {
    const f = rangedFixture(withLedger(`measure m {\n  from ledger\n  value: ${value}\n}`));
    expect(signatureHelpAt(f.model, f.cursor.path, f.cursor.offset)).toMatchObject({ label, activeParameter: active });
  });

  it('is absent outside a call', () => {
    const f = rangedFixture(withLedger('measure m {\n  from ledger\n  value: sum(amount) $0\n}'));
    expect(signatureHelpAt(f.model, f.cursor.path, f.cursor.offset)).toBeUndefined();
  });
});

describe('codeLensesFor', () => {
  it('without data: the unit and a note', () => {
    const f = rangedFixture(withLedger(BODY));
    expect(codeLensesFor(f.model, '/main.hewitt').map((l) => l.title)).toEqual(['a percent · no data loaded', 'no data loaded']);
  });

  it('with data: values, projection and the groups off track', () => {
    const f = rangedFixture(withLedger(BODY));
    const row = (icb: string, status: 'on-track' | 'off-track', horizon: number) => ({
      group: { icb },
      baseline: 4.1,
      horizon,
      change: horizon - 4.1,
      projected: true,
      status,
    });
    const data: EvalResult = {
      ...EMPTY,
      measures: { m: { unit: 'percent', rows: [{ group: { icb: 'QE1', year: '2023/24' }, value: 4.1 }, { group: { icb: 'QE1', year: '2024/25' }, value: 4.3 }] } },
      targets: { t: { rows: [row('QE1', 'on-track', 5.3), row('QE2', 'off-track', 4.3)] } },
    };
    expect(codeLensesFor(f.model, '/main.hewitt', data).map((l) => l.title)).toEqual([
      '2 groups · mean 4.2%',
      '2023/24 4.1% → projected 4.8% (+0.7pp) · 1 of 2 ICBs off track',
    ]);
  });
});
