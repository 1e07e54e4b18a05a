// Typing one CSV cell by its column's declared type. Pure: a cell is accepted with its typed value
// or rejected with the reason in words; nothing is coerced silently. Money is exact (bigint pence,
// never a float); fiscal years become canonical `2023/24`; dates stay ISO text once validated.

import type { Cell } from './load';

/** The column types a dataset may declare (see the language reference). */
export type ColumnType = 'text' | 'number' | 'money' | 'percent' | 'fiscal_year' | 'date' | 'bool';

export const COLUMN_TYPES: readonly ColumnType[] = ['text', 'number', 'money', 'percent', 'fiscal_year', 'date', 'bool'];

export type CellOutcome =
  | { readonly kind: 'accepted'; readonly value: Cell }
  | { readonly kind: 'rejected'; readonly expected: string };

const accepted = (value: Cell): CellOutcome => ({ kind: 'accepted', value });
const rejected = (expected: string): CellOutcome => ({ kind: 'rejected', expected });

/** What a cell of the type should look like, completing "'x' is not …". */
export function expectedOf(type: ColumnType): string {
  switch (type) {
    case 'text':
      return 'text';
    case 'number':
      return 'a number such as 1234 or -1.5';
    case 'money':
      return 'an amount of money such as 1250.50';
    case 'percent':
      return 'a percent such as 12.5 or 12.5%';
    case 'fiscal_year':
      return 'a fiscal year such as 2023/24';
    case 'date':
      return 'a date such as 2024-03-31 (YYYY-MM-DD)';
    case 'bool':
      return 'yes or no (or true/false, y/n, 1/0)';
  }
}

/** Types one cell. An empty cell (blank or only spaces, for typed columns) is null. */
export function typeCell(type: ColumnType, raw: string): CellOutcome {
  if (type === 'text') return accepted(raw === '' ? null : raw);
  const text = raw.trim();
  if (text === '') return accepted(null);
  switch (type) {
    case 'number':
      return numberCell(text);
    case 'money':
      return moneyCell(text);
    case 'percent':
      return percentCell(text);
    case 'fiscal_year':
      return fiscalYearCell(text);
    case 'date':
      return dateCell(text);
    case 'bool':
      return boolCell(text);
  }
}

// A plain decimal: optional sign, digits with optional thousands commas in groups of three, an
// optional fraction.
const DECIMAL = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

function parseDecimal(text: string): number | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const value = Number(`${match[1]}${match[2].replace(/,/g, '')}${match[3] === undefined ? '' : '.' + match[3]}`);
  return Number.isFinite(value) ? value : undefined;
}

function numberCell(text: string): CellOutcome {
  const value = parseDecimal(text);
  return value === undefined ? rejected(expectedOf('number')) : accepted(value === 0 ? 0 : value);
}

function percentCell(text: string): CellOutcome {
  const body = text.endsWith('%') ? text.slice(0, -1).trimEnd() : text;
  const value = parseDecimal(body);
  return value === undefined ? rejected(expectedOf('percent')) : accepted(value === 0 ? 0 : value);
}

// Money: `1250.50`, `£1,250.50`, `-300`, `-£300`, `£-300`, `(300.00)` for a negative amount.
const MONEY = /^([+-]?)(£?)([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;

/**
 * The common shape `-1234.5` / `1234.56` / `1234` (no sign other than a leading minus, no
 * pound sign, no thousands commas) read straight to pence; undefined for anything else, which
 * then goes through the full pattern. Exact: at most 13 integer digits keep pence below 2^53.
 */
export function plainPence(text: string): bigint | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const negative = i === 1;
  let pounds = 0;
  const digitsStart = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    pounds = pounds * 10 + c;
  }
  const digits = i - digitsStart;
  if (digits === 0 || digits > 13) return undefined;
  let pence = pounds * 100;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || n - i < 2 || n - i > 3) return undefined; // '.' and one or two digits
    const d1 = text.charCodeAt(i + 1) - 48;
    const d2 = n - i === 3 ? text.charCodeAt(i + 2) - 48 : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
    pence += d1 * 10 + d2;
  }
  return BigInt(negative && pence !== 0 ? -pence : pence);
}

function moneyCell(text: string): CellOutcome {
  const plain = plainPence(text);
  if (plain !== undefined) return accepted(plain);
  let body = text;
  let negative = false;
  if (body.startsWith('(') && body.endsWith(')')) {
    body = body.slice(1, -1).trim();
    negative = true;
  }
  const match = MONEY.exec(body);
  if (!match || (match[1] !== '' && match[3] !== '') || (negative && (match[1] !== '' || match[3] !== ''))) {
    return rejected(expectedOf('money'));
  }
  const fraction = match[5] ?? '';
  if (match[5] !== undefined && fraction.length === 0) return rejected(expectedOf('money'));
  if (fraction.length > 2) return rejected(`${expectedOf('money')} (at most two decimal places, to the penny)`);
  const pence = BigInt(match[4].replace(/,/g, '')) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (match[1] === '-' || match[3] === '-') negative = true;
  return accepted(negative && pence !== 0n ? -pence : pence);
}

// Fiscal years: `2023/24`, `2023-24`, `2023/2024`, `2023-2024`; the second year must follow the first.
const FISCAL_YEAR = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/;

function fiscalYearCell(text: string): CellOutcome {
  const match = FISCAL_YEAR.exec(text);
  if (!match) return rejected(expectedOf('fiscal_year'));
  const first = Number(match[1]);
  const second = Number(match[2]);
  const consecutive = match[2].length === 2 ? (first + 1) % 100 === second : first + 1 === second;
  if (!consecutive) return rejected(`${expectedOf('fiscal_year')} (two consecutive years)`);
  return accepted(`${match[1]}/${String((first + 1) % 100).padStart(2, '0')}`);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

function dateCell(text: string): CellOutcome {
  const match = DATE.exec(text);
  if (!match) return rejected(expectedOf('date'));
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return rejected(`${expectedOf('date')}; there is no such day`);
  }
  return accepted(text);
}

function boolCell(text: string): CellOutcome {
  switch (text.toLowerCase()) {
    case 'yes':
    case 'true':
    case 'y':
    case '1':
      return accepted(true);
    case 'no':
    case 'false':
    case 'n':
    case '0':
      return accepted(false);
    default:
      return rejected(expectedOf('bool'));
  }
}
