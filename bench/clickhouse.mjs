// The ClickHouse benchmark (after a build): `hewitt eval --engine` on a generated ledger held by a
// two-shard ClickHouse 18.16 cluster (half of the rows on each, read through a Distributed
// table), by one shard holding every row, and by in-process DuckDB reading the CSV file, each in
// a new process, median of N runs. Prints a Markdown table.
//
// Options: --rows N (default 10,000,000), --runs N (default 3).

import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startClickHouse, stopClickHouse } from '../scripts/engines/clickhouse.mjs';
import { writeBenchData } from './eval-data.mjs';
import { CLI, machineLine, median, runNode } from './measure.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const ROWS = option('--rows', 10_000_000);
const RUNS = option('--runs', 3);

/** POSTs a statement, with a file streamed after it when given. */
function post(url, sql, file) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(body))));
    });
    req.on('error', reject);
    if (file === undefined) return req.end(sql);
    req.write(`${sql}\n`);
    createReadStream(file).pipe(req);
  });
}

/** Deals the CSV's lines (the generated ledger has no line breaks inside cells) to two files. */
async function split(csv, dir) {
  const outs = [join(dir, 'half1.csv'), join(dir, 'half2.csv')].map((p) => createWriteStream(p));
  let header;
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(csv) })) {
    if (header === undefined) {
      header = line;
      for (const out of outs) out.write(`${line}\n`);
      continue;
    }
    outs[i++ % 2].write(`${line}\n`);
  }
  await Promise.all(outs.map((out) => new Promise((resolve) => out.end(resolve))));
  return header.split(',');
}

const dir = mkdtempSync(join(tmpdir(), 'hewitt-ch-bench-'));
const stateFile = join(dir, 'clickhouse.json');
try {
  await writeBenchData(dir, ROWS);
  const csv = join(dir, 'ledger.csv');
  const header = await split(csv, dir);
  const cluster = await startClickHouse({ stateFile });
  const columns = header.map((c) => `\`${c}\` Nullable(String)`).join(', ');
  const table = (db, name) => `CREATE TABLE ${db}.${name} (${columns}) ENGINE = MergeTree() ORDER BY tuple()`;
  for (const [i, url] of cluster.urls.entries()) {
    await post(url, 'CREATE DATABASE bench');
    await post(url, table('bench', 'ledger_local'));
    await post(url, 'INSERT INTO bench.ledger_local FORMAT CSVWithNames', join(dir, `half${i + 1}.csv`));
  }
  await post(cluster.url, `CREATE TABLE bench.ledger AS bench.ledger_local ENGINE = Distributed(${cluster.cluster}, bench, ledger_local)`);
  await post(cluster.url, 'CREATE DATABASE single');
  await post(cluster.url, table('single', 'ledger'));
  await post(cluster.url, 'INSERT INTO single.ledger FORMAT CSVWithNames', csv);
  writeFileSync(join(dir, 'hewitt.config.json'), JSON.stringify({ engines: { cluster: { dialect: 'clickhouse', url: { env: 'BENCH_CLUSTER' } }, single: { dialect: 'clickhouse', url: { env: 'BENCH_SINGLE' } } } }));
  // The child processes inherit the connection strings.
  process.env.BENCH_CLUSTER = `${cluster.url}?database=bench`;
  process.env.BENCH_SINGLE = `${cluster.url}?database=single`;
  const timed = (engine) => {
    const run = runNode(CLI, ['eval', 'bench.hewitt', '--format', 'json', '--engine', engine], { cwd: dir });
    if (run.status !== 0 && run.status !== 1) throw new Error(`--engine ${engine} failed (exit ${run.status}):\n${run.stderr}`);
    return { ms: run.wallMs, out: run.stdout };
  };
  const times = { cluster: [], single: [], duckdb: [] };
  const outputs = {};
  for (let i = 0; i < RUNS; i++) {
    for (const engine of Object.keys(times)) {
      const { ms, out } = timed(engine);
      times[engine].push(ms);
      const { engine: _, datasets: __, ...figures } = JSON.parse(out);
      outputs[engine] = JSON.stringify(figures);
    }
  }
  const same = outputs.cluster === outputs.single && outputs.single === outputs.duckdb;
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const list = (v) => v.map((x) => x.toFixed(0)).join(', ');
  console.log(machineLine());
  console.log(`${ROWS.toLocaleString('en-GB')} rows, median of ${RUNS}; identical figures on all three: ${same ? 'yes' : 'NO'}\n`);
  console.log('| figure | value |\n|---|---|');
  console.log(`| ClickHouse, two shards (Distributed) | ${m.cluster.toFixed(0)} ms (${list(times.cluster)}) |`);
  console.log(`| ClickHouse, one shard | ${m.single.toFixed(0)} ms (${list(times.single)}) |`);
  console.log(`| DuckDB in process (CSV) | ${m.duckdb.toFixed(0)} ms (${list(times.duckdb)}) |`);
  console.log(`| ratio two shards / one shard | ${(m.cluster / m.single).toFixed(2)} × |`);
  console.log(`| ratio two shards / DuckDB | ${(m.cluster / m.duckdb).toFixed(2)} × |`);
} finally {
  await stopClickHouse({ stateFile });
  rmSync(dir, { recursive: true, force: true });
}
