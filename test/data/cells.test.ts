import { describe, expect, it } from 'vitest';
import { typeCell, type ColumnType } from '../../server/src/core/data/cells';
import type { Cell } from '../../server/src/core/data/load';

// [type, cell as written, typed value]
const ACCEPTED: [ColumnType, string, Cell][] = [
  ['text', 'Smoking cessation', 'Smoking cessation'],
  ['text', ' padded ', ' padded '],
  ['text', '', null],
  ['number', '1234', 1234],
  ['number', '-1.5', -1.5],
  ['number', '1,234', 1234],
  ['number', '1,234,567.25', 1234567.25],
  ['number', '+7', 7],
  ['number', ' 42 ', 42],
  ['number', '-0', 0],
  ['number', '', null],
  ['number', '   ', null],
  ['money', '1250.50', 125050n],
  ['money', '£1,250.50', 125050n],
  ['money', '-300', -30000n],
  ['money', '-£300', -30000n],
  ['money', '£-300.5', -30050n],
  ['money', '(300.00)', -30000n],
  ['money', '(£1,000)', -100000n],
  ['money', '0.10', 10n],
  ['money', '0.2', 20n],
  ['money', '123456789012345.67', 12345678901234567n],
  ['money', '', null],
  ['percent', '12.5', 12.5],
  ['percent', '12.5%', 12.5],
  ['percent', '100 %', 100],
  ['percent', '-3%', -3],
  ['fiscal_year', '2023/24', '2023/24'],
  ['fiscal_year', '2023-24', '2023/24'],
  ['fiscal_year', '2023/2024', '2023/24'],
  ['fiscal_year', '2023-2024', '2023/24'],
  ['fiscal_year', '1999/00', '1999/00'],
  ['fiscal_year', '1999/2000', '1999/00'],
  ['date', '2024-03-31', '2024-03-31'],
  ['date', '2024-02-29', '2024-02-29'],
  ['date', '2000-02-29', '2000-02-29'],
  ['bool', 'yes', true],
  ['bool', 'NO', false],
  ['bool', 'True', true],
  ['bool', 'false', false],
  ['bool', 'Y', true],
  ['bool', 'n', false],
  ['bool', '1', true],
  ['bool', '0', false],
  ['bool', '', null],
];

// [type, cell as written, the expectation named in the message]
const REJECTED: [ColumnType, string, string][] = [
  ['number', 'twelve', 'a number such as 1234 or -1.5'],
  ['number', '1.2.3', 'a number such as 1234 or -1.5'],
  ['number', '12,34', 'a number such as 1234 or -1.5'],
  ['number', '1e3', 'a number such as 1234 or -1.5'],
  ['number', '12%', 'a number such as 1234 or -1.5'],
  ['money', '12.3.4', 'an amount of money such as 1250.50'],
  ['money', '12.345', 'an amount of money such as 1250.50 (at most two decimal places, to the penny)'],
  ['money', '£1.2m', 'an amount of money such as 1250.50'],
  ['money', '1250.', 'an amount of money such as 1250.50'],
  ['money', '--300', 'an amount of money such as 1250.50'],
  ['money', '(-300)', 'an amount of money such as 1250.50'],
  ['money', '$300', 'an amount of money such as 1250.50'],
  ['percent', '12.5pp', 'a percent such as 12.5 or 12.5%'],
  ['percent', 'half', 'a percent such as 12.5 or 12.5%'],
  ['fiscal_year', '2023/25', 'a fiscal year such as 2023/24 (two consecutive years)'],
  ['fiscal_year', '2023/2025', 'a fiscal year such as 2023/24 (two consecutive years)'],
  ['fiscal_year', '2023', 'a fiscal year such as 2023/24'],
  ['fiscal_year', 'FY23', 'a fiscal year such as 2023/24'],
  ['date', '2023-02-29', 'a date such as 2024-03-31 (YYYY-MM-DD); there is no such day'],
  ['date', '1900-02-29', 'a date such as 2024-03-31 (YYYY-MM-DD); there is no such day'],
  ['date', '2024-04-31', 'a date such as 2024-03-31 (YYYY-MM-DD); there is no such day'],
  ['date', '2024-13-01', 'a date such as 2024-03-31 (YYYY-MM-DD); there is no such day'],
  ['date', '31/03/2024', 'a date such as 2024-03-31 (YYYY-MM-DD)'],
  ['date', '2024-3-31', 'a date such as 2024-03-31 (YYYY-MM-DD)'],
  ['bool', 'maybe', 'yes or no (or true/false, y/n, 1/0)'],
  ['bool', '2', 'yes or no (or true/false, y/n, 1/0)'],
];

describe('typing a cell', () => {
  it.each(ACCEPTED)('%s accepts %j', (type, raw, value) => {
    expect(typeCell(type, raw)).toEqual({ kind: 'accepted', value });
  });

  it.each(REJECTED)('%s rejects %j', (type, raw, expected) => {
    expect(typeCell(type, raw)).toEqual({ kind: 'rejected', expected });
  });

  it('keeps money exact where floats would drift', () => {
    const cells = ['0.10', '0.20', '0.30'].map((raw) => typeCell('money', raw));
    const pence = cells.map((c) => (c.kind === 'accepted' ? (c.value as bigint) : 0n));
    expect(pence[0] + pence[1]).toBe(pence[2]);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(typeCell('money', '9007199254740993.01')).toEqual({ kind: 'accepted', value: 900719925474099301n });
  });
});
