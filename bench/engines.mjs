// The engines benchmark (after a build): `hewitt eval --engine duckdb` on a generated ledger
// against the hand-written DuckDB query on the same CSV (bench/duckdb/query.mjs), and the
// embedded `hewitt eval`, each in a new process, median of N runs. Prints a Markdown table.
//
// Options: --rows N (default 1,000,000), --runs N (default 3).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchData } from './eval-data.mjs';
import { CLI, machineLine, median, ROOT, runNode } from './measure.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const ROWS = option('--rows', 1_000_000);
const RUNS = option('--runs', 3);

function timed(script, argv, cwd) {
  const run = runNode(script, argv, { cwd });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${script} ${argv.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
  return run.wallMs;
}

const dir = mkdtempSync(join(tmpdir(), 'hewitt-engines-bench-'));
try {
  await writeBenchData(dir, ROWS);
  const csv = join(dir, 'ledger.csv');
  const times = { duckdb: [], engine: [], embedded: [] };
  for (let i = 0; i < RUNS; i++) {
    times.duckdb.push(timed(join(ROOT, 'bench', 'duckdb', 'query.mjs'), [csv], dir));
    times.engine.push(timed(CLI, ['eval', 'bench.hewitt', '--format', 'json', '--engine', 'duckdb'], dir));
    times.embedded.push(timed(CLI, ['eval', 'bench.hewitt', '--format', 'json'], dir));
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const list = (v) => v.map((x) => x.toFixed(0)).join(', ');
  console.log(machineLine());
  console.log(`${ROWS.toLocaleString('en-GB')} rows, median of ${RUNS}\n`);
  console.log('| figure | value |\n|---|---|');
  console.log(`| DuckDB, hand-written query | ${m.duckdb.toFixed(0)} ms (${list(times.duckdb)}) |`);
  console.log(`| hewitt eval --engine duckdb | ${m.engine.toFixed(0)} ms (${list(times.engine)}) |`);
  console.log(`| hewitt eval (embedded) | ${m.embedded.toFixed(0)} ms (${list(times.embedded)}) |`);
  console.log(`| ratio --engine duckdb / DuckDB | ${(m.engine / m.duckdb).toFixed(2)} × |`);
  console.log(`| ratio embedded / DuckDB | ${(m.embedded / m.duckdb).toFixed(2)} × |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
