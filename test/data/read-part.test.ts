// Reading a file in two parts (the first with readRows, the rest with readPart, joined with
// joinParts) gives the same rows, counts and issues as reading it whole, wherever the split falls.
import { describe, expect, it } from 'vitest';
import { columnarRows } from '../../server/src/core/data/columnar';
import type { Row } from '../../server/src/core/data/load';
import { headerOf, joinParts, readPart } from '../../server/src/core/data/read-part';
import { readRows } from '../../server/src/core/data/read-rows';
import type { ColumnShape } from '../../server/src/core/data/shape';

const span = { start: 0, end: 0 };
const COLUMNS: ColumnShape[] = [
  { name: 'icb', type: 'text', span },
  { name: 'year', type: 'fiscal_year', span },
  { name: 'amount', type: 'money', span },
  { name: 'share', type: 'percent', span },
  { name: 'open', type: 'bool', span },
  { name: 'day', type: 'date', span },
];

async function* chunksOf(bytes: Uint8Array, size = 5): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function file(): Uint8Array {
  const lines = ['year,ICB,amount,share,open,day,extra', ''];
  for (let i = 0; i < 40; i++) {
    const amount = i % 3 === 0 ? 'lots' : `${i * 1000}.5${i % 10}`;
    const open = i % 7 === 0 ? 'maybe' : i % 2 === 0 ? 'yes' : '';
    lines.push(`20${20 + (i % 4)}/${21 + (i % 4)},Bwrdd Iechyd ŵ ${i % 3},${amount},${i}%,${open},2024-02-${10 + (i % 19)},x`);
    if (i % 9 === 4) lines.push('  ');
  }
  lines.push('short,row');
  return new TextEncoder().encode(lines.join('\n'));
}

describe('reading a file in parts', () => {
  it('matches reading it whole at every split after the header', async () => {
    const bytes = file();
    const wholeRows: Row[] = [];
    const whole = await readRows({ path: 'd.csv', columns: COLUMNS, chunks: chunksOf(bytes), sink: (r) => wholeRows.push(r) });
    expect(whole.issues.length).toBeGreaterThan(20);
    const header = headerOf(new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(10) + 1)));
    expect(header?.nextLine).toBe(2);
    let splits = 0;
    for (let split = bytes.indexOf(10) + 1; split < bytes.length; split = bytes.indexOf(10, split) + 1 || bytes.length) {
      const rows: Row[] = [];
      const first = await readRows({ path: 'd.csv', columns: COLUMNS, chunks: chunksOf(bytes.subarray(0, split)), sink: (r) => rows.push(r), firstPart: true });
      const firstLine = bytes.subarray(0, split).filter((b) => b === 10).length + 1;
      const rest = await readPart({
        path: 'd.csv',
        columns: COLUMNS,
        chunks: chunksOf(bytes.subarray(split), 3),
        start: { kind: 'after-header', header: header?.fields ?? [], firstLine },
      });
      if (rest.kind === 'read') columnarRows(rest.rows).replay((r) => rows.push(r));
      const joined = joinParts('d.csv', first, rest);
      expect(rows).toEqual(wholeRows);
      expect(joined).toEqual({ rowsRead: whole.rowsRead, rowsRejected: whole.rowsRejected, issues: whole.issues });
      splits++;
    }
    expect(splits).toBeGreaterThan(40);
  });

  it('says a part is unsuitable when it is not UTF-8', async () => {
    const rest = await readPart({
      path: 'd.csv',
      columns: COLUMNS,
      chunks: chunksOf(new Uint8Array([0x32, 0xff, 0x0a])),
      start: { kind: 'after-header', header: ['icb', 'year', 'amount', 'share', 'open', 'day'], firstLine: 2 },
    });
    expect(rest).toEqual({ kind: 'unsuitable' });
  });
});
