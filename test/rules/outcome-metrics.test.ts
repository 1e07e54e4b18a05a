import { describe, expect, it } from 'vitest';
import { applyFix, checkRule, config, severitiesOf } from './support';
import { withBase } from './prelude';
import { metric } from './metrics';

const RULE = 'hewitt/outcome-metrics';
const STRATIFIED = '\n  stratify by imd_quintile';

describe(RULE, () => {
  it('fires on a GP-contract metric of kind activity, on the kind', () => {
    checkRule(RULE, withBase(`
      metric visits_paid {
        contract: pcn_des
        kind: activity
              ^^^^^^^^ hewitt/outcome-metrics H-20
        from qof
        numerator: sum(achieved)
        denominator: sum(eligible)
        thresholds: 40% to 80%
        points: 5
        by practice
      }
      ${metric('outcome_one', 'pcn_des', 'outcome', 20, STRATIFIED)}
    `));
  });

  it('does not fire on activity outside GP contracts, or on outcome-weighted contracts', () => {
    checkRule(RULE, withBase(`${metric('acute_activity', 'acute', 'activity')}\n${metric('a', 'gms', 'outcome', 30, STRATIFIED)}\n${metric('b', 'gms', 'process', 20)}`));
  });

  it('notes (info) a GP contract whose points sit mostly in process and activity metrics; option share', () => {
    const source = withBase(`${metric('a', 'gms', 'outcome', 10, STRATIFIED)}\n${metric('b', 'gms', 'process', 20)}`);
    expect(severitiesOf(RULE, source)).toEqual(['info']);
    expect(severitiesOf(RULE, source, config({ [RULE]: ['warning', { share: 0.7 }] }))).toEqual([]);
  });

  it('severity as configured; off', () => {
    const source = withBase(metric('a', 'gms', 'activity', 5));
    expect(severitiesOf(RULE, source, config({ [RULE]: 'error' })).sort()).toEqual(['error', 'info']);
    expect(severitiesOf(RULE, source, config({ [RULE]: 'off' }))).toEqual([]);
  });

  it('quick fixes: kind outcome; or a suppression comment with a reason placeholder', () => {
    const source = withBase(`${metric('a', 'gms', 'activity', 5)}\n${metric('b', 'gms', 'outcome', 50, STRATIFIED)}`);
    expect(applyFix(source, RULE, 'Change the kind')).toContain('  kind: outcome\n');
    expect(applyFix(source, RULE, 'Suppress')).toContain('// hewitt-ignore hewitt/outcome-metrics: <why paying for this activity is right here>\nmetric a {');
  });
});
