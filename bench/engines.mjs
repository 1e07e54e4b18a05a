// The engines benchmark (after a build): `hewitt eval --engine duckdb` on a generated ledger
// against the hand-written DuckDB query on the same file (bench/duckdb/query.mjs), and the
// embedded `hewitt eval`, each in a new process, median of N runs, with each one's peak memory.
// Prints a Markdown table.
//
// Options: --rows N (default 1,000,000), --runs N (default 3), --parquet (the ledger as a Parquet
// file, amounts DECIMAL(18,2), written by DuckDB from the CSV), --no-embedded (skip the embedded
// evaluator, which holds a whole Parquet file in memory).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { PARQUET_SQL, writeBenchData } from './eval-data.mjs';
import { CLI, machineLine, median, ROOT, runNode } from './measure.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const ROWS = option('--rows', 1_000_000);
const RUNS = option('--runs', 3);
const PARQUET = args.includes('--parquet');
const EMBEDDED = !args.includes('--no-embedded');

function timed(script, argv, cwd) {
  const run = runNode(script, argv, { cwd });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${script} ${argv.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
  return run;
}

const dir = mkdtempSync(join(tmpdir(), 'hewitt-engines-bench-'));
try {
  await writeBenchData(dir, ROWS);
  let file = join(dir, 'ledger.csv');
  if (PARQUET) {
    const parquet = join(dir, 'ledger.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(PARQUET_SQL(file, parquet));
    connection.closeSync();
    instance.closeSync();
    rmSync(file);
    file = parquet;
    const rules = join(dir, 'bench.hewitt');
    writeFileSync(rules, readFileSync(rules, 'utf8').replace('source: "ledger.csv"', 'source: "ledger.parquet"'));
  }
  const runs = { duckdb: [], engine: [], embedded: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.duckdb.push(timed(join(ROOT, 'bench', 'duckdb', 'query.mjs'), [file], dir));
    runs.engine.push(timed(CLI, ['eval', 'bench.hewitt', '--format', 'json', '--engine', 'duckdb'], dir));
    if (EMBEDDED) runs.embedded.push(timed(CLI, ['eval', 'bench.hewitt', '--format', 'json'], dir));
  }
  const m = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.length === 0 ? NaN : median(v.map((r) => r.wallMs))]));
  const peak = (list) => Math.max(...list.map((r) => r.rssMb)).toFixed(0);
  const list = (v) => v.map((r) => r.wallMs.toFixed(0)).join(', ');
  console.log(machineLine());
  console.log(`${ROWS.toLocaleString('en-GB')} rows, ${PARQUET ? 'Parquet' : 'CSV'}, median of ${RUNS}\n`);
  console.log('| figure | value | peak memory |\n|---|---|---|');
  console.log(`| DuckDB, hand-written query | ${m.duckdb.toFixed(0)} ms (${list(runs.duckdb)}) | ${peak(runs.duckdb)} MB |`);
  console.log(`| hewitt eval --engine duckdb | ${m.engine.toFixed(0)} ms (${list(runs.engine)}) | ${peak(runs.engine)} MB |`);
  if (EMBEDDED) console.log(`| hewitt eval (embedded) | ${m.embedded.toFixed(0)} ms (${list(runs.embedded)}) | ${peak(runs.embedded)} MB |`);
  console.log(`| ratio --engine duckdb / DuckDB | ${(m.engine / m.duckdb).toFixed(2)} × | |`);
  if (EMBEDDED) console.log(`| ratio embedded / DuckDB | ${(m.embedded / m.duckdb).toFixed(2)} × | |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
