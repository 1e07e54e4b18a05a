import { describe, expect, it } from 'vitest';
import { alignTable, formatEvalTable } from '../../server/src/report/table';
import { REPORT, RESULT } from './fixture';

describe('terminal table', () => {
  it('shows one section per declaration kind with aligned columns and a legend', () => {
    expect(formatEvalTable(REPORT)).toMatchInlineSnapshot(`
      "Evaluation of rules/prevention.hewitt

      DATASETS

        dataset  file             rows read  rows rejected
        ledger   data/ledger.csv      4,200              0

      CLASSIFICATIONS

      prevention
        category         rows         amount  also matched later
        screening         120      £1,234.56                   0
        weight_mgmt         3         -£0.05                   2
        (unclassified)  3,900  £1,000,000.00
        (excluded)          5

      MEASURES

      prevention_share — Share of ICB spend on prevention (percent)
        icb  2023/24  2024/25
        QE1    4.12%    4.50%
        QE2        –

      stop_smoking_spend (money)
        group     2023/24
        all    £12,345.67

      TARGETS

      prevention_shift — Prevention share up by 1pp
        icb  baseline  horizon   change  projected  status
        QE1     4.12%    5.31%  +1.19pp  no         met
        QE2         –        –        –  no         no data
        Asks for a change of at least +1pp on prevention_share from 2023/24 to 2028/29.

      METRICS

      dm_hba1c — Diabetes: HbA1c
        practice  numerator  denominator  achievement  points    payment
        A81001          500          620       80.65%      17  £3,628.31
        Thresholds: lower 40%, upper 90%, up to 17 points.
        Stratum 1: 71.2% (89 of 125)
        Gap between the most and least deprived strata: -6.3pp

      FUNDING

        funding               total     per year  recurrent  years
        healthy_weight  £250,000.00  £250,000.00  no         2024/25
        All funding: £250,000.00, 0% of it recurrent.
        By year: 2024/25 £250,000.00.

      PROBLEMS

        where                        severity  code                  message
        rules/prevention.hewitt:1:9  error     data-cell             The amount in row 7 is not an amount of money.
        rules/prevention.hewitt:4:1  warning   hewitt/target-missed  The target prevention_shift is missed for QE1.

      – no data (nothing to compute from, or a zero denominator)
      "
    `);
  });

  it('aligns text left and numbers right', () => {
    const lines = alignTable({
      columns: [
        { header: 'name', align: 'left' },
        { header: 'rows', align: 'right' },
      ],
      rows: [
        ['a', '1,200'],
        ['longer name', '3'],
      ],
    });
    expect(lines).toEqual(['name          rows', 'a            1,200', 'longer name      3']);
  });

  it('cuts long tables short and points to the JSON format', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ group: { icb: `Q${String(i).padStart(2, '0')}` }, value: i }));
    const report = { ...REPORT, result: { ...RESULT, measures: { many: { unit: 'number' as const, rows } } } };
    const text = formatEvalTable(report, { maxRows: 10 });
    expect(text).toContain('  Q09      9\n  … 15 more rows (use --format json for all)\n');
    expect(text).not.toContain('Q10');
  });

  it('says so when there is nothing to evaluate', () => {
    const empty = { ...RESULT, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {}, diagnostics: new Map() };
    expect(formatEvalTable({ result: empty, file: 'a.hewitt', sources: new Map() })).toBe(
      'Evaluation of a.hewitt\n\nNothing to evaluate: the file declares no classification, measure, target, metric or funding.\n',
    );
  });
});
