import { describe, expect, it } from 'vitest';
import { checkRule, config, severitiesOf } from './support';
import { BASE } from './prelude';
import { metric } from './metrics';

const RULE = 'hewitt/qof-points-budget';
const S = '\n  stratify by imd_quintile';

describe(RULE, () => {
  it('fires on the points of the metric that takes a contract over 635, across files', () => {
    checkRule(RULE, `//- /base.hewitt
${BASE}
//- /a.hewitt
import "base.hewitt"
${metric('a', 'gms', 'outcome', 400, S)}
//- /b.hewitt
import "base.hewitt"
${metric('b', 'gms', 'outcome', 200, S)}
${metric('c', 'gms', 'outcome', 100, S).replace('points: 100', 'points: 100\n          ^^^ hewitt/qof-points-budget total 700 points')}
${metric('d', 'gms', 'outcome', 100, S)}`);
  });

  it('does not fire within the total, and counts each contract apart', () => {
    const source = `//- /base.hewitt\n${BASE}\n//- /a.hewitt\nimport "base.hewitt"\n${metric('a', 'gms', 'outcome', 600, S)}\n${metric('b', 'pms', 'outcome', 600, S)}`;
    checkRule(RULE, source);
  });

  it('option max; severity; off', () => {
    const source = `//- /base.hewitt\n${BASE}\n//- /a.hewitt\nimport "base.hewitt"\n${metric('a', 'gms', 'outcome', 100, S)}`;
    expect(severitiesOf(RULE, source)).toEqual([]);
    expect(severitiesOf(RULE, source, config({ [RULE]: ['warning', { max: 50 }] }))).toEqual(['warning']);
    expect(severitiesOf(RULE, source, config({ [RULE]: ['error', { max: 50 }] }))).toEqual(['error']);
    expect(severitiesOf(RULE, source, config({ [RULE]: ['off', { max: 50 }] }))).toEqual([]);
  });
});
