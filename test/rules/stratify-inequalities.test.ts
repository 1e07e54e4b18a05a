import { describe, expect, it } from 'vitest';
import { applyFix, checkRule, config, findings, checkSource, severitiesOf } from './support';
import { parseFixture } from '../support/fixture';
import { withBase } from './prelude';
import { metric } from './metrics';

const RULE = 'hewitt/stratify-inequalities';
const UNSTRATIFIED = withBase(metric('dm', 'gms', 'outcome'));

describe(RULE, () => {
  it('fires on an outcome metric without `stratify by`, on its name', () => {
    checkRule(RULE, withBase(`
      metric dm {
             ^^ hewitt/stratify-inequalities not stratified by deprivation
        contract: gms
        kind: outcome
        from qof
        numerator: sum(achieved)
        denominator: sum(eligible)
        thresholds: 40% to 80%
        points: 10
        by practice
      }
    `));
  });

  it('does not fire when stratified, or on other kinds', () => {
    checkRule(RULE, withBase(`${metric('a', 'gms', 'outcome', 10, '\n  stratify by imd_quintile')}\n${metric('b', 'local', 'process')}`));
  });

  it('info by default; severity; off', () => {
    expect(severitiesOf(RULE, UNSTRATIFIED)).toEqual(['info']);
    expect(severitiesOf(RULE, UNSTRATIFIED, config({ [RULE]: 'error' }))).toEqual(['error']);
    expect(severitiesOf(RULE, UNSTRATIFIED, config({ [RULE]: 'off' }))).toEqual([]);
  });

  it('quick fix: adds `stratify by imd_quintile` as the last line of the body', () => {
    expect(applyFix(UNSTRATIFIED, RULE, 'Stratify by')).toContain('  by practice\n  stratify by imd_quintile\n}\n');
  });

  it('offers no fix when the dataset lacks the column (option column names it)', () => {
    const source = withBase(metric('v', 'gms', 'outcome').replace('from qof', 'from visits'));
    const [found] = findings(checkSource(parseFixture(source).files), RULE);
    expect(found.fixes).toBeUndefined();
    const renamed = findings(checkSource(parseFixture(UNSTRATIFIED).files, { config: config({ [RULE]: ['info', { column: 'deprivation' }] }) }), RULE);
    expect(renamed[0].message).toContain('stratify by deprivation');
    expect(renamed[0].fixes).toBeUndefined();
  });
});
