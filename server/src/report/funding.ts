// What the funding lines add up to: each line's amount per year of its period (split to the penny,
// so the years sum to the total exactly: the pence that do not divide go to the earliest years),
// and across all lines the total, the total per year and the share that is recurrent. Pure.

import type { EvalResult, FundingResult } from '../core/eval/result';

export interface YearAmount {
  readonly year: string;
  /** Pence. */
  readonly amount: bigint;
}

export interface FundingSummary {
  /** Pence, over every line with an amount. */
  readonly total: bigint;
  readonly byYear: readonly YearAmount[];
  /** Percent of the total in lines marked `recurrent: yes`; null when the total is zero. */
  readonly recurrentShare: number | null;
}

/** The line's amount per year of its period; empty without an amount or a period. */
export function perYear(funding: FundingResult): YearAmount[] {
  const { total, years } = funding;
  if (total === null || years.length === 0) return [];
  const n = BigInt(years.length);
  const sign = total < 0n ? -1n : 1n;
  const abs = total * sign;
  const base = abs / n;
  const extra = abs % n;
  return years.map((year, i) => ({ year, amount: sign * (base + (BigInt(i) < extra ? 1n : 0n)) }));
}

/** Undefined when the result has no funding line. */
export function fundingSummary(result: EvalResult): FundingSummary | undefined {
  const lines = Object.values(result.funding);
  if (lines.length === 0) return undefined;
  let total = 0n;
  let recurrent = 0n;
  const byYear = new Map<string, bigint>();
  for (const line of lines) {
    if (line.total === null) continue;
    total += line.total;
    if (line.recurrent === true) recurrent += line.total;
    for (const { year, amount } of perYear(line)) byYear.set(year, (byYear.get(year) ?? 0n) + amount);
  }
  return {
    total,
    byYear: [...byYear].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([year, amount]) => ({ year, amount })),
    recurrentShare: total === 0n ? null : (Number(recurrent) / Number(total)) * 100,
  };
}
