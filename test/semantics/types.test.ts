// Types and units of expressions.
import { describe, it } from 'vitest';
import { checkFixture } from '../support/fixture';
import { withLedger } from '../support/workspace';

const measure = (value: string): string => withLedger(`
  measure m {
    from ledger
    value: ${value}
  }
`);

describe('arithmetic', () => {
  it.each([
    'sum(amount) + sum(amount)',
    'sum(amount) - £1m',
    'sum(visits) * 2',
    '2 * sum(amount)',
    'sum(amount) / sum(amount)',
    'sum(amount) / 12',
    'mean(share) - mean(share)',
    'mean(share) + 1pp',
    'mean(share) - 1pp',
    '1pp + 2pp',
    '1pp * 3',
    'mean(share) * 2',
    'mean(share) / 2',
    'sum(visits) / count()',
    '-sum(amount)',
    '(sum(amount))',
  ])('accepts %s', (value) => {
    checkFixture(measure(value));
  });

  it('rejects adding two percents', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: mean(share) + mean(share)
        //       ^^^^^^^^^^^^^^^^^^^^^^^^^ type-mismatch Adding two percents
        }
      `),
    );
  });

  it('rejects mixed units', () => {
    checkFixture(
      withLedger(`
        measure a {
          from ledger
          value: sum(amount) + sum(visits)
        //       ^^^^^^^^^^^^^^^^^^^^^^^^^ type-mismatch Cannot add money to a number
        }
        measure b {
          from ledger
          value: sum(visits) / sum(amount)
        //       ^^^^^^^^^^^^^^^^^^^^^^^^^ type-mismatch Cannot divide a number by money
        }
        measure c {
          from ledger
          value: sum(amount) * sum(amount)
        //       ^^^^^^^^^^^^^^^^^^^^^^^^^ type-mismatch Cannot multiply money by money
        }
        measure d {
          from ledger
          value: -count(where icb = "A") + "x"
        //       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ type-mismatch
        }
      `),
    );
  });

  it('never reports twice on an unknown operand', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: sum(amout) + 1pp * "x"
        //           ^^^^^ unknown-name
        //                    ^^^^^^^^^ type-mismatch Cannot multiply percentage points by text
        }
      `),
    );
  });
});

describe('aggregates', () => {
  it('needs money or number for sum', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: sum(icb)
        //           ^^^ type-mismatch sum needs a money or number column; \`icb\` is text
        }
        measure n {
          from ledger
          value: mean(year) + min(paid_on) - max(recurrent)
        //            ^^^^ type-mismatch mean needs a money, number or percent column; \`year\` is fiscal_year
        //                                       ^^^^^^^^^ type-mismatch max needs
        }
      `),
    );
  });

  it('types min and max of years and dates, and count', () => {
    checkFixture(
      withLedger(`
        classification late on ledger {
          category recent {
            level: primary
            when paid_on >= "2024-04-01" and year >= 2024/25
          }
        }
        measure m {
          from ledger
          value: count(where recurrent = no) + count()
        }
      `),
    );
  });

  it('needs a condition in where, and rejects bare columns outside aggregates', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: sum(amount where icb)
        //                        ^^^ type-mismatch \`where\` needs a yes/no condition
        }
        measure n {
          from ledger
          value: amount
        //       ^^^^^^ type-mismatch use an aggregate such as sum(amount)
        }
        measure o {
          from ledger
          value: prevention
        //       ^^^^^^^^^^ type-mismatch use it in a \`where\`
        }
        measure p {
          from ledger
          value: 42
        }
      `),
    );
  });

  it('rejects nested aggregates and aggregates in classification conditions', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: sum(sum(amount))
        //           ^^^ type-mismatch Aggregates cannot be nested
        }
        classification c on ledger {
          category x {
            level: primary
            when sum(amount) > £1m
        //       ^^^ type-mismatch A classification's condition tests each row
          }
        }
      `),
    );
  });
});

describe('conditions', () => {
  it('needs both sides of a comparison to have one type', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: count(where share > 40 or amount = "x" or icb = "A")
        //                           ^^ type-mismatch Cannot compare \`share\` (a percent) with \`40\` (a number); expected a percent such as 40%
        //                                          ^^^ type-mismatch expected money such as £1,000
        }
      `),
    );
  });

  it('checks lists, starts with, and, or, not', () => {
    checkFixture(
      withLedger(`
        measure m {
          from ledger
          value: count(where programme in ["A", 1] and amount starts with "£")
        //                                      ^ type-mismatch Every item of this list must be text
        //                                             ^^^^^^ type-mismatch \`starts with\` compares text, but \`amount\` is money
        }
        measure n {
          from ledger
          value: count(where not amount or icb = "A" and visits)
        //                       ^^^^^^ type-mismatch \`not\` needs a yes/no condition
        //                                               ^^^^^^ type-mismatch \`and\` needs a yes/no condition
        }
        measure o {
          from ledger
          value: count(where icb < "B" and not (programme not in ["X"]))
        //                   ^^^^^^^^^ type-mismatch \`<\` needs values that can be ordered
        }
      `),
    );
  });
});

describe('metric units', () => {
  it('needs numbers or money in numerator and denominator, in the same unit', () => {
    checkFixture(
      withLedger(`
        metric q {
          contract: gms
          kind: outcome
          from qof
          numerator: mean(uptake)
        //           ^^^^^^^^^^^^ type-mismatch The numerator must count or add up rows
          denominator: sum(eligible)
          thresholds: 40% to 80%
          points: 17
        }
        metric r {
          contract: gms
          kind: outcome
          from ledger
          numerator: sum(amount)
          denominator: sum(visits)
        //             ^^^^^^^^^^^ type-mismatch The numerator is money but the denominator is a number
          thresholds: 40% to 80%
          points: 17
        }
      `),
    );
  });
});
