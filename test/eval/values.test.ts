import { describe, expect, it } from 'vitest';
import { arithmetic, compareValues, divideHalfEven, penceText } from '../../server/src/core/eval/values';

describe('runtime arithmetic', () => {
  it('keeps money exact and turns money ÷ money into a percent', () => {
    expect(arithmetic('+', 10n, 20n)).toBe(30n);
    expect(arithmetic('-', 10n, 20n)).toBe(-10n);
    expect(arithmetic('/', 1n, 4n)).toBe(25);
    expect(arithmetic('*', 3n, 2)).toBe(6n);
    expect(arithmetic('*', 2, 3n)).toBe(6n);
    expect(arithmetic('*', 5n, 0.5)).toBe(2n); // 2.5 → 2, half to even
    expect(arithmetic('/', 7n, 2)).toBe(4n); // 3.5 → 4
    expect(arithmetic('+', 0.1, 0.2)).toBeCloseTo(0.3, 15);
  });

  it('gives no data for a zero denominator or a missing operand, never NaN or Infinity', () => {
    expect(arithmetic('/', 5n, 0n)).toBeNull();
    expect(arithmetic('/', 5n, 0)).toBeNull();
    expect(arithmetic('/', 5, 0)).toBeNull();
    expect(arithmetic('/', 0, 0)).toBeNull();
    expect(arithmetic('+', null, 1)).toBeNull();
    expect(arithmetic('*', Number.MAX_VALUE, 10)).toBeNull();
  });

  it('rounds half to even', () => {
    expect([5n, 15n, 25n, -5n, -15n, 14n, 16n].map((n) => divideHalfEven(n, 10n))).toEqual([0n, 2n, 2n, 0n, -2n, 1n, 2n]);
    expect(divideHalfEven(7n, -2n)).toBe(-4n);
  });

  it('orders values of one kind and nothing else', () => {
    expect(compareValues(2, 10)).toBeLessThan(0);
    expect(compareValues('2023/24', '2024/25')).toBeLessThan(0);
    expect(compareValues('Z', 'a')).toBeLessThan(0);
    expect(compareValues(1n, 1n)).toBe(0);
    expect(compareValues(1, '1')).toBeNull();
    expect(compareValues(null, 1)).toBeNull();
  });

  it('writes pence as pounds', () => {
    expect(penceText(123456n)).toBe('1234.56');
    expect(penceText(-5n)).toBe('-0.05');
    expect(penceText(0n)).toBe('0.00');
  });
});
