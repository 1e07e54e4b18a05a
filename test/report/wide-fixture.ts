// A measure at a small national scale for the wide-table goldens: four boards over three fiscal
// years, one board missing a year, one value with no data, values needing 0, 1 and 2 decimals.
import type { EvalResult, MeasureRow } from '../../server/src/core/eval/result';
import type { EvalReport } from '../../server/src/report/model';

const SHARES: Readonly<Record<string, readonly (number | null | undefined)[]>> = {
  QE1: [4.1, 4.1234, 4.5],
  QF7: [5, null, 5.25],
  QGH: [3.975, 4.26, undefined],
  'Q<&>': [12, 12.5, 13],
};
const YEARS = ['2023/24', '2024/25', '2025/26'];

function rows<V extends number | bigint | null>(values: Readonly<Record<string, readonly (V | undefined)[]>>): MeasureRow[] {
  return Object.entries(values).flatMap(([icb, cells]) => cells.flatMap((value, i) => (value === undefined ? [] : [{ group: { icb, year: YEARS[i] }, value }])));
}

const RESULT: EvalResult = {
  version: 1,
  datasets: {},
  classifications: {},
  measures: {
    prevention_share: { unit: 'percent', rows: rows(SHARES) },
    national_share: { unit: 'percent', rows: YEARS.map((year, i) => ({ group: { year }, value: [4.4, 4.6, 4.75][i] })) },
    lines: { unit: 'number', rows: rows({ QE1: [12, 14, 15], QF7: [1200, 1300, 1250.5] }) },
    stop_smoking_spend: { unit: 'money', rows: rows({ QE1: [123456n, 250000000n, -5n] }) },
    swing: { unit: 'pp', rows: [{ group: { icb: 'QE1' }, value: 0.4 }, { group: { icb: 'QF7' }, value: -1.25 }] },
  },
  targets: {},
  metrics: {},
  funding: {},
  diagnostics: new Map(),
};

export const WIDE_REPORT: EvalReport = {
  result: RESULT,
  file: 'wide.hewitt',
  sources: new Map(),
  details: { titles: { prevention_share: 'Share of ICB spend on prevention', national_share: 'England' }, references: { prevention_share: 'national_share' } },
};
