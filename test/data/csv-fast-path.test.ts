import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvReader, type CsvEnd } from '../../server/src/core/data/csv';

function readAll(chunks: readonly string[]): { records: [number, ...string[]][]; end: CsvEnd } {
  const records: [number, ...string[]][] = [];
  const reader = createCsvReader((r) => records.push([r.line, ...r.fields]));
  for (const chunk of chunks) reader.feed(chunk);
  return { records, end: reader.end() };
}

// Whole lines without quotes or CRs take a fast path; it must read exactly what the
// character-by-character reading does, wherever the chunks are cut.
describe('the CSV reader, fast and slow paths alike', () => {
  it('reads the same records whole, in random chunks and one character at a time', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', ',', '"', '\n', '\n', '\r', ' '), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(60), { maxLength: 5 }), (input, cuts) => {
        const slow = readAll(Array.from(input));
        expect(readAll([input])).toEqual(slow);
        const at = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
        const chunks = [...at, input.length].map((end, k) => input.slice(k === 0 ? 0 : at[k - 1], end));
        expect(readAll(chunks)).toEqual(slow);
      }),
      { numRuns: 2000 },
    );
  });
});
