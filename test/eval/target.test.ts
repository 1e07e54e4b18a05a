import { describe, expect, it } from 'vitest';
import { meets, projectLeastSquares } from '../../server/src/core/eval/target';
import { evaluateRows, pounds } from './helpers';

const RULES = `
dataset activity {
  source: "activity.csv"
  columns {
    icb: text
    year: fiscal_year
    visits: number
    amount: money
  }
}
measure visits {
  from activity
  value: sum(visits)
  by year, icb
}
measure spend {
  from activity
  value: sum(amount)
  by icb, year
}
target more_visits {
  measure: visits
  baseline: 2023/24
  horizon: 2028/29
  change: at least +5
  scope: system
}
target spend_growth {
  measure: spend
  baseline: 2023/24
  horizon: 2028/29
  change: at least +10% relative
  scope: system
}
`;

const row = (icb: string, year: string, visits: number) => [icb, year, visits, pounds(visits)];
const rows = [
  row('A', '2023/24', 2),
  row('A', '2024/25', 3),
  row('A', '2025/26', 5),
  row('B', '2023/24', 10),
  row('B', '2024/25', 9),
  row('C', '2024/25', 4),
  row('D', '2023/24', 4),
  row('E', '2023/24', 1),
  row('E', '2028/29', 7),
  row('F', '2023/24', 1),
  row('F', '2028/29', 2),
  row('F', '2022/23', 100), // before the baseline: not used for the projection
];

describe('targets', () => {
  it('judges actual changes where the horizon is in the data and projects the others', async () => {
    const result = await evaluateRows(RULES, { activity: rows });
    const [a, b, c, d, e, f] = result.targets.more_visits.rows;
    // A: x̄ = 2024, ȳ = 10/3, slope = 3 / 2 = 1.5, so 2028 → 10/3 + 1.5 × 4 = 9.333…
    expect(a.group).toEqual({ icb: 'A' });
    expect(a.baseline).toBe(2);
    expect(a.horizon).toBeCloseTo(28 / 3, 10);
    expect(a.change).toBeCloseTo(22 / 3, 10);
    expect(a).toMatchObject({ projected: true, status: 'on-track' });
    // B: slope −1 through (2023, 10), (2024, 9): 2028 → 5, change −5
    expect(b).toMatchObject({ group: { icb: 'B' }, baseline: 10, projected: true, status: 'off-track' });
    expect(b.horizon).toBeCloseTo(5, 10);
    expect(c).toEqual({ group: { icb: 'C' }, baseline: null, horizon: null, change: null, projected: false, status: 'no-data' });
    expect(d).toEqual({ group: { icb: 'D' }, baseline: 4, horizon: null, change: null, projected: true, status: 'no-data' });
    expect(e).toEqual({ group: { icb: 'E' }, baseline: 1, horizon: 7, change: 6, projected: false, status: 'met' });
    expect(f).toEqual({ group: { icb: 'F' }, baseline: 1, horizon: 2, change: 1, projected: false, status: 'missed' });
  });

  it('reads a relative change as a share of the baseline, money in pence', async () => {
    const result = await evaluateRows(RULES, { activity: rows });
    const e = result.targets.spend_growth.rows.find((r) => r.group.icb === 'E');
    expect(e).toEqual({ group: { icb: 'E' }, baseline: 100, horizon: 700, change: 600, projected: false, status: 'met' });
    const b = result.targets.spend_growth.rows.find((r) => r.group.icb === 'B');
    expect(b?.status).toBe('off-track');
  });

  it('fits a least-squares line (hand-computed)', () => {
    expect(projectLeastSquares([[2023, 4.0], [2024, 4.5], [2025, 4.7]], 2028)).toBeCloseTo(4.4 + 0.35 * 4, 10);
    expect(projectLeastSquares([[2023, 4]], 2028)).toBeNull();
    expect(projectLeastSquares([], 2028)).toBeNull();
  });

  it('compares a change with at least, at most and exactly', () => {
    expect(meets({ direction: 'at least', amount: 1, relative: false }, 4, 1)).toBe(true);
    expect(meets({ direction: 'at least', amount: 1, relative: false }, 4, 0.999)).toBe(false);
    expect(meets({ direction: 'at least', amount: 1, relative: false }, 4.1, 5.2 - 4.2)).toBe(true);
    expect(meets({ direction: 'at most', amount: -25_000_000, relative: false }, 0, -30_000_000)).toBe(true);
    expect(meets({ direction: 'at most', amount: -25_000_000, relative: false }, 0, -20_000_000)).toBe(false);
    expect(meets({ direction: 'exactly', amount: 0, relative: false }, 100, 0)).toBe(true);
    expect(meets({ direction: 'exactly', amount: 0, relative: false }, 100, 1)).toBe(false);
    expect(meets({ direction: 'at least', amount: 10, relative: true }, 200, 20)).toBe(true);
    expect(meets({ direction: 'at least', amount: 10, relative: true }, 200, 19)).toBe(false);
  });
});
