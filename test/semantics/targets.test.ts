// Targets: the change's unit against the measure's unit, and the year grouping.
import { describe, it } from 'vitest';
import { checkFixture } from '../support/fixture';
import { withLedger } from '../support/workspace';

const target = (measure: string, change: string): string => withLedger(`
  target t {
    measure: ${measure}
    baseline: 2023/24
    horizon: 2028/29
    change: ${change}
    scope: system
  }
`);

describe('target changes', () => {
  it.each([
    ['prevention_share', 'at least +1pp'],
    ['prevention_share', 'at most -0.5pp'],
    ['prevention_share', 'at least +1% relative'],
    ['spend', 'exactly +£1m'],
    ['spend', 'at least +5% relative'],
    ['visits_total', 'at least +100'],
    ['visits_total', 'at most -2% relative'],
  ])('accepts %s with %s', (measure, change) => {
    checkFixture(target(measure, change));
  });

  it('reports +1% on a percent measure as ambiguous, offering both fixes', () => {
    checkFixture(
      withLedger(`
        target t {
          measure: prevention_share
          baseline: 2023/24
          horizon: 2028/29
          change: at least +1%
        //                 ^^^ ambiguous-percent-change \`+1%\` on the percent measure \`prevention_share\` is ambiguous: write \`+1pp\` for one percentage point, or \`+1% relative\` for a relative change
          scope: system
        }
      `),
    );
  });

  it('reports amounts that do not fit the measure', () => {
    checkFixture(
      withLedger(`
        target a {
          measure: prevention_share
          baseline: 2023/24
          horizon: 2028/29
          change: at least +£1m
        //                 ^^^^ type-mismatch does not fit the percent measure \`prevention_share\`
          scope: system
        }
        target b {
          measure: spend
          baseline: 2023/24
          horizon: 2028/29
          change: at least +1pp
        //                 ^^^^ type-mismatch does not fit the money measure \`spend\`
          scope: place
        }
        target c {
          measure: spend
          baseline: 2023/24
          horizon: 2028/29
          change: at least +5%
        //                 ^^^ type-mismatch write \`+5% relative\` for a relative change
          scope: national
        }
        target d {
          measure: visits_total
          baseline: 2023/24
          horizon: 2028/29
          change: at least +£5
        //                 ^^^ type-mismatch write a number such as +10
          scope: national
        }
      `),
    );
  });

  it('needs the measure to be grouped by a fiscal year column', () => {
    checkFixture(
      withLedger(`
        target t {
          measure: share_by_icb
        //         ^^^^^^^^^^^^ invalid-value The measure \`share_by_icb\` is not grouped by a fiscal year
          baseline: 2023/24
          horizon: 2028/29
          change: at least +1pp
          scope: system
        }
      `),
    );
  });

  it('reports missing target members', () => {
    checkFixture(
      withLedger(`
        target t {
        //     ^ missing-property needs \`baseline\`
        //     ^ missing-property needs \`horizon\`
        //     ^ missing-property needs \`scope\`
          measure: spend
          change: at least +£1m
        }
      `),
    );
  });
});

describe('fiscal years', () => {
  it('reports years that are not consecutive, wherever they are written', () => {
    checkFixture(
      withLedger(`
        target t {
          measure: spend
          baseline: 2023/25
        //          ^^^^^^^ invalid-fiscal-year 2023/25 is not a fiscal year: the second year must follow the first (2023/24)
          horizon: 2028/29
          change: at least +£1m
          scope: system
        }
        measure m {
          from ledger
          value: count(where year = 2024/2026)
        //                          ^^^^^^^^^ invalid-fiscal-year (2024/25)
        }
        funding f {
          amount: £1m
          period: 2024/25 .. 2025/2026
          recurrent: no
        }
      `),
    );
  });
});
