import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPence, newPenceSum, penceTotal } from '../../server/src/core/eval/pence-sum';

describe('pence sums', () => {
  it('equal the bigint sum exactly, across the 2^53 boundary', () => {
    const near = fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n });
    const small = fc.bigInt({ min: -1_000_000n, max: 1_000_000n });
    fc.assert(
      fc.property(fc.array(fc.oneof(near, small), { maxLength: 60 }), (values) => {
        const sum = newPenceSum();
        for (const v of values) addPence(sum, v);
        expect(penceTotal(sum)).toBe(values.reduce((a, b) => a + b, 0n));
      }),
    );
  });

  it('spills over when a sum of safe amounts leaves the safe range', () => {
    const sum = newPenceSum();
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    addPence(sum, max);
    addPence(sum, 1n);
    addPence(sum, 1n);
    expect(penceTotal(sum)).toBe(max + 2n);
  });
});
