import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_TYPES, typeCell, type ColumnType } from '../../server/src/core/data/cells';
import { cellTyper, isMisfit } from '../../server/src/core/data/typer';

// The reading loop's typer must agree with `typeCell` on every text, cell for cell.
function expectSame(type: ColumnType, raws: readonly string[]): void {
  const typer = cellTyper(type);
  for (const raw of raws) {
    const outcome = typeCell(type, raw);
    const typed = typer(raw);
    const seen = isMisfit(typed) ? { kind: 'rejected', expected: typed.expected } : { kind: 'accepted', value: typed };
    expect(seen, `${type} ${JSON.stringify(raw)}`).toEqual(outcome);
  }
}

const SHAPES = [
  '', ' ', '0', '-0', '-0.00', '12', '12.5', '12.50', '12.505', '1250.', '-1', '--1', '1,250.50', '£12', '(12)', '9007199254740.99',
  '99999999999999.99', '1234567890123456.78', '2023/24', '2023/25', '1999/00', '2023-24', '2023/2024', ' 2023/24', 'yes', 'no', 'YES',
  'true', 'false', 'y', '1', 'maybe', '2024-02-29', '2023-02-29', '12%', 'a',
];

describe('cellTyper', () => {
  it.each(COLUMN_TYPES)('agrees with typeCell on typical and awkward cells (%s)', (type) => {
    expectSame(type, [...SHAPES, ...SHAPES]); // twice: the second time from memory
  });

  it('agrees with typeCell on arbitrary money and fiscal-year-like text', () => {
    const chars = fc.constantFrom('0', '1', '5', '9', '.', '-', '/', ',', '£', ' ', '(', ')');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, maxLength: 20 }), { maxLength: 30 }), (raws) => {
        for (const type of COLUMN_TYPES) expectSame(type, raws);
      }),
    );
  });
});
