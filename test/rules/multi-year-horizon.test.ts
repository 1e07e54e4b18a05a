import { describe, expect, it } from 'vitest';
import { applyFix, checkRule, config, severitiesOf } from './support';
import { withBase } from './prelude';

const RULE = 'hewitt/multi-year-horizon';

const TWO_YEARS = withBase(`
  funding service {
    amount: £1m
    period: 2024/25 .. 2025/26
    recurrent: yes
  }
`);

describe(RULE, () => {
  it('fires on a period shorter than three years', () => {
    checkRule(RULE, withBase(`
      funding service {
        amount: £1m
        period: 2024/25 .. 2025/26
                ^^^^^^^^^^^^^^^^^^ hewitt/multi-year-horizon covers 2 years
        recurrent: yes
      }
    `));
  });

  it('does not fire on three years or more', () => {
    checkRule(RULE, withBase('funding s { amount: £1m period: 2024/25 .. 2026/27 recurrent: yes }'));
  });

  it('option minYears; info by default; severity; off', () => {
    expect(severitiesOf(RULE, TWO_YEARS)).toEqual(['info']);
    expect(severitiesOf(RULE, TWO_YEARS, config({ [RULE]: ['info', { minYears: 2 }] }))).toEqual([]);
    expect(severitiesOf(RULE, TWO_YEARS, config({ [RULE]: 'error' }))).toEqual(['error']);
    expect(severitiesOf(RULE, TWO_YEARS, config({ [RULE]: 'off' }))).toEqual([]);
  });

  it('quick fix: extends the period to minYears', () => {
    expect(applyFix(TWO_YEARS, RULE, 'Extend the period')).toContain('  period: 2024/25 .. 2026/27\n');
  });
});
