import { describe, expect, it } from 'vitest';
import { applyFix, checkRule, config, severitiesOf } from './support';
import { withBase } from './prelude';

const RULE = 'hewitt/prevention-definition';

const NO_BASIS = withBase(`
  classification smoking on ledger {
    category stop {
      level: primary
      when programme = "SMOK"
    }
  }
`);

describe(RULE, () => {
  it('the prelude is clean under the whole catalogue', () => {
    checkRule(RULE, withBase(''));
  });

  it('fires on a classification without a basis, on its name', () => {
    checkRule(RULE, withBase(`
      classification smoking on ledger {
      //             ^^^^^^^ hewitt/prevention-definition add \`basis: "…"\`
        category stop {
          level: primary
          when programme = "SMOK"
        }
      }
    `));
  });

  it('does not fire when the basis is given', () => {
    checkRule(RULE, withBase(`
      classification smoking on ledger {
        basis: "Stop smoking services"
        category stop {
          function: HC.6.1
          when programme = "SMOK"
        }
      }
    `));
  });

  it('takes the configured severity, and is silent when off', () => {
    expect(severitiesOf(RULE, NO_BASIS)).toEqual(['warning']);
    expect(severitiesOf(RULE, NO_BASIS, config({ [RULE]: 'error' }))).toEqual(['error']);
    expect(severitiesOf(RULE, NO_BASIS, config({ [RULE]: 'off' }))).toEqual([]);
  });

  it('quick fix: inserts basis as the first line of the body, at the body indentation', () => {
    expect(applyFix(NO_BASIS, RULE, 'Add a `basis`')).toMatchInlineSnapshot(`
      "import "base.hewitt"
      classification smoking on ledger {
        basis: "…"
        category stop {
          level: primary
          when programme = "SMOK"
        }
      }
      "
    `);
  });

  it('quick fix: keeps a deeper indentation', () => {
    const fixed = applyFix(withBase('classification smoking on ledger {\n    category stop {\n        level: primary\n        when programme = "SMOK"\n    }\n}'), RULE, 'Add a `basis`');
    expect(fixed.split('\n').slice(1, 3)).toEqual(['classification smoking on ledger {', '    basis: "…"']);
  });
});
