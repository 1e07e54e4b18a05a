import { describe, expect, it } from 'vitest';
import { displayPounds, formatPounds, poundsToPence, roundPenceHalfEven } from '../../server/src/report/money';

describe('money', () => {
  it.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [-5n, '-0.05'],
    [123456n, '1234.56'],
    [-100n, '-1.00'],
    [123456789012345678901n, '1234567890123456789.01'],
  ])('formatPounds(%s) = %s', (pence, text) => {
    expect(formatPounds(pence)).toBe(text);
  });

  it('groups thousands for people', () => {
    expect(displayPounds(123456789n)).toBe('£1,234,567.89');
    expect(displayPounds(-5n)).toBe('-£0.05');
    expect(displayPounds(99999n)).toBe('£999.99');
  });

  it.each([
    [5n, 2n, 2n],
    [7n, 2n, 4n],
    [-5n, 2n, -2n],
    [-7n, 2n, -4n],
    [5n, -2n, -2n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [25n, 10n, 2n],
    [35n, 10n, 4n],
    [251n, 100n, 3n],
  ])('rounds %s / %s to %s pence, half to even', (n, d, pence) => {
    expect(roundPenceHalfEven(n, d)).toBe(pence);
  });

  it('rounds written pounds to pence half to even', () => {
    expect(poundsToPence(0.125)).toBe(12n);
    expect(poundsToPence(0.135)).toBe(14n);
    expect(poundsToPence(1.2e9)).toBe(120000000000n);
    expect(poundsToPence(-2.5)).toBe(-250n);
  });
});
