// Runtime values of the evaluator and their arithmetic.
//
// A value is a cell-like primitive: text, dates and fiscal years as strings, numbers, percents
// and pp as numbers (percent units), money as bigint, yes/no as boolean, "no data" as null.
// Money has a scale: row-level expressions hold pence; aggregate-level expressions hold fine
// units (FINE per penny) so that weighted sums stay exact until they are rounded once.

export type RuntimeValue = string | number | bigint | boolean | null;

/** Fine units per penny: weights are exact to a millionth of a percent. */
export const FINE = 100_000_000n;

/** Divides with rounding half to even; `divisor` must not be zero. */
export function divideHalfEven(dividend: bigint, divisor: bigint): bigint {
  if (divisor < 0n) return divideHalfEven(-dividend, -divisor);
  let quotient = dividend / divisor;
  let remainder = dividend % divisor;
  if (remainder < 0n) {
    quotient -= 1n;
    remainder += divisor;
  }
  const twice = remainder * 2n;
  if (twice > divisor || (twice === divisor && quotient % 2n !== 0n)) quotient += 1n;
  return quotient;
}

/** A finite number, or null for a value that cannot be computed (NaN, Infinity). */
export function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

const NUMBER_SCALE = 1_000_000;

/** A number as a fraction `parts / NUMBER_SCALE`, exact for up to six decimals. */
function scaled(value: number): bigint | null {
  const parts = Math.round(value * NUMBER_SCALE);
  return Number.isSafeInteger(parts) ? BigInt(parts) : null;
}

function multiplyMoney(money: bigint, factor: number): bigint | null {
  if (!Number.isFinite(factor)) return null;
  if (Number.isSafeInteger(factor)) return money * BigInt(factor);
  const parts = scaled(factor);
  return parts === null ? null : divideHalfEven(money * parts, BigInt(NUMBER_SCALE));
}

function divideMoney(money: bigint, divisor: number): bigint | null {
  const parts = scaled(divisor);
  if (parts === null || parts === 0n) return null;
  return divideHalfEven(money * BigInt(NUMBER_SCALE), parts);
}

/** The ratio of two money values as a percent (×100); null when the denominator is zero. */
export function moneyRatioPercent(numerator: bigint, denominator: bigint): number | null {
  if (denominator === 0n) return null;
  return finite((Number(numerator) / Number(denominator)) * 100);
}

export type ArithmeticOp = '+' | '-' | '*' | '/';

/**
 * `left op right` on two values of the same scale. Money ± money stays exact; money × or ÷ a
 * number rounds half to even in the current scale; money ÷ money is a percent; a zero divisor,
 * an overflow or a missing operand gives null.
 */
export function arithmetic(op: ArithmeticOp, left: RuntimeValue, right: RuntimeValue): RuntimeValue {
  if (left === null || right === null) return null;
  if (typeof left === 'bigint' && typeof right === 'bigint') {
    switch (op) {
      case '+':
        return left + right;
      case '-':
        return left - right;
      case '*':
        return null;
      case '/':
        return moneyRatioPercent(left, right);
    }
  }
  if (typeof left === 'bigint' && typeof right === 'number') {
    if (op === '*') return multiplyMoney(left, right);
    if (op === '/') return divideMoney(left, right);
    return null;
  }
  if (typeof left === 'number' && typeof right === 'bigint') {
    return op === '*' ? multiplyMoney(right, left) : null;
  }
  if (typeof left === 'number' && typeof right === 'number') {
    switch (op) {
      case '+':
        return finite(left + right);
      case '-':
        return finite(left - right);
      case '*':
        return finite(left * right);
      case '/':
        return right === 0 ? null : finite(left / right);
    }
  }
  return null;
}

export function negate(value: RuntimeValue): RuntimeValue {
  if (typeof value === 'bigint') return -value;
  if (typeof value === 'number') return value === 0 ? 0 : -value;
  return null;
}

/** Orders two values of one kind: numbers numerically, money exactly, text by code point. */
export function compareValues(left: RuntimeValue, right: RuntimeValue): number | null {
  if (left === null || right === null) return null;
  if (typeof left === 'number' && typeof right === 'number') return left < right ? -1 : left > right ? 1 : 0;
  if (typeof left === 'bigint' && typeof right === 'bigint') return left < right ? -1 : left > right ? 1 : 0;
  if (typeof left === 'string' && typeof right === 'string') return compareText(left, right);
  if (typeof left === 'boolean' && typeof right === 'boolean') return left === right ? 0 : left ? 1 : -1;
  return null;
}

/** Text by UTF-16 code unit, the same on every machine (no locale). */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether two values are equal (null equals nothing). */
export function equalValues(left: RuntimeValue, right: RuntimeValue): boolean | null {
  const order = compareValues(left, right);
  return order === null ? null : order === 0;
}

/** Pence as pounds text with two decimals and no separators: `1234.50`, `-0.05`. */
export function penceText(pence: bigint): string {
  const negative = pence < 0n;
  const magnitude = negative ? -pence : pence;
  const pounds = magnitude / 100n;
  const rest = (magnitude % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${pounds}.${rest}`;
}

/** A cell as group text: fiscal years and dates as written, yes/no, money as pounds, empty as "". */
export function cellText(value: RuntimeValue): string {
  if (value === null) return '';
  if (typeof value === 'bigint') return penceText(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
