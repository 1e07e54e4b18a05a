import { describe, expect, it } from 'vitest';
import { createCsvReader, type CsvEnd, type CsvRecord } from '../../server/src/core/data/csv';

function readAll(chunks: readonly string[]): { records: [number, ...string[]][]; end: CsvEnd } {
  const records: [number, ...string[]][] = [];
  const reader = createCsvReader((r: CsvRecord) => records.push([r.line, ...r.fields]));
  for (const chunk of chunks) reader.feed(chunk);
  return { records, end: reader.end() };
}

/** Every way of cutting `text` into two chunks, plus one character at a time. */
function splits(text: string): string[][] {
  const out: string[][] = [[text], Array.from(text)];
  for (let i = 1; i < text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
  return out;
}

// input → records as [line, ...fields]
const CASES: [string, string, [number, ...string[]][]][] = [
  ['simple LF', 'a,b\n1,2\n', [[1, 'a', 'b'], [2, '1', '2']]],
  ['CRLF', 'a,b\r\n1,2\r\n', [[1, 'a', 'b'], [2, '1', '2']]],
  ['lone CR', 'a,b\r1,2', [[1, 'a', 'b'], [2, '1', '2']]],
  ['no trailing newline', 'a,b\n1,2', [[1, 'a', 'b'], [2, '1', '2']]],
  ['byte-order mark', '\uFEFFa,b\n1,2\n', [[1, 'a', 'b'], [2, '1', '2']]],
  ['empty fields', ',\n,,x\n', [[1, '', ''], [2, '', '', 'x']]],
  ['quoted comma', '"a,b",c\n', [[1, 'a,b', 'c']]],
  ['doubled quote', '"say ""hi""",x\n', [[1, 'say "hi"', 'x']]],
  ['empty quoted', '"",""\n', [[1, '', '']]],
  ['quoted LF', '"line 1\nline 2",x\ny,z\n', [[1, 'line 1\nline 2', 'x'], [3, 'y', 'z']]],
  ['quoted CRLF', '"a\r\nb",x\r\ny\r\n', [[1, 'a\r\nb', 'x'], [3, 'y']]],
  ['blank line', 'a\n\nb\n', [[1, 'a'], [2, ''], [3, 'b']]],
  ['quote inside unquoted field', 'ab"c,d\n', [[1, 'ab"c', 'd']]],
  ['text after closing quote', '"ab"c,d\n', [[1, 'abc', 'd']]],
  ['only a quote pair at end', 'x,""', [[1, 'x', '']]],
  ['unicode', 'café,£1\n', [[1, 'café', '£1']]],
];

describe('the CSV reader', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    for (const chunks of splits(input)) {
      const { records, end } = readAll(chunks);
      expect(records, JSON.stringify(chunks)).toEqual(expected);
      expect(end).toEqual({ kind: 'complete' });
    }
  });

  it('reads nothing from empty text', () => {
    expect(readAll([''])).toEqual({ records: [], end: { kind: 'complete' } });
  });

  it('reports a quote still open at the end with the line it opened on', () => {
    for (const chunks of splits('a,b\n1,"two\nthree\n')) {
      expect(readAll(chunks)).toEqual({ records: [[1, 'a', 'b']], end: { kind: 'unterminated-quote', line: 2, recordLine: 2 } });
    }
  });
});
