// DuckDB's canonical reading of cells (Dialect.canonicalCell): every cell it reads, it reads as
// the exact rules of the embedded typer do; the forms data is usually written in are read by it
// (so the regular expressions are skipped); anything else is left to the exact rules.

import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeCell } from '../../server/src/core/data/cells';
import { ansiText } from '../../server/src/core/sql/dialect';
import { duckdb } from '../../server/src/core/sql/duckdb';

type Typed = Parameters<typeof duckdb.canonicalCell>[0];

let instance: DuckDBInstance;
let connection: Awaited<ReturnType<DuckDBInstance['connect']>>;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

/** The canonical reading of each cell, as DuckDB computes it (null when it leaves the cell to the exact rules). */
async function canonical(type: Typed, cells: readonly string[]): Promise<unknown[]> {
  const sql = duckdb.canonicalCell(type, 'cell');
  if (sql === undefined) return cells.map(() => null);
  const values = cells.map((c, i) => `(${i}, ${ansiText(c)})`).join(', ');
  const reader = await connection.runAndReadAll(`SELECT ${sql} AS v FROM (VALUES ${values}) AS t(i, cell) ORDER BY i`);
  return reader.getRowObjectsJS().map((row) => row.v);
}

const TRICKY = ['', ' ', '0', '-0', '+5', '05', '1.', '.5', '1e3', '1E3', '1_000', '1,000', '£12', '(12)', 'inf', 'nan', ' 12', '12 ', '-', '1.234', '0.00', '-0.00', '9999999999999999', '99999999999999999', '12345678901234567.89'];

const CASES: readonly [Typed, readonly string[], readonly string[]][] = [
  ['money', ['1234.50', '-20.05', '0.50', '12', '-7', '0'], [...TRICKY, '1234.5', '12.999']],
  ['number', ['12', '-7', '0', '123456789'], [...TRICKY, '1.5']],
  ['fiscal_year', ['2023/24', '1999/00', '2099/00'], [...TRICKY, '2023/25', '2023-24', '2023/2024', '0999/00', '1e03/04', '+202/03', '2023/4', '2023 /24', '9999/00']],
  ['date', ['2024-02-29', '2023-12-31', '1000-01-01'], [...TRICKY, '2023-02-29', '2024-13-01', '2024-1-01', '10000-01-01', '2024-02-30', '20240101', '2024-02-29 ']],
  ['bool', ['yes', 'no', 'true', 'false', 'y', 'n', '1', '0'], [...TRICKY, 'YES', 'No', 'maybe']],
];

describe('DuckDB canonical cells', () => {
  it.each(CASES)('%s: agrees with the exact rules on every cell it reads, and reads the usual forms', async (type, usual, others) => {
    const cells = [...usual, ...others];
    const read = await canonical(type, cells);
    const disagreements = cells.flatMap((cell, i) => {
      if (read[i] === null) return [];
      const exact = typeCell(type, cell);
      const value = typeof read[i] === 'bigint' ? read[i] : read[i];
      return exact.kind === 'accepted' && (exact.value === value || (typeof exact.value === 'number' && Number(value) === exact.value)) ? [] : [`${JSON.stringify(cell)}: canonical ${String(value)}, exact ${JSON.stringify(exact, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))}`];
    });
    expect(disagreements).toEqual([]);
    expect(usual.filter((_, i) => read[i] === null)).toEqual([]);
  });

  it('reads columns with a type of their own as the exact rules read the text a Parquet reader makes of them', async () => {
    // [declared type, engine type, SQL literal, the text a Parquet reader gives the embedded evaluator]
    const cases: [Typed, string, string, string][] = [
      ['money', 'DECIMAL(18,2)', '12.50', '12.5'],
      ['money', 'DECIMAL(18,2)', '-0.01', '-0.01'],
      ['money', 'DECIMAL(18,2)', '99999999999.99', '99999999999.99'],
      ['money', 'DECIMAL(10,0)', '42', '42'],
      ['money', 'BIGINT', '-7', '-7'],
      ['number', 'BIGINT', '123456789', '123456789'],
      ['bool', 'BOOLEAN', 'false', 'false'],
      ['date', 'DATE', "'2024-02-29'", '2024-02-29'],
    ];
    for (const [type, native, literal, text] of cases) {
      const sql = duckdb.canonicalCell(type, "'unused'", { column: 'v', type: native });
      expect(sql, `${type} from ${native}`).not.toContain('unused');
      const reader = await connection.runAndReadAll(`SELECT ${sql} AS v FROM (SELECT CAST(${literal} AS ${native}) AS v)`);
      const exact = typeCell(type, text);
      expect([type, native, literal, reader.getRowObjectsJS()[0]?.v]).toEqual([type, native, literal, exact.kind === 'accepted' ? exact.value : 'rejected']);
    }
    // Types whose values are not read natively: a decimal with three places, a floating-point amount, a text flag.
    expect(duckdb.canonicalCell('money', 'raw', { column: 'v', type: 'DECIMAL(12,3)' })).toBe(duckdb.canonicalCell('money', 'raw'));
    expect(duckdb.canonicalCell('money', 'raw', { column: 'v', type: 'DOUBLE' })).toBe(duckdb.canonicalCell('money', 'raw'));
    expect(duckdb.canonicalCell('bool', 'raw', { column: 'v', type: 'VARCHAR' })).toBe(duckdb.canonicalCell('bool', 'raw'));
  });

  it('percent cells are left to the exact rules', () => {
    expect(duckdb.canonicalCell('percent', 'cell')).toBeUndefined();
  });
});
