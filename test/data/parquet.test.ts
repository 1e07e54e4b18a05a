// .parquet dataset sources: the same figures as the same data in CSV, on the embedded evaluator
// and on DuckDB; cells typed as CSV cells are; a damaged file or a missing column reported where
// it belongs. The Parquet files are written here by DuckDB from the sample CSV files.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../server/src/core/eval/evaluate';
import type { Row } from '../../server/src/core/data/load';
import { loadDataset } from '../../server/src/core/data/load-dataset';
import { analyzeWorkspace } from '../../server/src/core/semantics';
import { nodeDataHost } from '../../server/src/node/data-host';
import { evaluateOnEngine } from '../../server/src/node/engines/evaluate';
import { nodeHost } from '../../server/src/node/file-host';
import { runBuilt, tempFolder } from '../cli/support';
import { differences } from '../engines/compare';
import { datasetFrom } from './data-support';

const ROOT = join(__dirname, '..', '..');

/** Runs SQL statements on an in-memory DuckDB (each COPY writes one file). */
async function duck(...statements: string[]): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const sql of statements) await connection.run(sql);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The rows of one query on an in-memory DuckDB. */
async function duckRows(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const text = (path: string): string => `'${path.replace(/'/g, "''")}'`;

/** The samples in a new folder, every data file also as Parquet (typed as DuckDB detects). */
async function samplesWithParquet(): Promise<string> {
  const cwd = tempFolder({});
  cpSync(join(ROOT, 'samples'), cwd, { recursive: true });
  const data = join(cwd, 'data');
  const csvs = readdirSync(data).filter((name) => name.endsWith('.csv'));
  await duck(...csvs.map((name) => `COPY (SELECT * FROM read_csv(${text(join(data, name))}, header = true)) TO ${text(join(data, name.replace(/\.csv$/, '.parquet')))} (FORMAT PARQUET)`));
  return cwd;
}

async function both(cwd: string, engine?: 'duckdb') {
  const path = join(cwd, 'prevention.hewitt');
  const model = analyzeWorkspace([path], nodeHost(cwd));
  return engine ? evaluateOnEngine(engine, model, [path], { cwd }) : evaluate(model, [path], nodeDataHost(cwd));
}

function toParquet(cwd: string): void {
  const file = join(cwd, 'datasets.hewitt');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/source: "data\/([\w-]+)\.csv"/g, 'source: "data/$1.parquet"'));
}

describe('a .parquet dataset source', () => {
  it('gives the same results as the same data in CSV, embedded and on DuckDB', async () => {
    const cwd = await samplesWithParquet();
    const fromCsv = await both(cwd);
    toParquet(cwd);
    const fromParquet = await both(cwd);
    const onDuckDb = await both(cwd, 'duckdb');
    const withoutPaths = (result: typeof fromCsv) => ({ ...result, datasets: Object.fromEntries(Object.entries(result.datasets).map(([name, d]) => [name, { ...d, path: '' }])) });
    expect(differences(withoutPaths(fromCsv), withoutPaths(fromParquet))).toEqual([]);
    expect(differences(fromParquet, onDuckDb)).toEqual([]);
    expect(Object.values(fromParquet.datasets).every((d) => d.path.endsWith('.parquet') && d.rowsRead > 0)).toBe(true);
  });

  it('is read by the built command line, which loads its Parquet reader from a bundle of its own', async () => {
    const cwd = await samplesWithParquet();
    const fromCsv = runBuilt(['eval', 'prevention.hewitt', '-f', 'json'], cwd);
    toParquet(cwd);
    const fromParquet = runBuilt(['eval', 'prevention.hewitt', '-f', 'json'], cwd);
    expect([fromParquet.status, fromParquet.stderr]).toEqual([fromCsv.status, '']);
    const measures = (stdout: string): unknown => (JSON.parse(stdout) as { measures: unknown }).measures;
    expect(measures(fromParquet.stdout)).toEqual(measures(fromCsv.stdout));
    expect(fromParquet.stdout).toContain('.parquet');
  });
});

const DATASET = `dataset d {
  source: "d.parquet"
  columns {
    name: text
    amount: money
    year: fiscal_year
    paid_on: date
    flag: bool
  }
}
`;

async function load(write: (file: string) => Promise<void>, rule = DATASET) {
  const cwd = tempFolder({});
  await write(join(cwd, 'd.parquet'));
  const rows: Row[] = [];
  const outcome = await loadDataset(datasetFrom(rule, join(cwd, 'rules.hewitt')), join(cwd, 'rules.hewitt'), nodeDataHost(cwd), (row) => rows.push(row));
  return { rows, outcome, diagnostics: outcome.diagnostics.map((d) => ({ message: d.message.replace(cwd + '/', ''), at: rule.slice(d.span.start, d.span.end) })) };
}

const SELECT = `SELECT * FROM (VALUES
  ('a', 12.50::DECIMAL(12,2), '2023/24', DATE '2024-03-31', true),
  ('b', NULL, '2024/25', NULL, false),
  ('c', 1.005::DOUBLE, '2024/25', DATE '2024-04-01', NULL)
) AS t(name, amount, year, paid_on, flag)`;

describe('typed Parquet columns on DuckDB', () => {
  it('read natively where the type allows it, give exactly the embedded figures, edge values included', async () => {
    const cwd = tempFolder({
      'rules.hewitt': `dataset d "D" {
  source: "d.parquet"
  owner: "O"
  columns {
    name: text
    pounds: money
    whole: money
    fine: money
    n: number
    flag: bool
    paid_on: date
  }
}

measure totals "Totals" {
  from d
  value: sum(pounds) + sum(whole) + sum(fine)
  by name
}

measure numbers "Numbers" {
  from d
  value: sum(n where flag)
  by name
}

measure dates "Dates" {
  from d
  value: count(where paid_on >= 2024-01-01)
  by name
}
`,
    });
    const values = [
      `('a', 12.50::DECIMAL(18,2), 7::BIGINT, 1.25::DECIMAL(12,3), 3::BIGINT, true, DATE '2024-03-31')`,
      `('a', -0.01::DECIMAL(18,2), -7::BIGINT, 1.005::DECIMAL(12,3), -9007199254740993::BIGINT, false, DATE '0999-12-31')`,
      `('b', 99999999999999.99::DECIMAL(18,2), 123456789012::BIGINT, NULL, 2::BIGINT, NULL, NULL)`,
      `('b', NULL, NULL, 0::DECIMAL(12,3), NULL, true, DATE '2023-12-31')`,
    ];
    await duck(`COPY (SELECT * FROM (VALUES ${values.join(', ')}) AS t(name, pounds, whole, fine, n, flag, paid_on)) TO ${text(join(cwd, 'd.parquet'))} (FORMAT PARQUET)`);
    const path = join(cwd, 'rules.hewitt');
    const model = analyzeWorkspace([path], nodeHost(cwd));
    const embedded = await evaluate(model, [path], nodeDataHost(cwd));
    const onDuckDb = await evaluateOnEngine('duckdb', model, [path], { cwd });
    expect(differences(embedded, onDuckDb)).toEqual([]);
    expect(embedded.datasets.d).toMatchObject({ rowsRead: 4, rowsRejected: 1 });
    expect(embedded.measures.totals.rows[0]).toMatchObject({ group: { name: 'a' }, value: 1250n + 700n + 125n });
  });
});

describe('cells of a Parquet file', () => {
  it('types decimals, dates, booleans and nulls as CSV cells, and reports a bad cell by row and column', async () => {
    const { rows, outcome, diagnostics } = await load((file) => duck(`COPY (${SELECT}) TO ${text(file)} (FORMAT PARQUET)`));
    expect(rows).toEqual([['a', 1250n, '2023/24', expect.anything(), true], ['b', null, '2024/25', null, false]]);
    expect(outcome.result).toMatchObject({ rowsRead: 3, rowsRejected: 1 });
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^d\.parquet row 4, column amount: '1\.005' is not an amount of money/)]);
  });

  it('is read one row group at a time; a damaged group is reported from the row it starts at, after the rows before it', async () => {
    const many = `SELECT 'n' || i AS name, (i * 1.25)::DECIMAL(12,2) AS amount, '2023/24' AS year, DATE '2024-03-31' AS paid_on, i % 2 = 0 AS flag FROM range(10000) t(i)`;
    const copy = (file: string): Promise<void> => duck(`COPY (${many}) TO ${text(file)} (FORMAT PARQUET, ROW_GROUP_SIZE 2048)`);
    const groups = async (file: string) => duckRows(`SELECT row_group_id, row_group_num_rows, data_page_offset, total_compressed_size FROM parquet_metadata(${text(file)}) WHERE path_in_schema = 'name' ORDER BY row_group_id`);
    let first = 0;
    const whole = await load(async (file) => {
      await copy(file);
      const found = await groups(file);
      expect(found.length).toBeGreaterThan(1);
      first = Number(found[0].row_group_num_rows);
    });
    expect([whole.rows.length, whole.outcome.result?.rowsRead, whole.diagnostics]).toEqual([10000, 10000, []]);
    expect(whole.rows[9999]).toEqual(['n9999', 1249875n, '2023/24', '2024-03-31', false]);
    const damaged = await load(async (file) => {
      await copy(file);
      const second = (await groups(file))[1];
      const bytes = readFileSync(file);
      const from = Number(second.data_page_offset);
      bytes.fill(0xff, from, from + Number(second.total_compressed_size));
      writeFileSync(file, bytes);
    });
    expect(damaged.diagnostics).toEqual([{ message: expect.stringMatching(new RegExp(`^Data file 'd\\.parquet' cannot be read on from row ${first + 2}: `)), at: '"d.parquet"' }]);
    expect(damaged.rows.length).toBe(first);
  });

  it('decodes only the declared columns, matched as a header row is (ignoring case), and lists every column when one is missing', async () => {
    const rule = 'dataset d {\n  source: "d.parquet"\n  columns {\n    name: text\n    amount: money\n  }\n}\n';
    const write = (file: string): Promise<void> => duck(`COPY (SELECT 'x' AS extra, 'a' AS " NAME ", 1.5::DECIMAL(9,2) AS amount) TO ${text(file)} (FORMAT PARQUET)`);
    const found = await load(write, rule);
    expect([found.rows, found.diagnostics]).toEqual([[['a', 150n]], []]);
    const missing = await load(write, rule.replace('amount: money', 'amount: money\n    paid: date'));
    expect(missing.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("the header has 'extra', 'NAME', 'amount'")]);
  });

  it('reports a damaged file on the source, and a missing column on its declaration', async () => {
    const damaged = await load(async (file) => {
      await duck(`COPY (${SELECT}) TO ${text(file)} (FORMAT PARQUET)`);
      const bytes = readFileSync(file);
      writeFileSync(file, bytes.subarray(0, bytes.length - 40));
    });
    expect(damaged.rows).toEqual([]);
    expect(damaged.diagnostics).toEqual([{ message: expect.stringMatching(/^Data file 'd\.parquet' cannot be read as a Parquet file \(\.parquet\): /), at: '"d.parquet"' }]);
    const notParquet = await load(async (file) => writeFileSync(file, 'name,amount\n'));
    expect(notParquet.diagnostics.map((d) => d.at)).toEqual(['"d.parquet"']);
    const missing = await load((file) => duck(`COPY (SELECT name, amount, year, paid_on FROM (${SELECT})) TO ${text(file)} (FORMAT PARQUET)`));
    expect(missing.diagnostics).toEqual([{ message: expect.stringContaining('flag'), at: expect.stringMatching(/^flag/) }]);
  });
});
