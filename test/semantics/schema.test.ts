// The declaration schema: allowed, required and repeated members, and enumerated values.
import { describe, it } from 'vitest';
import { checkFixture } from '../support/fixture';
import { withLedger } from '../support/workspace';

describe('declaration schema', () => {
  it('reports an unknown property with the ones expected', () => {
    checkFixture(`
      dataset d {
      //      ^ missing-property The dataset \`d\` needs \`source\`
        sorce: "d.csv"
      //^^^^^ unknown-property A dataset has no property \`sorce\`; expected one of source, table, engine, sheet, owner, columns
        columns {
          a: text
        }
      }
    `);
  });

  it('reports missing required members on the declaration name', () => {
    checkFixture(`
      dataset d {
      //      ^ missing-property The dataset \`d\` needs \`source\`
      //      ^ missing-property The dataset \`d\` needs \`columns\`
      }
      measure m {
      //      ^ missing-property needs \`from\`
      //      ^ missing-property needs \`value\`
      }
      classification c on d {
      //             ^ missing-property needs at least one \`category\`
      }
    `);
  });

  it('reports a clause that a declaration does not have', () => {
    checkFixture(
      withLedger(`
        funding f {
          amount: £1m
          period: 2024/25 .. 2025/26
          recurrent: yes
          from ledger
        //^^^^ unknown-property A funding has no \`from\` clause; expected one of amount, period, recurrent, purpose
        }
      `),
    );
  });

  it('reports a duplicated property on the second', () => {
    checkFixture(`
      dataset d {
        source: "a.csv"
        source: "b.csv"
      //^^^^^^ duplicate-property \`source\` is given twice in this dataset
        columns {
          a: text
        }
      }
    `);
  });

  it('allows several categories and exclude clauses', () => {
    checkFixture(
      withLedger(`
        classification c on ledger {
          basis: "broad"
          category a {
            level: primary
            when icb = "A"
          }
          category b {
            function: HC.6.1
            when icb = "B"
          }
          exclude when programme = "ACUTE"
          exclude when recurrent = no
        }
      `),
    );
  });

  it('checks column types', () => {
    checkFixture(`
      dataset d {
        source: "d.csv"
        columns {
          a: moneys
      //     ^^^^^^ invalid-value \`moneys\` is not a column type; expected a column type such as money or text
          b: fiscal_year
        }
      }
    `);
  });

  it('checks category members: function codes, levels, weights and the when clause', () => {
    checkFixture(
      withLedger(`
        classification c on ledger {
          category a {
            function: HC.7.1
        //            ^^^^^^ invalid-value \`HC.7.1\` is not a prevention function code; expected one of HC.6.1, HC.6.2, HC.6.3, HC.6.4, HC.6.5, HC.6.6
            level: tertary
        //         ^^^^^^^ invalid-value \`tertary\` is not a level; expected one of primary, secondary, tertiary (did you mean \`tertiary\`?)
            weight: 150%
        //          ^^^^ invalid-weight must be a percent from 0% to 100%
            when icb = "A"
          }
          category b {
        //         ^ missing-property needs a \`level\` or a \`function\`
        //         ^ missing-property The category \`b\` needs \`when\`
            weight: 0.5
        //          ^^^ invalid-weight
          }
          category ok {
            level: tertiary
            weight: 50%
            when icb = "B"
          }
        }
      `),
    );
  });

  it('checks metric enums, thresholds, points and value per point', () => {
    checkFixture(
      withLedger(`
        metric q {
          contract: gp
        //          ^^ invalid-value \`gp\` is not a contract; expected one of gms, pms, apms, pcn_des, local, acute, community
          kind: result
        //      ^^^^^^ invalid-value is not a metric kind
          from qof
          numerator: sum(achieved)
          denominator: sum(eligible) - sum(pca)
          thresholds: 80% to 40%
        //                   ^^^ invalid-threshold The upper threshold \`40%\` must be above the lower threshold \`80%\`
          points: 0
        //        ^ invalid-points \`points\` must be a positive number
          value per point: 213.43
        //                 ^^^^^^ type-mismatch \`value per point\` needs money such as £1,000, but \`213.43\` is a number
        }
        metric r {
          contract: gms
          kind: outcome
          from qof
          numerator: sum(achieved)
          denominator: sum(eligible)
          thresholds: 40 to 120%
        //            ^^ invalid-threshold The threshold \`40\` must be a percent from 0% to 100%
        //                  ^^^^ invalid-threshold The threshold \`120%\`
          points: -3
        //        ^^ invalid-points
        }
        metric ok {
          contract: pcn_des
          kind: process
          from qof
          numerator: sum(achieved)
          denominator: sum(eligible)
          thresholds: 40% to 80%
          points: 17
          value per point: £213.43
          by practice
          stratify by imd_quintile
        }
      `),
    );
  });

  it('checks funding amounts, periods and recurrence', () => {
    checkFixture(
      withLedger(`
        funding f {
          amount: 250000
        //        ^^^^^^ type-mismatch \`amount\` needs money such as £1,000, but \`250000\` is a number
          period: 2025/26 .. 2024/25
        //                   ^^^^^^^ invalid-value The period ends in 2024/25, before it starts in 2025/26
          recurrent: "no"
        //           ^^^^ type-mismatch \`recurrent\` needs yes/no such as yes
          purpose: prevention
        }
        funding g {
          amount: £1.2m
          period: 2024/25 to 2025/26
        //        ^^^^^^^^^^^^^^^^^^ invalid-value Write \`period\` with \`..\` between the bounds
          recurrent: yes
        }
      `),
    );
  });

  it('checks target scope and years', () => {
    checkFixture(
      withLedger(`
        target t {
          measure: spend
          baseline: 2028/29
          horizon: 2023/24
        //         ^^^^^^^ invalid-value The horizon 2023/24 must come after the baseline 2028/29
          change: at least +£1m
          scope: region
        //       ^^^^^^ invalid-value \`region\` is not a scope; expected one of national, system, place
        }
      `),
    );
  });
});
