import { describe, expect, it } from 'vitest';
import type { EvalResult, FundingResult } from '../../server/src/core/eval/result';
import { fundingSummary, perYear } from '../../server/src/report/funding';

const line = (total: bigint | null, years: string[], recurrent: boolean | null = true): FundingResult => ({ total, years, recurrent });
const withFunding = (funding: Record<string, FundingResult>): EvalResult => ({
  version: 1,
  datasets: {},
  classifications: {},
  measures: {},
  targets: {},
  metrics: {},
  funding,
  diagnostics: new Map(),
});

describe('funding per year', () => {
  it('splits to the penny, the odd pence to the earliest years, so the years sum to the total', () => {
    expect(perYear(line(100n, ['2024/25', '2025/26', '2026/27'])).map((y) => y.amount)).toEqual([34n, 33n, 33n]);
    expect(perYear(line(-101n, ['2024/25', '2025/26'])).map((y) => y.amount)).toEqual([-51n, -50n]);
    const split = perYear(line(125_000_000n, ['2025/26', '2026/27', '2027/28']));
    expect(split.reduce((sum, y) => sum + y.amount, 0n)).toBe(125_000_000n);
  });

  it('is empty without an amount or a period', () => {
    expect(perYear(line(null, ['2024/25']))).toEqual([]);
    expect(perYear(line(100n, []))).toEqual([]);
  });
});

describe('funding summary', () => {
  it('totals every line, by year, with the share marked recurrent', () => {
    const summary = fundingSummary(
      withFunding({ a: line(300n, ['2024/25', '2025/26', '2026/27']), b: line(100n, ['2024/25'], false), c: line(null, ['2024/25']), d: line(0n, [], null) }),
    );
    expect(summary).toEqual({
      total: 400n,
      byYear: [
        { year: '2024/25', amount: 200n },
        { year: '2025/26', amount: 100n },
        { year: '2026/27', amount: 100n },
      ],
      recurrentShare: 75,
    });
  });

  it('has no share of nothing, and no summary without funding', () => {
    expect(fundingSummary(withFunding({ a: line(0n, ['2024/25']) }))?.recurrentShare).toBeNull();
    expect(fundingSummary(withFunding({}))).toBeUndefined();
  });
});
