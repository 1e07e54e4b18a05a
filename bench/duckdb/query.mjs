// Runs the benchmark's reference query in DuckDB (in-process) and prints the groups as JSON lines:
// `node bench/duckdb/query.mjs ledger.csv`.

import { DuckDBInstance } from '@duckdb/node-api';
import { BENCH_SQL } from '../eval-data.mjs';

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(BENCH_SQL(process.argv[2]));
for (const [icb, year, share] of reader.getRows()) process.stdout.write(`${JSON.stringify({ icb, year, share: Number(share) })}\n`);
