import { describe, expect, it } from 'vitest';
import { changeText } from '../../server/src/core/eval/findings';
import { evaluateRows, pounds } from './helpers';

const RULES = `
dataset ledger {
  source: "ledger.csv"
  columns {
    icb: text
    year: fiscal_year
    programme: text
    amount: money
  }
}
classification prevention on ledger {
  category immunisation {
    level: primary
    when programme in ["IMMS", "IMMS-SCR"]
  }
  category health_checks {
    level: primary
    when programme = "CHECK-SCR"
  }
  category screening {
    level: secondary
    when programme = "IMMS-SCR" or programme = "CHECK-SCR"
  }
}
measure share {
  from ledger
  value: sum(amount where prevention) / sum(amount)
  by icb, year
}
measure spend {
  from ledger
  value: sum(amount)
  by icb, year
}
target shift {
  measure: share
  baseline: 2023/24
  horizon: 2028/29
  change: at least +1pp
  scope: system
}
target spend_up {
  measure: spend
  baseline: 2023/24
  horizon: 2028/29
  change: at least +£1m
  scope: system
}
`;

/** An ICB whose prevention share is `shares[i]` percent in 2023/24, 2024/25, … */
function icb(code: string, shares: number[]) {
  return shares.flatMap((share, i) => {
    const year = `${2023 + i}/${String(24 + i)}`;
    return [
      [code, year, 'IMMS', pounds(share * 100)],
      [code, year, 'ACUTE', pounds((100 - share) * 100)],
    ];
  });
}

describe('data findings', () => {
  it('warns on the later category with the overlap count and the earlier category', async () => {
    const result = await evaluateRows(RULES, {
      ledger: [
        ['A', '2023/24', 'IMMS-SCR', pounds(1)],
        ['A', '2023/24', 'IMMS-SCR', pounds(1)],
        ['A', '2023/24', 'CHECK-SCR', pounds(1)],
      ],
    });
    const found = (result.diagnostics.get('/main.hewitt') ?? []).filter((d) => d.code === 'hewitt/no-double-count');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toBe(
      'Category `screening` of `prevention`: 3 rows also match earlier categories (`immunisation` 2, `health_checks` 1) and are counted there only; narrow one of the conditions so each row fits one category.',
    );
    const text = RULES;
    expect(text.slice(found[0].span.start, found[0].span.end)).toBe('screening');
    expect(found[0].related?.map((r) => text.slice(r.span.start, r.span.end))).toEqual(['immunisation', 'health_checks']);
    expect(result.classifications.prevention.overlapRows).toBe(3);
  });

  it('names how many groups are projected to miss a prevention-share target, worst first', async () => {
    const result = await evaluateRows(RULES, {
      ledger: [...icb('QKS', [4, 4.04, 4.08]), ...icb('QOQ', [4, 4.05, 4.1]), ...icb('QE1', [4, 4.5, 5])],
    });
    const found = (result.diagnostics.get('/main.hewitt') ?? []).filter((d) => d.code === 'hewitt/prevention-shift');
    // QKS: +0.04pp a year, so +0.2pp by 2028/29; QOQ +0.25pp; QE1 +2.5pp
    expect(found.map((d) => d.message)).toEqual(['Target shift: 2 of 3 ICBs are projected to miss +1pp by 2028/29 (worst: QKS +0.2pp, QOQ +0.25pp).']);
    expect(RULES.slice(found[0].span.start, found[0].span.end)).toBe('shift');
    // spend_up is not a prevention share: no finding, however it fares
    expect(result.targets.spend_up.rows.every((r) => r.status === 'off-track')).toBe(true);
  });

  it('formats changes in the unit of the measure', () => {
    expect(changeText(0.2000000001, 'percent')).toBe('+0.2pp');
    expect(changeText(-1.256, 'pp')).toBe('-1.26pp');
    expect(changeText(-25_000_000, 'money')).toBe('-£250000.00');
    expect(changeText(0, 'number')).toBe('0');
  });
});
