// Value types and the arithmetic of units.
//
// Every expression has one of these types. `unknown` is the type of an expression after an
// error: checks never report a second error on an unknown operand.

import type { AggregateFn, BinaryOp } from '../syntax/ast';

export type ValueType =
  | 'text'
  | 'number'
  | 'money'
  | 'percent'
  | 'pp'
  | 'fiscal_year'
  | 'date'
  | 'bool'
  | 'code'
  | 'unknown';

const COLUMN_TYPE_NAMES: ReadonlySet<string> = new Set(['text', 'number', 'money', 'percent', 'fiscal_year', 'date', 'bool']);

/** The value type of a column type word, or `undefined` when the word is not a column type. */
export function columnTypeOf(word: string): ValueType | undefined {
  return COLUMN_TYPE_NAMES.has(word) ? (word as ValueType) : undefined;
}

/** The type in words, with an article: "money", "a number", "a percent". */
export function describeType(type: ValueType): string {
  switch (type) {
    case 'text':
      return 'text';
    case 'number':
      return 'a number';
    case 'money':
      return 'money';
    case 'percent':
      return 'a percent';
    case 'pp':
      return 'percentage points';
    case 'fiscal_year':
      return 'a fiscal year';
    case 'date':
      return 'a date';
    case 'bool':
      return 'yes/no';
    case 'code':
      return 'a function code';
    case 'unknown':
      return 'an unknown type';
  }
}

/** A literal of the type, as an analyst would write it. */
export function exampleOf(type: ValueType): string {
  switch (type) {
    case 'text':
      return '"text"';
    case 'number':
      return '17';
    case 'money':
      return '£1,000';
    case 'percent':
      return '40%';
    case 'pp':
      return '1pp';
    case 'fiscal_year':
      return '2023/24';
    case 'date':
      return '"2024-04-01"';
    case 'bool':
      return 'yes';
    case 'code':
      return 'HC.6.2';
    case 'unknown':
      return '';
  }
}

/** "money, e.g. £1,000". */
export function expectedType(type: ValueType): string {
  const example = exampleOf(type);
  return example ? `${describeType(type)} such as ${example}` : describeType(type);
}

export type ArithmeticOp = Exclude<BinaryOp, 'and' | 'or'>;

export type OperatorResult =
  | { readonly kind: 'ok'; readonly type: ValueType }
  | { readonly kind: 'mismatch'; readonly message: string };

function ok(type: ValueType): OperatorResult {
  return { kind: 'ok', type };
}

/** The result of `left op right` for two known operand types. */
export function arithmeticResult(op: ArithmeticOp, left: ValueType, right: ValueType): OperatorResult {
  const pair = `${left} ${op} ${right}`;
  switch (pair) {
    case 'money + money':
    case 'money - money':
      return ok('money');
    case 'number + number':
    case 'number - number':
    case 'number * number':
    case 'number / number':
      return ok('number');
    case 'percent - percent':
      return ok('pp');
    case 'percent + percent':
      return {
        kind: 'mismatch',
        message:
          'Adding two percents has no clear meaning; subtract them to get percentage points, or add percentage points (such as 1pp) to a percent.',
      };
    case 'percent + pp':
    case 'percent - pp':
    case 'pp + percent':
      return ok('percent');
    case 'pp + pp':
    case 'pp - pp':
    case 'pp * number':
    case 'number * pp':
      return ok('pp');
    case 'money * number':
    case 'number * money':
    case 'money / number':
      return ok('money');
    case 'money / money':
      return ok('percent');
    case 'percent * number':
    case 'number * percent':
    case 'percent / number':
      return ok('percent');
  }
  const verb = op === '+' ? 'add' : op === '-' ? 'subtract' : op === '*' ? 'multiply' : 'divide';
  const joiner = op === '+' ? 'to' : op === '-' ? 'from' : op === '*' ? 'by' : 'by';
  const [first, second] = op === '-' ? [right, left] : [left, right];
  return {
    kind: 'mismatch',
    message: `Cannot ${verb} ${describeType(first)} ${joiner} ${describeType(second)}.`,
  };
}

const ORDERED: ReadonlySet<ValueType> = new Set(['number', 'money', 'percent', 'pp', 'fiscal_year', 'date']);

/** Whether values of the type can be compared with `<`, `<=`, `>`, `>=`. */
export function isOrdered(type: ValueType): boolean {
  return ORDERED.has(type);
}

/** The column types each aggregate accepts (count takes no column). */
export function aggregateAccepts(fn: AggregateFn): readonly ValueType[] {
  switch (fn) {
    case 'sum':
      return ['money', 'number'];
    case 'mean':
      return ['money', 'number', 'percent'];
    case 'min':
    case 'max':
      return ['number', 'money', 'percent', 'fiscal_year', 'date'];
    case 'count':
      return [];
  }
}

/** "money or number", "number, money, percent, fiscal_year or date". */
export function listTypes(types: readonly ValueType[]): string {
  if (types.length <= 1) return types.join('');
  return `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`;
}
