import { describe, expect, it } from 'vitest';
import { gapOf, paymentOf, pointsEarned } from '../../server/src/core/eval/metric';
import { evaluateRows, pounds } from './helpers';

const RULES = `
dataset qof {
  source: "qof.csv"
  columns {
    practice: text
    imd_quintile: number
    indicator: text
    eligible: number
    pca: number
    achieved: number
  }
}
metric dm {
  contract: gms
  kind: outcome
  from qof
  numerator: sum(achieved where indicator = "DM")
  denominator: sum(eligible where indicator = "DM") - sum(pca where indicator = "DM")
  thresholds: 40% to 80%
  points: 17
  value per point: £213.43
  by practice
  stratify by imd_quintile
}
funding tobacco {
  amount: £4.2m
  period: 2024/25 .. 2026/27
  recurrent: yes
}
funding pilot {
  amount: £250k
  period: 2024/25 .. 2024/25
  recurrent: no
}
`;

const rows = [
  ['P2', 1, 'DM', 100, 0, 90],
  ['P1', 1, 'DM', 110, 10, 50],
  ['P3', 5, 'DM', 20, 20, 0],
  ['P4', 5, 'DM', 50, 0, 15],
  ['P4', 5, 'HYP', 999, 0, 999],
  ['P5', 3, 'DM', 10, 0, 5],
];

describe('metrics', () => {
  it('scores each group on the sliding scale and pays points × value per point', async () => {
    const result = await evaluateRows(RULES, { qof: rows });
    expect(result.metrics.dm.rows).toEqual([
      // 50% is a quarter of the way from 40% to 80%: 4.25 points × £213.43 = £907.0775 → £907.08
      { group: { practice: 'P1' }, numerator: 50, denominator: 100, achievement: 50, points: 4.25, payment: 90708n },
      { group: { practice: 'P2' }, numerator: 90, denominator: 100, achievement: 90, points: 17, payment: pounds(17 * 213.43) },
      // every eligible patient removed: a zero denominator is no data
      { group: { practice: 'P3' }, numerator: 0, denominator: 0, achievement: null, points: null, payment: null },
      { group: { practice: 'P4' }, numerator: 15, denominator: 50, achievement: 30, points: 0, payment: 0n },
      { group: { practice: 'P5' }, numerator: 5, denominator: 10, achievement: 50, points: 4.25, payment: 90708n },
    ]);
  });

  it('pools strata (not an average of practices) and reports quintile 1 minus quintile 5', async () => {
    const result = await evaluateRows(RULES, { qof: rows });
    const { strata, gap } = result.metrics.dm;
    expect(strata.map((s) => [s.stratum, s.numerator, s.denominator])).toEqual([
      ['1', 140, 200],
      ['3', 5, 10],
      ['5', 15, 50], // P3's patients are all removed: 0 of 0 pools with P4's 15 of 50
    ]);
    expect(strata[0].achievement).toBe(70);
    expect(strata[2].achievement).toBe(30);
    expect(gap).toBe(40);
  });

  it('reports a quintile column whose data cannot give the gap (data-column), on the stratify column', async () => {
    const clean = await evaluateRows(RULES, { qof: rows });
    expect([...clean.diagnostics.values()].flat().filter((d) => d.code === 'data-column')).toEqual([]);

    const deciles = rows.map((row) => (row[1] === 5 ? [row[0], 10, ...row.slice(2)] : row));
    const result = await evaluateRows(RULES, { qof: deciles });
    const found = [...result.diagnostics.values()].flat().filter((d) => d.code === 'data-column');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toBe(
      'Metric `dm` is stratified by `imd_quintile`, a deprivation quintile whose gap is quintile 1 minus quintile 5, but the data holds 1, 3, 10: values outside the quintiles 1 to 5 (10); no quintile 5, so the gap cannot be computed. Check the column holds IMD quintiles 1 (most deprived) to 5.',
    );
    expect(RULES.slice(found[0].span.start, found[0].span.end)).toBe('imd_quintile');
    expect(result.metrics.dm.gap).toBeNull();
  });

  it('clamps the scale and rounds payments half to even', () => {
    const scale = { lower: 40, upper: 80, points: 17, valuePerPoint: 21343n };
    expect(pointsEarned(scale, 10)).toBe(0);
    expect(pointsEarned(scale, 100)).toBe(17);
    expect(pointsEarned(scale, 60)).toBe(8.5);
    expect(paymentOf(0.5, 1n)).toBe(0n);
    expect(paymentOf(1.5, 1n)).toBe(2n);
    expect(paymentOf(2.5, 1n)).toBe(2n);
    expect(paymentOf(8.5, 21343n)).toBe(181416n); // 181,415.5 pence → even
  });

  it('has no gap without both ends of the deprivation scale', () => {
    expect(gapOf('imd_quintile', [{ stratum: '1', numerator: 1, denominator: 2, achievement: 50 }])).toBeNull();
    expect(
      gapOf('imd_quintile', [
        { stratum: '1', numerator: 1, denominator: 2, achievement: 50 },
        { stratum: '2', numerator: 1, denominator: 4, achievement: 25 },
      ]),
    ).toBeNull();
    expect(
      gapOf('band', [
        { stratum: 'a', numerator: 1, denominator: 2, achievement: 50 },
        { stratum: 'b', numerator: 1, denominator: 4, achievement: 25 },
      ]),
    ).toBe(25);
  });
});

describe('funding', () => {
  it('totals the amount and lists every year of the period', async () => {
    const result = await evaluateRows(RULES, { qof: [] });
    expect(result.funding).toEqual({
      tobacco: { total: pounds(4_200_000), recurrent: true, years: ['2024/25', '2025/26', '2026/27'] },
      pilot: { total: pounds(250_000), recurrent: false, years: ['2024/25'] },
    });
  });
});
