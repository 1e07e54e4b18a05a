// `hewitt eval --engine` (and `hewitt report --engine`) through the built command line: DuckDB in
// process and a configured PostgreSQL engine give the embedded figures, the JSON names the
// dialect, the other formats say which engine computed them, and every way an
// engine cannot be used is a one-line message with exit 2 and nothing written.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../server/src/core/plan/build';
import { openPostgres } from '../../server/src/node/engines/postgres';
import { ROOT, runBuilt, tempFolder } from '../cli/support';
import { loadCsvTables, usePostgres } from './postgres-support';
import { modelOf } from './support';

const postgres = usePostgres();
const CONFIG = JSON.stringify({ engines: { warehouse: { dialect: 'postgres', url: { env: 'HEWITT_TEST_WAREHOUSE_URL' } } } });
const SAMPLE = join(ROOT, 'samples/gp-contract.hewitt');

/** The JSON figures without what names where they came from. */
function figures(stdout: string): unknown {
  const { engine: _, datasets, diagnostics: __, checklist: ___, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
  const counts = Object.fromEntries(Object.entries(datasets as Record<string, { rowsRead: number; rowsRejected: number }>).map(([k, v]) => [k, [v.rowsRead, v.rowsRejected]]));
  return { counts, ...rest };
}

describe('hewitt eval --engine', () => {
  beforeAll(async () => {
    const session = await openPostgres('test', postgres.url());
    try {
      await loadCsvTables(session, undefined, buildPlan(modelOf(SAMPLE), [SAMPLE]));
    } finally {
      await session.close();
    }
  });

  it('duckdb and a configured postgres engine print the embedded figures; the JSON names the dialect', () => {
    const dir = tempFolder({ 'hewitt.config.json': CONFIG });
    const embedded = runBuilt(['eval', SAMPLE, '-f', 'json'], dir);
    const duckdb = runBuilt(['eval', SAMPLE, '-f', 'json', '--engine', 'duckdb'], dir);
    const warehouse = runBuilt(['eval', SAMPLE, '-f', 'json', '--engine', 'warehouse', '--config', 'hewitt.config.json'], dir, { HEWITT_TEST_WAREHOUSE_URL: postgres.url() });
    for (const run of [embedded, duckdb, warehouse]) expect([run.status, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(duckdb.stdout).engine).toBe('duckdb');
    expect(JSON.parse(warehouse.stdout).engine).toBe('postgres');
    expect(JSON.parse(warehouse.stdout).datasets.qof).toEqual({ path: 'table qof', rowsRead: 4200, rowsRejected: 0 });
    expect(figures(duckdb.stdout)).toEqual(figures(embedded.stdout));
    expect(figures(warehouse.stdout)).toEqual(figures(embedded.stdout));
  });

  const cases: [string, string[], Record<string, string>, Record<string, string>, RegExp][] = [
    ['an unknown engine', ['--engine', 'oracle'], {}, {}, /^hewitt: unknown engine 'oracle': use embedded, duckdb or an engine named in hewitt.config.json "engines"\n$/],
    ['an unset environment variable', ['--engine', 'warehouse', '--config', 'hewitt.config.json'], { 'hewitt.config.json': CONFIG }, {}, /^hewitt: engine warehouse \(dialect postgres\): the environment variable HEWITT_TEST_WAREHOUSE_URL is not set; set it to the connection string\n$/],
    ['a server that cannot be reached', ['--engine', 'warehouse', '--config', 'hewitt.config.json'], { 'hewitt.config.json': CONFIG }, { HEWITT_TEST_WAREHOUSE_URL: 'postgres://me:secret@127.0.0.1:1/x' }, /^hewitt: engine warehouse \(dialect postgres\): cannot connect to postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/x: .+\n$/],
    ['a literal connection string', ['--engine', 'warehouse', '--config', 'hewitt.config.json'], { 'hewitt.config.json': '{ "engines": { "warehouse": { "dialect": "postgres", "url": "postgres://x" } } }' }, {}, /^hewitt: the engines in .* have problems:\n  Engine `warehouse`: a connection string must not be written/],
  ];
  it.each(cases)('%s is exit 2 with one message and no report written', (_, args, files, env, message) => {
    const dir = tempFolder(files);
    const run = runBuilt(['eval', SAMPLE, ...args, '-o', 'out.json'], dir, env);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('a missing table is exit 2 naming the engine and the relation', () => {
    const dir = tempFolder({ 'hewitt.config.json': CONFIG });
    const url = postgres.url();
    const run = runBuilt(['eval', join(ROOT, 'samples/rules/data-transparency.hewitt'), '--engine', 'warehouse', '--config', 'hewitt.config.json'], dir, { HEWITT_TEST_WAREHOUSE_URL: url });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^hewitt: engine warehouse \(dialect postgres\): relation ".+" does not exist\n$/);
  });

  it('a dataset with table: is read from that table on the engine, and gives the figures of its file', () => {
    const rules = (from: string): string =>
      `dataset q "QOF" {\n  ${from}\n  owner: "O"\n  columns {\n    icb: text\n    achieved: number\n  }\n}\n\nmeasure achieved "Achieved" {\n  from q\n  value: sum(achieved)\n  by icb\n}\n`;
    const dir = tempFolder({
      'hewitt.config.json': CONFIG,
      'table.hewitt': rules('table: "public.qof"'),
      'file.hewitt': rules(`source: ${JSON.stringify(join(ROOT, 'samples/data/qof.csv'))}`),
    });
    const onEngine = runBuilt(['eval', 'table.hewitt', '-f', 'json', '--engine', 'warehouse'], dir, { HEWITT_TEST_WAREHOUSE_URL: postgres.url() });
    const embedded = runBuilt(['eval', 'file.hewitt', '-f', 'json'], dir);
    expect([onEngine.status, onEngine.stderr]).toEqual([0, '']);
    expect(JSON.parse(onEngine.stdout).datasets.q).toEqual({ path: 'table public.qof', rowsRead: 4200, rowsRejected: 0 });
    expect(JSON.parse(onEngine.stdout).measures).toEqual(JSON.parse(embedded.stdout).measures);
    const sql = runBuilt(['sql', 'table.hewitt', '--dialect', 'postgres'], dir);
    expect(sql.stdout).toContain('FROM "public"."qof"');
    const withoutEngine = runBuilt(['eval', 'table.hewitt', '-f', 'json'], dir);
    expect(withoutEngine.stdout).toContain("is read from table 'public.qof' of an SQL engine");
  });

  it('hewitt report and the eval table say which engine computed the figures', () => {
    const dir = tempFolder({ 'hewitt.config.json': CONFIG });
    const env = { HEWITT_TEST_WAREHOUSE_URL: postgres.url() };
    const report = runBuilt(['report', SAMPLE, '--engine', 'warehouse', '--config', 'hewitt.config.json', '-o', 'r.html'], dir, env);
    expect([report.status, report.stderr]).toEqual([0, 'hewitt: wrote the report to r.html\n']);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('Computed on engine warehouse (dialect postgres), not by the embedded evaluator.');
    expect(runBuilt(['eval', SAMPLE, '--engine', 'duckdb'], dir).stdout).toContain('Computed on engine duckdb, not by the embedded evaluator.');
    expect(runBuilt(['eval', SAMPLE], dir).stdout).not.toContain('Computed on engine');
    const failed = runBuilt(['report', SAMPLE, '--engine', 'oracle', '-o', 'r2.html'], dir);
    expect([failed.status, existsSync(join(dir, 'r2.html'))]).toEqual([2, false]);
  });

  // The text column `a` is read by nothing: the engine leaves it out only once it has seen it in the file.
  it.each([
    ['the money column', 'a\nx\n', 'b'],
    ['a text column that nothing reads', 'b\n1.00\n', 'a'],
  ])('a data file without %s is exit 2 on duckdb, naming it', (_what, csv, missing) => {
    const dir = tempFolder({
      'rules.hewitt': 'dataset d "D" {\n  source: "d.csv"\n  owner: "O"\n  columns {\n    a: text\n    b: money\n  }\n}\n\nmeasure m "M" {\n  from d\n  value: sum(b)\n}\n',
      'd.csv': csv,
    });
    const run = runBuilt(['eval', 'rules.hewitt', '--engine', 'duckdb'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^hewitt: engine duckdb \\(dialect duckdb\\): .*"${missing}".*\n$`));
  });
});
