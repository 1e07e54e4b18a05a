import { describe, expect, it } from 'vitest';
import { checkRule, config, severitiesOf } from './support';
import { BASE } from './prelude';

const RULE = 'hewitt/local-priorities';

/** The prelude with its system target made national. */
const NATIONAL_ONLY = `//- /base.hewitt\n${BASE.replace('scope: system', 'scope: national')}`;

describe(RULE, () => {
  it('fires on the first national target when no system or place target exists, across files', () => {
    checkRule(RULE, `${NATIONAL_ONLY}
//- /other.hewitt
import "base.hewitt"
target more {
  measure: spend
  baseline: 2023/24
  horizon: 2025/26
  change: at least +£1
  scope: national
}`.replace('scope: national\n}\n', 'scope: national\n         ^^^^^^^^ hewitt/local-priorities 2 national targets\n}\n'));
  });

  it('does not fire when a local target exists in another file', () => {
    checkRule(RULE, `${NATIONAL_ONLY}
//- /local.hewitt
import "base.hewitt"
target local {
  measure: spend
  baseline: 2023/24
  horizon: 2025/26
  change: at least +£1
  scope: place
}`);
  });

  it('is info by default; error as configured; silent when off', () => {
    expect(severitiesOf(RULE, NATIONAL_ONLY)).toEqual(['info']);
    expect(severitiesOf(RULE, NATIONAL_ONLY, config({ [RULE]: 'error' }))).toEqual(['error']);
    expect(severitiesOf(RULE, NATIONAL_ONLY, config({ [RULE]: 'off' }))).toEqual([]);
  });
});
