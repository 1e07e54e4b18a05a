import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/core/diagnostics';
import type { EvalResult } from '../../server/src/core/eval/result';
import { parseFixture } from '../support/fixture';
import { applyFix, checkRule, checkSource, config, findings, severitiesOf } from './support';
import { withBase } from './prelude';

const RULE = 'hewitt/prevention-shift';

const target = (change: string, horizon = '2028/29'): string => `
  target small {
    measure: prevention_share
    baseline: 2023/24
    horizon: ${horizon}
    change: ${change}
    scope: place
  }
`;

describe(RULE, () => {
  it('fires on a prevention-share target asking for less than +1pp', () => {
    checkRule(RULE, withBase(`
      target small {
        measure: prevention_share
        baseline: 2023/24
        horizon: 2028/29
        change: at least +0.5pp
                         ^^^^^^ hewitt/prevention-shift asks for +0.5pp; Hewitt recommendation H-01 asks for at least +1pp
        scope: place
      }
    `));
  });

  it('fires on a relative change, which asks for far less than a point', () => {
    checkRule(RULE, withBase(`
      target small {
        measure: prevention_share
        baseline: 2023/24
        horizon: 2028/29
        change: at least +1% relative
                         ^^^^^^^^^^^^ hewitt/prevention-shift 5.05%
        scope: place
      }
    `));
  });

  it('fires on a horizon more than five years after the baseline', () => {
    checkRule(RULE, withBase(`
      target slow {
        measure: prevention_share
        baseline: 2023/24
        horizon: 2030/31
                 ^^^^^^^ hewitt/prevention-shift runs 7 years
        change: at least +1pp
        scope: place
      }
    `));
  });

  it('does not fire on +1pp within five years, on other measures, or on `at most`', () => {
    checkRule(RULE, withBase(`
      ${target('at least +1.5pp')}
      target spend_up {
        measure: spend
        baseline: 2023/24
        horizon: 2030/31
        change: at least +£1
        scope: place
      }
      ${target('at most +0.5pp').replace('small', 'capped')}
    `));
  });

  it('notes, at info, a prevention share that no target tracks', () => {
    checkRule(RULE, withBase(`
      measure share_2 {
              ^^^^^^^ hewitt/prevention-shift no target tracks it
        from ledger
        value: sum(amount where prevention.screening) / sum(amount)
        by icb, year
      }
    `));
    expect(severitiesOf(RULE, withBase('measure share_2 {\n  from ledger\n  value: sum(amount where prevention) / sum(amount)\n  by year\n}'))).toEqual(['info']);
  });

  it('options: minChange and maxYears', () => {
    const source = withBase(target('at least +1pp', '2030/31'));
    expect(severitiesOf(RULE, source)).toEqual(['warning']);
    expect(severitiesOf(RULE, source, config({ [RULE]: ['warning', { maxYears: 7 }] }))).toEqual([]);
    expect(severitiesOf(RULE, withBase(target('at least +1.5pp')), config({ [RULE]: ['warning', { minChange: 2 }] }))).toEqual(['warning', 'warning']); // and the prelude's +1pp target;
  });

  it('severity: error as configured, minor findings at most info; off silences all', () => {
    const source = withBase(`${target('at least +0.5pp')}\nmeasure share_2 {\n  from ledger\n  value: sum(amount where prevention) / sum(amount)\n  by year\n}`);
    expect(severitiesOf(RULE, source, config({ [RULE]: 'error' })).sort()).toEqual(['error', 'info']);
    expect(severitiesOf(RULE, source, config({ [RULE]: 'hint' }))).toEqual(['hint', 'hint']);
    expect(severitiesOf(RULE, source, config({ [RULE]: 'off' }))).toEqual([]);
  });

  it('quick fixes: set the change to +1pp; set the horizon within five years', () => {
    expect(applyFix(withBase(target('at least +0.5pp')), RULE, 'Set the change')).toContain('change: at least +1pp\n');
    expect(applyFix(withBase(target('exactly +2% relative')), RULE, 'Set the change')).toContain('change: exactly +1pp\n');
    expect(applyFix(withBase(target('at least +1pp', '2031/32')), RULE, 'Set the horizon')).toContain('horizon: 2028/29\n');
  });

  it('with data: the evaluation\'s findings take the configured severity, and off drops them', () => {
    const fixture = parseFixture(withBase(target('at least +1pp')));
    const start = fixture.files.get('/main.hewitt')!.indexOf('small');
    const finding: Diagnostic = { code: RULE, severity: 'warning', message: 'Target small: 3 of 42 ICBs missed +1pp by 2028/29.', span: { start, end: start + 5 } };
    const data: EvalResult = {
      version: 1, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {},
      diagnostics: new Map([['/main.hewitt', [finding]]]),
    };
    expect(findings(checkSource(fixture.files, { data }), RULE).map((d) => d.message)).toEqual([finding.message]);
    expect(findings(checkSource(fixture.files, { data, config: config({ [RULE]: 'error' }) }), RULE).map((d) => d.severity)).toEqual(['error']);
    expect(findings(checkSource(fixture.files, { data, config: config({ [RULE]: 'off' }) }), RULE)).toEqual([]);
  });
});
