import { describe, expect, it } from 'vitest';
import { applyFix, checkRule, config, severitiesOf } from './support';
import { withBase } from './prelude';

const RULE = 'hewitt/recurrent-funding';

const POT = withBase(`
  funding pilot "Healthy weight pilot" {
    amount: £250k
    period: 2024/25 .. 2024/25
    recurrent: no
  }
`);

describe(RULE, () => {
  it('fires on `recurrent: no` within one financial year', () => {
    checkRule(RULE, withBase(`
      funding pilot "Healthy weight pilot" {
        amount: £250k
        period: 2024/25 .. 2024/25
        recurrent: no
                   ^^ hewitt/recurrent-funding H-06
      }
    `));
  });

  it('does not fire on recurrent funding or a pot over several years', () => {
    checkRule(RULE, withBase(`
      funding a { amount: £250k period: 2024/25 .. 2024/25 recurrent: yes }
      funding b { amount: £250k period: 2024/25 .. 2025/26 recurrent: no }
    `));
  });

  it('option below: only pots smaller than the amount', () => {
    expect(severitiesOf(RULE, POT, config({ [RULE]: ['warning', { below: '£100k' }] }))).toEqual([]);
    expect(severitiesOf(RULE, POT, config({ [RULE]: ['warning', { below: '£1m' }] }))).toEqual(['warning']);
  });

  it('severity as configured; off', () => {
    expect(severitiesOf(RULE, POT, config({ [RULE]: 'error' }))).toEqual(['error']);
    expect(severitiesOf(RULE, POT, config({ [RULE]: 'off' }))).toEqual([]);
  });

  it('quick fixes: recurrent: yes; or a three-year period', () => {
    expect(applyFix(POT, RULE, 'Make the funding recurrent')).toContain('  recurrent: yes\n');
    expect(applyFix(POT, RULE, 'Extend the period')).toContain('  period: 2024/25 .. 2026/27\n');
  });
});
