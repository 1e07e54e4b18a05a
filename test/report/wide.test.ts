import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEvalHtml } from '../../server/src/report/html';
import { formatEvalMarkdown } from '../../server/src/report/markdown';
import { formatEvalTable } from '../../server/src/report/table';
import { fixedDecimals, formatFixed, formatFixedUnit, longRows, pivotByYear, yearColumnOf } from '../../server/src/report/wide';
import { expectGolden } from '../syntax/support';
import { WIDE_REPORT } from './wide-fixture';

const GOLDEN = join(__dirname, 'golden');

describe('the wide table model', () => {
  const rows = [
    { group: { icb: 'QE1', year: '2023/24' }, value: 1 },
    { group: { icb: 'QE1', year: '2024/25' }, value: 2 },
    { group: { icb: 'QF7', year: '2024/25' }, value: 3 },
  ];

  it('pivots groups down and years across, leaving a cell empty where a group has no row', () => {
    expect(pivotByYear(rows)).toEqual({
      yearColumn: 'year',
      keyColumns: ['icb'],
      years: ['2023/24', '2024/25'],
      rows: [
        { group: { icb: 'QE1' }, cells: [1, 2] },
        { group: { icb: 'QF7' }, cells: [undefined, 3] },
      ],
    });
  });

  it('gives the long form back from the wide one', () => {
    expect(longRows(pivotByYear(rows)!)).toEqual([
      { group: { icb: 'QE1' }, year: '2023/24', value: 1 },
      { group: { icb: 'QE1' }, year: '2024/25', value: 2 },
      { group: { icb: 'QF7' }, year: '2024/25', value: 3 },
    ]);
  });

  it.each([
    [[{ group: { icb: 'QE1' }, value: 1 }], undefined],
    [[{ group: { code: '2023', year: '2023/24' }, value: 1 }], 'year'],
    [[{ group: { year: '2023/24' } }, { group: { year: 'later' } }], undefined],
    [[], undefined],
  ])('finds the fiscal-year column of %j: %s', (input, expected) => {
    expect(yearColumnOf(input)).toBe(expected);
  });

  it.each([
    ['percent', [4.1, 4.1234], 2],
    ['percent', [4.1, 4.5], 1],
    ['number', [12, 1300], 0],
    ['number', [12, 1250.5], 1],
    ['number', [0.004], 0],
    ['number', [0.005], 2],
    ['pp', [Number.NaN, 1.25], 2],
    ['money', [100], 2],
  ] as const)('a %s column of %j shows %d decimals', (unit, values, decimals) => {
    expect(fixedDecimals(unit, values)).toBe(decimals);
  });

  it.each([
    [4.1, 2, '4.10'],
    [1234567.891, 2, '1,234,567.89'],
    [-0.001, 2, '0.00'],
    [-1250.5, 1, '-1,250.5'],
    [999.996, 2, '1,000.00'],
    [7, 0, '7'],
  ])('formats %d with %d decimals as %s', (value, decimals, expected) => {
    expect(formatFixed(value, decimals)).toBe(expected);
  });

  it('writes units with fixed decimals: percent, signed percentage points, plain numbers', () => {
    expect([formatFixedUnit(4.1, 'percent', 2), formatFixedUnit(1.2, 'pp', 2), formatFixedUnit(-0.001, 'pp', 2), formatFixedUnit(-1.25, 'pp', 2), formatFixedUnit(3, 'number', 1)]).toEqual([
      '4.10%',
      '+1.20pp',
      '0.00pp',
      '-1.25pp',
      '3.0',
    ]);
  });
});

describe('the wide table in every report format', () => {
  it('terminal', () => expectGolden(join(GOLDEN, 'wide.table.txt'), formatEvalTable(WIDE_REPORT)));
  it('Markdown', () => expectGolden(join(GOLDEN, 'wide.md'), formatEvalMarkdown(WIDE_REPORT)));
  it('HTML (the measures section)', () => {
    const html = formatEvalHtml(WIDE_REPORT);
    const section = html.slice(html.indexOf('<section id="measures"'), html.indexOf('</section>', html.indexOf('<section id="measures"')) + '</section>'.length);
    expectGolden(join(GOLDEN, 'wide.html'), section.replace(/></g, '>\n<') + '\n');
  });
});
