// Values written in tests: whether one fits a type, and the same value as a group key's text and
// as a CSV cell, exactly as the data loader would type and print it.

import type { ValueType } from '../semantics/types';
import { describeType, exampleOf } from '../semantics/types';
import type { TestValue } from '../syntax/test-ast';

/** Pence as the loader's group keys print money: `1234.50`, `-0.05`. */
export function penceText(pence: bigint): string {
  const magnitude = pence < 0n ? -pence : pence;
  return `${pence < 0n ? '-' : ''}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a value must look like for the type: undefined when it fits, else the problem in words. */
export function misfit(value: TestValue, type: ValueType, options: { readonly empty?: boolean; readonly noData?: boolean } = {}): string | undefined {
  if (type === 'unknown') return undefined;
  if (value.kind === 'EmptyValue') return options.empty ? undefined : `a value is needed here: ${describeType(type)} such as ${exampleOf(type)}`;
  if (value.kind === 'WordValue') {
    if (options.noData && value.text === 'no-data') return undefined;
    return `\`${value.text}\` is not ${describeType(type)}; write one such as ${exampleOf(type)}${options.noData ? ', or `no-data`' : ''}`;
  }
  const literal = value.literal;
  const fits = (() => {
    switch (type) {
      case 'text':
        return literal.kind === 'Text';
      case 'date':
        return literal.kind === 'Text' && ISO_DATE.test(literal.value);
      case 'number':
        return literal.kind === 'Number';
      case 'money':
        return literal.kind === 'Money';
      case 'percent':
        return literal.kind === 'Percent';
      case 'pp':
        return literal.kind === 'Pp';
      case 'fiscal_year':
        return literal.kind === 'FiscalYear';
      case 'bool':
        return literal.kind === 'Bool';
      case 'code':
        return literal.kind === 'Code';
    }
  })();
  return fits ? undefined : `\`${value.raw}\` is not ${describeType(type)}; write one such as ${exampleOf(type)}`;
}

/** The fiscal year as the loader prints it: `2023/24`. */
export function fiscalYearText(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** A value as the evaluation's group keys print it (`cellText`); undefined for a word. */
export function keyText(value: TestValue): string | undefined {
  if (value.kind === 'EmptyValue') return '';
  if (value.kind === 'WordValue') return undefined;
  const sign = value.negative ? -1 : 1;
  const literal = value.literal;
  switch (literal.kind) {
    case 'Text':
      return literal.value;
    case 'Number':
    case 'Percent':
    case 'Pp': {
      const n = sign * literal.value;
      return String(n === 0 ? 0 : n);
    }
    case 'Money':
      return penceText(value.negative ? -literal.pence : literal.pence);
    case 'FiscalYear':
      return fiscalYearText(literal.startYear);
    case 'Bool':
      return literal.value ? 'yes' : 'no';
    case 'Code':
      return literal.raw;
  }
}

/** A value as a cell of a CSV file, quoted where CSV needs it. */
export function csvCell(value: TestValue): string {
  const text = value.kind === 'LiteralValue' && value.literal.kind === 'Percent' ? `${keyText(value)}%` : (keyText(value) ?? '');
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
