// Name resolution: `from`, `on`, `measure:`, `purpose:`, `by`, expression names, duplicates.
import { describe, it } from 'vitest';
import { checkFixture } from '../support/fixture';
import { withLedger } from '../support/workspace';

describe('names', () => {
  it('accepts the prelude as it is', () => {
    checkFixture(withLedger(''));
  });

  it('resolves columns, classifications and categories in a measure', () => {
    checkFixture(
      withLedger(`
        measure screening_spend {
          from ledger
          value: sum(amount where prevention.screening and recurrent = yes)
          by icb, year
        }
      `),
    );
  });

  it('suggests the closest column for an unknown one', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: sum(amout)
        //           ^^^^^ unknown-name Unknown column \`amout\` in dataset \`ledger\`; did you mean \`amount\`?
        }
      `),
    );
  });

  it('reports an unknown column without a suggestion when nothing is close', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: sum(zzzzzz)
        //           ^^^^^^ unknown-name Unknown column \`zzzzzz\` in dataset \`ledger\`.
        }
      `),
    );
  });

  it('reports an unknown dataset after from, and stays quiet about the names it would have given', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledgr
        //     ^^^^^ unknown-name Unknown dataset \`ledgr\`; did you mean \`ledger\`?
          value: sum(amount)
          by icb
        }
      `),
    );
  });

  it('reports a name of the wrong kind after from and on', () => {
    checkFixture(
      withLedger(`
        measure m {
          from spend
        //     ^^^^^ unknown-name \`spend\` is a measure, but a dataset is expected here.
          value: count()
        }
        classification c on prevention {
        //                  ^^^^^^^^^^ unknown-name is a classification, but a dataset
          category x {
            level: primary
            when icb = "A"
          }
        }
      `),
    );
  });

  it('resolves the names of a classification condition against its dataset only', () => {
    checkFixture(
      withLedger(`
        classification c on ledger {
          category x {
            level: primary
            when programme = "X" and prevention
          //                         ^^^^^^^^^^ unknown-name Unknown column \`prevention\` in dataset \`ledger\`
          }
          exclude when cost_centr = "A"
        //             ^^^^^^^^^^ unknown-name did you mean \`cost_centre\`?
        }
      `),
    );
  });

  it('reports unknown categories with a suggestion', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: sum(amount where prevention.screning)
        //                                   ^^^^^^^^ unknown-name Unknown category \`screning\` in classification \`prevention\`; did you mean \`screening\`?
        }
      `),
    );
  });

  it('checks by and stratify by columns against the from dataset', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: count()
          by icb, yaer
        //        ^^^^ unknown-name did you mean \`year\`?
        }
        metric q {
          contract: gms
          kind: outcome
          from qof
          numerator: sum(achieved)
          denominator: sum(eligible)
          thresholds: 40% to 80%
          points: 17
          by practise
        //   ^^^^^^^^ unknown-name Unknown column \`practise\` in dataset \`qof\`; did you mean \`practice\`?
          stratify by imd_quintle
        //            ^^^^^^^^^^^ unknown-name did you mean \`imd_quintile\`?
        }
      `),
    );
  });

  it('resolves measure: and purpose: to the right kinds', () => {
    checkFixture(
      withLedger(`
        target t {
          measure: prevention_shar
        //         ^^^^^^^^^^^^^^^ unknown-name Unknown measure \`prevention_shar\`; did you mean \`prevention_share\`?
          baseline: 2023/24
          horizon: 2028/29
          change: at least +1pp
          scope: system
        }
        funding f {
          amount: £250k
          period: 2024/25 .. 2024/25
          recurrent: no
          purpose: ledger
        //         ^^^^^^ unknown-name \`ledger\` is a dataset, but a classification is expected here.
        }
      `),
    );
  });

  it('reports a classification of another dataset used in where', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: sum(amount where qof_scope)
        //                        ^^^^^^^^^ type-mismatch The classification \`qof_scope\` classifies \`qof\`
        }
      `),
    );
  });

  it('reports duplicate top-level names, columns and categories on the second', () => {
    checkFixture(`
      dataset d {
        source: "d.csv"
        columns {
          a: text
          a: number
      //  ^ duplicate-name In dataset \`d\`, the column \`a\` is declared twice
        }
      }
      dataset d {
      //      ^ duplicate-name The name \`d\` is declared twice
        source: "e.csv"
        columns {
          b: text
        }
      }
      classification c on d {
        category x {
          level: primary
          when a = "1"
        }
        category x {
      //         ^ duplicate-name the category \`x\` is declared twice
          level: primary
          when a = "2"
        }
      }
    `);
  });
});
