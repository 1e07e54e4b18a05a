// A hand-made evaluation result covering every section, used by the renderer tests.
import type { Diagnostic } from '../../server/src/core/diagnostics';
import type { EvalResult } from '../../server/src/core/eval/result';
import type { EvalReport } from '../../server/src/report/model';

export const RULES = 'measure prevention_share "Share" {\n  value: x\n}\ntarget prevention_shift "Shift" {}\n';

const diagnostics: Diagnostic[] = [
  { code: 'hewitt/target-missed', severity: 'warning', message: 'The target prevention_shift is missed for QE1.', span: { start: 48, end: 63 } },
  { code: 'data-cell', severity: 'error', message: 'The amount in row 7 is not an amount of money.', span: { start: 8, end: 24 } },
];

export const RESULT: EvalResult = {
  version: 1,
  datasets: { ledger: { path: 'data/ledger.csv', rowsRead: 4200, rowsRejected: 0 } },
  classifications: {
    prevention: {
      categories: [
        { name: 'screening', rows: 120, amount: 123456n, overlapRows: 0 },
        { name: 'weight_mgmt', rows: 3, amount: -5n, overlapRows: 2 },
      ],
      excludedRows: 5,
      overlapRows: 0,
      unclassifiedRows: 3900,
      unclassifiedAmount: 100000000n,
    },
  },
  measures: {
    prevention_share: {
      unit: 'percent',
      rows: [
        { group: { icb: 'QE1', year: '2023/24' }, value: 4.1234 },
        { group: { icb: 'QE1', year: '2024/25' }, value: 4.5 },
        { group: { icb: 'QE2', year: '2023/24' }, value: null },
      ],
    },
    stop_smoking_spend: { unit: 'money', rows: [{ group: { year: '2023/24' }, value: 1234567n }] },
  },
  targets: {
    prevention_shift: {
      rows: [
        { group: { icb: 'QE1' }, baseline: 4.12, horizon: 5.31, change: 1.19, projected: false, status: 'met' },
        { group: { icb: 'QE2' }, baseline: null, horizon: null, change: null, projected: false, status: 'no-data' },
      ],
    },
  },
  metrics: {
    dm_hba1c: {
      rows: [{ group: { practice: 'A81001' }, numerator: 500, denominator: 620, achievement: 80.645, points: 17, payment: 362831n }],
      strata: [{ stratum: '1', numerator: 89, denominator: 125, achievement: 71.2 }],
      gap: -6.3,
    },
  },
  funding: { healthy_weight: { total: 25000000n, recurrent: false, years: ['2024/25'] } },
  diagnostics: new Map([['rules/prevention.hewitt', diagnostics]]),
};

export const REPORT: EvalReport = {
  result: RESULT,
  file: 'rules/prevention.hewitt',
  sources: new Map([['rules/prevention.hewitt', RULES]]),
  details: {
    titles: { prevention_share: 'Share of ICB spend on prevention', prevention_shift: 'Prevention share up by 1pp', dm_hba1c: 'Diabetes: HbA1c' },
    targets: { prevention_shift: { measure: 'prevention_share', baseline: '2023/24', horizon: '2028/29', change: 'at least +1pp', requiredChange: 1 } },
    metrics: { dm_hba1c: { lower: 40, upper: 90, points: 17 } },
  },
};

/** The report with every text replaced by something hostile to HTML. */
export const HOSTILE = '<script>alert(1)</script>"onmouseover=\'x\' &amp;';
